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
import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from .. import cipher, files, messages, paths, recovery, schema, wipe
from ..cipher import check_passphrase_on_file
from ..errors import (
    BackupNotProven,
    JournalError,
    NewerVault,
    NotAVault,
    StorageError,
    UsageError,
    VaultBusy,
    VaultDamaged,
    WrongPassphrase,
    known_error,
    translated_errors,
)
from ..i18n import translate
from ..localformat import format_number
from ..locking import VaultLock
from . import rows
from .connection import connect, open_read_only, snapshot_connection


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    problems: tuple[str, ...]
    counts: dict[str, int]

    def verdict(self) -> str:
        if self.ok:
            total = sum(self.counts.values())
            message = translate("copies", "Your journal is healthy: it opens and all {count} records read "
                "back correctly.")
            return message.format(count=format_number(total))
        return translate("copies", "Your journal is damaged: "
            "{problems}").format(problems="; ".join(self.problems[:3]))


# ---- writing a copy ---------------------------------------------------------------------------------


def export_connection(connection: Any, target: Path, key: bytes | bytearray, salt: bytes) -> dict[str, int]:
    """Copy a whole open vault into a new encrypted file with SQLCipher's own `sqlcipher_export`.

    Returns the number of records of each kind in the snapshot that was copied (read inside the
    same transaction), so a caller can prove the copy holds exactly that.
    """
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    literal = cipher.key_literal(key, salt)  # bound, not written into the SQL, and wiped
    try:
        connection.execute("ATTACH DATABASE ? AS copy KEY ?", (str(target), literal))
    finally:
        wipe.wipe(literal)
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


def write_backup(vault_file: Path, key: bytes | bytearray, salt: bytes, destination: Path) -> dict[str, int]:
    """An encrypted, consistent copy of an open vault at `destination`; the counts it holds.

    The export runs on a connection of its own, under WAL's snapshot isolation, so the vault's
    own connection can go on saving and searching meanwhile.
    """
    with translated_errors():
        backups = paths.backups_dir(vault_file.parent)
        if destination.parent.resolve().is_relative_to(backups.resolve()):
            # The journal's own backups/ (and auto/ in it): private, and never through a link.
            files.make_private_folder(backups)
            files.make_private_folder(destination.parent)
        else:
            files.make_folder(destination.parent)  # a folder the person chose (a USB stick)
        # A fresh, unguessable name: SQLite makes its -journal beside it without O_NOFOLLOW, so
        # in a folder others can write to (a shared stick) a predictable name could be a trap.
        temp = paths.unique_partial_path(destination)
        try:
            files.create_private(temp)
            source = snapshot_connection(vault_file, key, salt)
            try:
                counts = export_connection(source, temp, key, salt)
            finally:
                source.close()
            files.finish(temp, destination)
        finally:
            files.remove_temp(temp)
    return counts


def write_copy_of_file(source_file: Path, key: bytes | bytearray, salt: bytes, temp: Path) -> None:
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
    files.make_private_folder(target.parent)  # never through a planted link
    for suffix in ("", paths.WAL_SUFFIX):
        source = paths.beside(path, suffix)
        if source.exists():
            files.copy_atomically(source, paths.beside(target, suffix))
    return target


def has_upgrade_copy(vault_file: Path, salt: bytes, from_version: int) -> bool:
    """Whether backups/ already holds a copy of this vault, as it is now, made before an upgrade
    from `from_version` that then failed: same key, and made after the file last changed."""
    changed = vault_file.stat().st_mtime
    for copy in paths.backups_dir(vault_file.parent).glob(paths.before_upgrade_glob(from_version)):
        if not paths.is_partial(copy) and salt_of(copy) == salt and copy.stat().st_mtime >= changed:
            return True
    return False


# ---- proving a copy ---------------------------------------------------------------------------------


def salt_of(path: Path) -> bytes:
    """The salt in a vault file's header (b"" if it cannot be read): tells which key made it."""
    try:
        with open(path, "rb") as handle:
            return handle.read(cipher.SALT_SIZE)
    except OSError:
        return b""


def check_key_on_file(path: Path, key: bytes | bytearray, salt: bytes) -> None:
    """Raise VaultDamaged unless the file's first page was written with this key and salt."""
    with open(path, "rb") as handle:
        first = handle.read(cipher.PAGE_SIZE)
    if first[: cipher.SALT_SIZE] != salt or not cipher.page_is_authentic(
        first, 1, cipher.hmac_key(key, salt)
    ):
        raise VaultDamaged(messages.COPY_DID_NOT_VERIFY)


def check_connection(connection: Any, *, read_only: bool = False) -> CheckReport:
    """Decrypt and verify every page and every index, and count the records (of the kinds whose
    tables it has: a backup's tables are checked against its version by `verified_backup`)."""
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


def check_file(path: Path, key: bytes | bytearray, salt: bytes) -> CheckReport:
    """Check a closed vault or backup file without writing to it."""
    connection = open_read_only(path, key, salt)
    try:
        return check_connection(connection, read_only=True)
    finally:
        connection.close()


def prove_copy(path: Path, key: bytes | bytearray, salt: bytes, counts: dict[str, int]) -> None:
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
    key, salt, _version = verified_backup(backup_file, passphrase)
    return key, salt


