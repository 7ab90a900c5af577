"""Whole copies of a vault: backups, restores, checks, and copies kept aside.

A copy is always written by SQLCipher's own `sqlcipher_export` into a temporary file beside its
target, sealed (private, fsynced) and renamed into place (journal/files.py), so a crash leaves the
old file or the whole new one. A copy is trusted only once proven: it opens with the key it was
written with (`check_key_on_file`), passes the full check (`check_file`) and, for a backup, holds
as many records of each kind as the snapshot it was made from (`prove_copy`).

The functions here work on files and keys; `Vault` (core.py) calls them for the journal it has
open, and does the part that needs its own connection (replacing the file under it).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from .. import cipher, files, messages, paths, recovery
from ..cipher import check_passphrase_on_file
from ..errors import (
    BackupNotProven,
    JournalError,
    UsageError,
    VaultBusy,
    VaultDamaged,
    WrongPassphrase,
    translated_errors,
)
from ..locking import VaultLock
from . import rows
from .connection import open_read_only, snapshot_connection


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    problems: tuple[str, ...]
    counts: dict[str, int]

    def verdict(self) -> str:
        if self.ok:
            total = sum(self.counts.values())
            return f"Your journal is healthy: it opens and all {total:,} records read back correctly."
        return "Your journal is damaged: " + "; ".join(self.problems[:3])


# ---- writing a copy ---------------------------------------------------------------------------------


def export_connection(connection: Any, target: Path, key: bytes, salt: bytes) -> dict[str, int]:
    """Copy a whole open vault into a new encrypted file with SQLCipher's own `sqlcipher_export`.

    Returns the number of records of each kind in the snapshot that was copied (read inside the
    same transaction), so a caller can prove the copy holds exactly that.
    """
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    connection.execute(
        f"ATTACH DATABASE ? AS copy KEY {cipher.key_pragma_value(key, salt)}", (str(target),)
    )
    try:
        connection.execute("BEGIN")
        try:
            connection.execute("SELECT sqlcipher_export('copy')")
            # sqlcipher_export copies tables, not the header: carry the schema version over.
            connection.execute(f"PRAGMA copy.user_version = {int(version)}")
            # An old vault backed up before its upgrade may not have every table yet.
            counts = rows.count_all(connection, "main")
            connection.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                connection.execute("ROLLBACK")
            raise
        # The copy is in WAL mode like the vault, so a restored backup behaves the same.
        connection.execute("PRAGMA copy.journal_mode = WAL")
    finally:
        connection.execute("DETACH DATABASE copy")
    return counts


def write_backup(vault_file: Path, key: bytes, salt: bytes, destination: Path) -> dict[str, int]:
    """An encrypted, consistent copy of an open vault at `destination`; the counts it holds.

    The export runs on a connection of its own, under WAL's snapshot isolation, so the vault's
    own connection can go on saving and searching meanwhile.
    """
    with translated_errors():
        files.make_private_folder(destination.parent)
        temp = paths.partial_path(destination)
        files.remove_temp(temp)
        try:
            source = snapshot_connection(vault_file, key, salt)
            try:
                counts = export_connection(source, temp, key, salt)
            finally:
                source.close()
            files.finish(temp, destination)
        finally:
            files.remove_temp(temp)
    return counts


def write_copy_of_file(source_file: Path, key: bytes, salt: bytes, temp: Path) -> None:
    """Export a closed vault or backup file into `temp` (the first step of a restore)."""
    source = open_read_only(source_file, key, salt)
    try:
        export_connection(source, temp, key, salt)
    finally:
        source.close()


def keep_files_aside(folder: Path) -> Path:
    """Copy a closed vault's files (main file and any WAL) into backups/ byte for byte.

    For a vault an export cannot read (damaged inside, or under another passphrase): exactly
    when the person restores a backup, and nothing may be lost.
    """
    path = paths.vault_path(folder)
    target = paths.before_restore_path(folder)
    files.make_private_folder(target.parent)
    for suffix in ("", paths.WAL_SUFFIX):
        source = paths.beside(path, suffix)
        if source.exists():
            files.copy_atomically(source, paths.beside(target, suffix))
    return target


# ---- proving a copy ---------------------------------------------------------------------------------


def salt_of(path: Path) -> bytes:
    """The salt in a vault file's header (b"" if it cannot be read): tells which key made it."""
    try:
        with open(path, "rb") as handle:
            return handle.read(cipher.SALT_SIZE)
    except OSError:
        return b""


