"""Vault (journal/vault/core.py): creating, opening and refusing, migrating, transactions."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from journal import cipher, kdf, paths, schema
from journal.cipher import check_passphrase_on_file
from journal.errors import (
    NewerVault,
    NotAVault,
    NoVault,
    VaultDamaged,
    VaultExists,
    WrongPassphrase,
)
from journal.records import CheckIn
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.journal.vault.helpers import files_in, flip


def test_create_then_open_with_the_same_passphrase(vault: Vault, data_dir: Path) -> None:
    vault.save(CheckIn(mood=6, hope=7, note="first words"))
    vault.close()
    with Vault.open(data_dir, PASSPHRASE) as again:
        assert [c.note for c in again.recent_checkins()] == ["first words"]


def test_file_is_encrypted_and_salt_is_in_the_header(vault: Vault, data_dir: Path) -> None:
    vault.save(CheckIn(mood=6, hope=7, note="plainly secret words"))
    vault.close()
    raw = paths.vault_path(data_dir).read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"plainly secret" not in raw
    key, salt, profile = check_passphrase_on_file(paths.vault_path(data_dir), PASSPHRASE)
    assert salt == raw[:16] and profile == kdf.TEST_PROFILE and len(key) == 32


def test_creating_where_a_vault_exists_is_refused(vault: Vault, data_dir: Path) -> None:
    before = files_in(data_dir)
    with pytest.raises(VaultExists):
        Vault.create(data_dir, "another", profile=kdf.TEST_PROFILE)
    assert files_in(data_dir) == before  # every byte, not only the names


def test_wrong_passphrase_is_refused_and_nothing_changes(vault: Vault, data_dir: Path) -> None:
    vault.save(CheckIn(mood=3, hope=4))
    vault.close()
    before = files_in(data_dir)
    with pytest.raises(WrongPassphrase) as caught:
        Vault.open(data_dir, "not it")
    assert "Caps Lock" in caught.value.message and "reset" not in caught.value.message.lower()
    assert files_in(data_dir) == before


@pytest.mark.parametrize("content", [None, b"", b"hello, I am a text file\n" * 500])
def test_opening_missing_empty_or_foreign_never_writes(tmp_path: Path, content: bytes | None) -> None:
    folder = tmp_path / "somewhere"
    if content is not None:
        folder.mkdir()
        paths.vault_path(folder).write_bytes(content)
    before = files_in(folder) if folder.exists() else None
    with pytest.raises((NoVault, VaultDamaged, WrongPassphrase)):
        Vault.open(folder, PASSPHRASE)
    after = files_in(folder) if folder.exists() else None
    assert after == before


def test_a_plain_sqlite_file_is_named_as_not_a_vault(tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    connection = sqlite3.connect(paths.vault_path(folder))
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    before = files_in(folder)
    with pytest.raises(NotAVault):
        Vault.open(folder, PASSPHRASE)
    assert files_in(folder) == before


def test_damaged_first_page_is_told_apart_from_a_wrong_passphrase(vault: Vault, data_dir: Path) -> None:
    for i in range(30):
        vault.save(CheckIn(mood=5, hope=5, note="words " * 200 + str(i)))
    vault.close()
    path = paths.vault_path(data_dir)
    flip(path, 2000)  # inside page 1, after the salt
    before = path.read_bytes()
    with pytest.raises(VaultDamaged) as caught:
        Vault.open(data_dir, PASSPHRASE)
    assert not isinstance(caught.value, WrongPassphrase)
    assert "backup" in caught.value.message
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, "wrong")
    assert path.read_bytes() == before


def test_a_vault_from_a_newer_version_is_refused_byte_identical(vault: Vault, data_dir: Path) -> None:
    with vault.transaction() as connection:
        connection.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION + 1}")
    vault.close()
    path = paths.vault_path(data_dir)
    before = path.read_bytes()
    with pytest.raises(NewerVault):
        Vault.open(data_dir, PASSPHRASE)
    assert path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["vault.db", "vault.db.lock"]


def test_temp_store_is_memory_on_every_connection(vault: Vault) -> None:
    assert vault.query("PRAGMA temp_store") == [(2,)]
    assert vault.query("PRAGMA cipher_page_size") == [("4096",)]


def test_v0_prototype_vault_migrates_with_a_backup_first(tmp_path: Path) -> None:
    """A v0 vault (check-ins only, comma tags) opens as v1 with its entries, searchable."""
    import sqlcipher3

    folder = tmp_path / "old"
    folder.mkdir()
    salt = kdf.new_salt()
    key = kdf.derive_key(PASSPHRASE, salt, kdf.TEST_PROFILE)
    connection = sqlcipher3.connect(str(paths.vault_path(folder)))
    connection.execute(f"PRAGMA key = {cipher.key_pragma_value(key, salt)}")
    connection.execute(schema.V0_FIXTURE_SCHEMA)
    connection.execute(
        "INSERT INTO checkin VALUES ('a1', '2025-03-01T09:00:00+00:00', 4, 6, NULL, 1, 'meeting, walk',"
        " 'an old lighthouse note')"
    )
    connection.commit()
    connection.close()

    with Vault.open(folder, PASSPHRASE) as migrated:
        assert migrated.query("PRAGMA user_version") == [(schema.CURRENT_VERSION,)]
        (old,) = migrated.list("checkin")
        assert old == CheckIn(4, 6, None, True, ("meeting", "walk"), "an old lighthouse note",
                              "2025-03-01T09:00:00+00:00", "a1")
        assert [e.id for e in migrated.search("lighthouse")] == ["a1"]
    kept = list(paths.backups_dir(folder).glob("before-upgrade-v0-*.db"))
    assert len(kept) == 1


def test_a_failed_transaction_leaves_nothing_behind(vault: Vault) -> None:
    with pytest.raises(RuntimeError), vault.transaction():
        vault.save(CheckIn(mood=5, hope=5))
        raise RuntimeError("boom")
    assert vault.count("checkin") == 0


_KILLED_WHILE_OPEN = """
import os, sys, time
from pathlib import Path
from journal import kdf
kdf.KNOWN_PROFILES = (kdf.TEST_PROFILE,)
from journal.records import CheckIn
from journal.vault import Vault
vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
vault.save(CheckIn(mood=3, hope=4, note="saved just before the kill"))
print("saved", flush=True)
time.sleep(60)
"""


def leave_temporary_files(folder: Path) -> list[Path]:
    """What a passphrase change, restore or create killed half-way leaves beside the vault."""
    made = []
    for suffix in paths.VAULT_TEMP_SUFFIXES:
        temp = paths.beside(paths.vault_path(folder), suffix)
        for side in ("", "-journal"):
            paths.beside(temp, side).write_bytes(b"encrypted pages of an unfinished copy")
            made.append(paths.beside(temp, side))
    return made


KILLED = pytest.param("a process killed with the journal open", marks=pytest.mark.skipif(
    os.name != "posix", reason="SIGKILL, and the flock that tells nobody has the journal open"))


@pytest.mark.parametrize("left_by", ["a closed journal", KILLED])
def test_the_next_open_removes_leftover_temporary_files(vault: Vault, data_dir: Path, left_by: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Even when the killed process's WAL is still there (it never closed): the lock tells that
    nobody has the journal open any more."""
    import signal
    import subprocess
    import sys

    vault.close()
    if left_by != "a closed journal":
        child = subprocess.Popen([sys.executable, "-c", _KILLED_WHILE_OPEN, str(data_dir), PASSPHRASE],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None and child.stdout.readline() == "saved\n"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        assert paths.wal_path(paths.vault_path(data_dir)).exists()
    leftovers = leave_temporary_files(data_dir)
    with Vault.open(data_dir, PASSPHRASE) as opened:
        assert [p.name for p in leftovers if p.exists()] == []
        if left_by != "a closed journal":
            assert [c.note for c in opened.list("checkin")] == ["saved just before the kill"]


def test_temporary_files_of_another_process_at_work_are_left_alone(vault: Vault, data_dir: Path) -> None:
    """While another window or command has the journal open, a temporary file beside it may be its
    passphrase change in progress: a second open must not remove it."""
    leftovers = leave_temporary_files(data_dir)  # `vault` is open: this process is "the other one"
    with Vault.open(data_dir, PASSPHRASE):
        assert all(p.exists() for p in leftovers)


@pytest.mark.skipif(os.name != "posix", reason="file modes as POSIX has them")
def test_the_journal_folder_and_every_file_in_it_are_private(tmp_path: Path) -> None:
    """Readable by its owner only, whatever the umask: the folder 0700, the vault and the files
    SQLite keeps beside it 0600, and so the backups and their folders."""
    old = os.umask(0)
    try:
        folder = tmp_path / "journal"
        with Vault.create(folder, PASSPHRASE, profile=kdf.TEST_PROFILE) as vault:
            vault.save(CheckIn(mood=5, hope=5, note="private"))
            vault.backup(paths.backups_dir(folder) / "mine.db")
            modes = {str(p.relative_to(tmp_path)): stat.S_IMODE(p.stat().st_mode)
                     for p in [folder, *folder.rglob("*")]}
    finally:
        os.umask(old)
    assert {"journal/vault.db-wal", "journal/vault.db-shm", "journal/backups/mine.db"} <= modes.keys()
    assert {name: mode for name, mode in modes.items()
            if mode != (0o700 if (tmp_path / name).is_dir() else 0o600)} == {}


def test_every_connection_deletes_securely_and_syncs_fully(vault: Vault, data_dir: Path,
                                                          tmp_path: Path) -> None:
    """secure_delete (deleted entries are overwritten inside the file) and synchronous = FULL (a
    saved check-in survives a power cut), on the connection of a new vault, of an opened one, and
    of one reopened after a passphrase change and after a restore."""
    settings = ("PRAGMA secure_delete", "PRAGMA synchronous", "PRAGMA journal_mode", "PRAGMA foreign_keys")
    wanted = [[(1,)], [(2,)], [("wal",)], [(1,)]]  # synchronous 2 is FULL
    assert [vault.query(q) for q in settings] == wanted
    backup = vault.backup(tmp_path / "b.db")
    vault.change_passphrase("a second passphrase", profile=kdf.TEST_PROFILE)
    assert [vault.query(q) for q in settings] == wanted
    vault.restore_from(backup, PASSPHRASE)
    assert [vault.query(q) for q in settings] == wanted
    vault.close()
    with Vault.open(data_dir, PASSPHRASE) as again:
        assert [again.query(q) for q in settings] == wanted