def verified_backup(backup_file: Path, passphrase: str) -> tuple[bytes, bytes, int]:
    """(key, salt, schema version) of a backup that can be put back, or a plain refusal; read
    only, so a refusal always means nothing was changed.

    It must open with `passphrase`, be of a schema this app knows (a newer one is refused, not
    put in place to fail later), hold the tables of its version, and pass the full check.
    """
    if not backup_file.is_file():
        raise UsageError(messages.translated(messages.NO_FILE).format(file=backup_file))
    try:
        key, salt, _ = check_passphrase_on_file(backup_file, passphrase)
    except WrongPassphrase:
        raise WrongPassphrase(messages.translated(messages.BACKUP_WRONG_PASSPHRASE)
                .format(file=backup_file)) from None
    with translated_errors():
        connection = open_read_only(backup_file, key, salt)
        try:
            version = _backup_version(connection, backup_file)
            report = check_connection(connection, read_only=True)
        finally:
            connection.close()
    if not report.ok:
        raise VaultDamaged(messages.backup_damaged(backup_file))
    return key, salt, version


def _backup_version(connection: Any, backup_file: Path) -> int:
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        names = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        present = {row[0] for row in names}
    except sqlcipher3.DatabaseError:
        raise VaultDamaged(messages.backup_damaged(backup_file)) from None
    if version > schema.CURRENT_VERSION:
        raise NewerVault(backup_from_newer_app(backup_file))
    if not tables_at(version) <= present:
        raise NotAVault(not_a_backup(backup_file))
    return version


@functools.cache
def tables_at(version: int) -> frozenset[str]:
    """The tables a journal of schema `version` has, read off the migrations themselves (so a
    new version needs nothing here). Version 0 is the prototype's: check-ins only."""
    if version == 0:
        return frozenset({"checkin"})
    connection = sqlcipher3.connect(":memory:")
    try:
        for step in range(version):
            schema.MIGRATIONS[step](connection)
        return frozenset(
            row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        )
    finally:
        connection.close()


def upgrade_copy(temp: Path, key: bytes | bytearray, salt: bytes, version: int, backup_file: Path) -> None:
    """Bring a restored copy of an older backup up to the current schema, before it replaces
    anything: a migration that fails leaves the journal as it was (the copy is thrown away)."""
    connection = connect(temp, key, salt)
    try:
        try:
            connection.execute("BEGIN IMMEDIATE")
            schema.migrate(connection, version)
            connection.execute("COMMIT")
        except Exception as exc:
            with contextlib.suppress(sqlcipher3.Error):
                connection.execute("ROLLBACK")
            known = known_error(exc)
            if isinstance(known, StorageError):  # a full disk is a full disk
                raise known from exc
            raise VaultDamaged(backup_cannot_upgrade(backup_file)) from exc
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def ready_copy(
    backup_file: Path, key: bytes | bytearray, salt: bytes, version: int, temp: Path,
    prepare: Callable[[Path], bytes | None] | None = None,
) -> bytes | None:
    """The backup as the new vault file at `temp`: exported, upgraded if older, given what
    `prepare(temp)` changes (the recovery key it keeps), proven. Returns what `prepare` did."""
    write_copy_of_file(backup_file, key, salt, temp)
    if version < schema.CURRENT_VERSION:
        upgrade_copy(temp, key, salt, version, backup_file)
    prepared = prepare(temp) if prepare is not None else None
    files.seal(temp)
    check_key_on_file(temp, key, salt)
    return prepared


def remove_kept(kept: Path) -> None:
    """A copy kept aside for a restore that then did not happen: it would only confuse."""
    for suffix in ("", paths.WAL_SUFFIX):
        files.remove_quietly(paths.beside(kept, suffix))


def backup_from_newer_app(file: Path) -> str:
    return translate(
        "copies",
        "The backup {file} was made by a newer version of Recovery Journal, so it was not "
        "restored. Nothing was changed; update the app to restore it.",
    ).format(file=file)


def not_a_backup(file: Path) -> str:
    return translate(
        "copies",
        "The file {file} opens with your passphrase but is not a Recovery Journal backup, so it "
        "was not restored. Nothing was changed.",
    ).format(file=file)


def backup_cannot_upgrade(file: Path) -> str:
    return translate(
        "copies",
        "The backup {file} is from an older version and could not be brought up to date, so it "
        "was not restored. Nothing was changed.",
    ).format(file=file)


def restore_closed(
    folder: Path, backup_file: Path, key: bytes | bytearray, salt: bytes, version: int | None = None,
    prepare: Callable[[Path], bytes | None] | None = None,
) -> Path | None:
    """Put a proven backup (`verified_backup`, which gives `version`) in place of a vault nobody
    in this process has open.

    The new file is made (and upgraded, if the backup is older) first; only then are the current
    files (if any) kept aside byte for byte, and replaced. Returns where they were kept. Refused
    while another window or command has the journal open (it would go on writing the replaced
    file). Any failure before the replacement leaves the journal as it was. `prepare(copy)` may
    change the copy before it is sealed and returns the recovery public key to seal its data key
    to before the rename (escrow.settle_closed_copy), or None.
    """
    path = paths.vault_path(folder)
    lock = VaultLock.shared(path) if path.exists() else None
    kept: Path | None = None
    replaced = False
    temp = paths.beside(path, paths.RESTORE_TEMP)
    try:
        if lock is not None and not lock.try_exclusive():
            raise VaultBusy(messages.OPEN_ELSEWHERE)
        with translated_errors():
            files.make_private_folder(folder, may_be_link=True)
            files.remove_temp(temp)
            files.create_private(temp)
            sealed_to = ready_copy(
                backup_file, key, salt, schema.CURRENT_VERSION if version is None else version, temp, prepare
            )
            kept = keep_files_aside(folder) if path.exists() else None
            for side in (paths.wal_path(path), paths.shm_path(path)):
                files.remove_quietly(side)
            if sealed_to is not None:
                recovery.add_entry(folder, sealed_to, key, salt)
            files.move_into_place(temp, path)
            replaced = True
    finally:
        if not replaced:
            files.remove_temp(temp)
            if kept is not None:
                remove_kept(kept)
        if lock is not None:
            lock.release()
    return kept