def check_key_on_file(path: Path, key: bytes, salt: bytes) -> None:
    """Raise VaultDamaged unless the file's first page was written with this key and salt."""
    with open(path, "rb") as handle:
        first = handle.read(cipher.PAGE_SIZE)
    if first[: cipher.SALT_SIZE] != salt or not cipher.page_is_authentic(
        first, 1, cipher.hmac_key(key, salt)
    ):
        raise VaultDamaged(messages.COPY_DID_NOT_VERIFY)


def check_connection(connection: Any, *, read_only: bool = False) -> CheckReport:
    """Decrypt and verify every page and every index, and count the records."""
    problems: list[str] = []
    counts: dict[str, int] = {}
    try:
        for (row,) in connection.execute("PRAGMA cipher_integrity_check").fetchall():
            problems.append(str(row))
        result = [r[0] for r in connection.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            problems.extend(str(r) for r in result)
        counts = rows.count_all(connection)  # an older vault or backup lacks the newer tables
        if not read_only:
            connection.execute("INSERT INTO search (search, rank) VALUES ('integrity-check', 1)")
    except sqlcipher3.Error as exc:
        problems.append(str(exc))
    problems = [p for p in problems if p]
    return CheckReport(ok=not problems, problems=tuple(problems), counts=counts)


def check_file(path: Path, key: bytes, salt: bytes) -> CheckReport:
    """Check a closed vault or backup file without writing to it."""
    connection = open_read_only(path, key, salt)
    try:
        return check_connection(connection, read_only=True)
    finally:
        connection.close()


def prove_copy(path: Path, key: bytes, salt: bytes, counts: dict[str, int]) -> None:
    """Raise BackupNotProven unless the copy opens with the key, passes the full check and holds
    the records of the snapshot it was made from (the vault itself may have changed since)."""
    failed = BackupNotProven(messages.backup_not_proven(path))
    try:
        check_key_on_file(path, key, salt)
        report = check_file(path, key, salt)
    except JournalError:
        raise failed from None
    if not report.ok or report.counts != counts:
        raise failed


# ---- restoring ------------------------------------------------------------------------------------


def verified_backup_key(backup_file: Path, passphrase: str) -> tuple[bytes, bytes]:
    """The key of a backup that opens with `passphrase` and passes a full check, or a plain refusal."""
    if not backup_file.is_file():
        raise UsageError(messages.NO_FILE.format(file=backup_file))
    try:
        key, salt, _ = check_passphrase_on_file(backup_file, passphrase)
    except WrongPassphrase:
        raise WrongPassphrase(messages.BACKUP_WRONG_PASSPHRASE.format(file=backup_file)) from None
    if not check_file(backup_file, key, salt).ok:
        raise VaultDamaged(messages.backup_damaged(backup_file))
    return key, salt


def restore_closed(
    folder: Path, backup_file: Path, key: bytes, salt: bytes,
    prepare: Callable[[Path], bytes | None] | None = None,
) -> Path | None:
    """Put a proven backup in place of a vault nobody in this process has open.

    The current files (if any) are first kept aside byte for byte; returns where. Refused while
    another window or command has the journal open (it would go on writing the replaced file).
    `prepare(copy)` may change the copy before it is sealed and returns the recovery public key to
    seal its data key to before the rename (escrow.settle_closed_copy), or None.
    """
    path = paths.vault_path(folder)
    lock = VaultLock.shared(path) if path.exists() else None
    try:
        if lock is not None and not lock.try_exclusive():
            raise VaultBusy(messages.OPEN_ELSEWHERE)
        with translated_errors():
            kept = keep_files_aside(folder) if path.exists() else None
            files.make_private_folder(folder)
            temp = paths.beside(path, paths.RESTORE_TEMP)
            files.remove_temp(temp)
            write_copy_of_file(backup_file, key, salt, temp)
            sealed_to = prepare(temp) if prepare is not None else None
            files.seal(temp)
            check_key_on_file(temp, key, salt)
            for side in (paths.wal_path(path), paths.shm_path(path)):
                files.remove_quietly(side)
            if sealed_to is not None:
                recovery.add_entry(folder, sealed_to, key, salt)
            files.move_into_place(temp, path)
    finally:
        if lock is not None:
            lock.release()
    return kept
