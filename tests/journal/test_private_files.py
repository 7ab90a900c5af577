"""Every file the core writes is 0600 from its first byte, in 0700 folders (issue 12, point 1).

Each test runs under the most permissive umask (0), so a private mode can only come from the
code. Files SQLCipher writes itself (a new vault, a backup, a re-keyed or restored copy, and the
-wal/-journal files SQLite makes beside them, which take the database file's mode) are looked at
while they are being written, not only once renamed into place.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from journal import autobackup, cipher, cli, kdf, paths, schema
from journal.records import CheckIn
from journal.vault import Vault, copies, restore_vault
from journal.vault import core as vault_core
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes as POSIX has them")


@pytest.fixture(autouse=True)
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def private_tree(folder: Path) -> dict[str, int]:
    """Every file and folder under `folder` whose mode is not 0600 (files) or 0700 (folders)."""
    wrong = {}
    for path in [folder, *folder.rglob("*")]:
        expected = 0o700 if path.is_dir() else 0o600
        if mode(path) != expected:
            wrong[str(path.relative_to(folder.parent))] = oct(mode(path))
    return wrong


@pytest.fixture
def modes_while_written(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """(name, mode) of every file SQLCipher is handed to write, seen as SQLite first has it."""
    seen: list[tuple[str, int]] = []
    real_connect = vault_core.connect
    real_export = copies.export_connection

    def connect(path: Path, key: bytes, salt: bytes) -> Any:
        connection = real_connect(path, key, salt)
        seen.append((path.name, mode(path)))
        return connection

    def export(connection: Any, target: Path, key: bytes, salt: bytes) -> dict[str, int]:
        seen.append((target.name, mode(target) if target.exists() else -1))
        counts = real_export(connection, target, key, salt)
        seen.extend((p.name, mode(p)) for p in target.parent.glob(target.name + "-*"))
        return counts

    monkeypatch.setattr(vault_core, "connect", connect)
    monkeypatch.setattr(copies, "export_connection", export)
    return seen


def test_a_new_journal_is_private_from_its_first_byte(
    tmp_path: Path, modes_while_written: list[tuple[str, int]]
) -> None:
    folder = tmp_path / "journal"
    with Vault.create(folder, PASSPHRASE, profile=kdf.TEST_PROFILE) as vault:
        vault.save(CheckIn(mood=5, hope=5, note="private words"))
        assert paths.wal_path(vault.path).exists()
        assert private_tree(folder) == {}  # the -wal and -shm of the open vault too
    assert ("vault.db.create-tmp", 0o600) in modes_while_written
    assert all(m == 0o600 for _name, m in modes_while_written), modes_while_written
    assert private_tree(folder) == {}


def test_backups_and_kept_aside_copies_are_private_while_written(
    vault: Vault, tmp_path: Path, modes_while_written: list[tuple[str, int]]
) -> None:
    vault.save(CheckIn(mood=5, hope=5, note="words"))
    vault.backup(paths.backups_dir(vault.folder) / "manual.db")
    autobackup.run_daily_backup(vault)
    chosen = tmp_path / "stick" / "folder"
    vault.backup(chosen / "backup.db")
    vault.change_passphrase("a new passphrase here", profile=kdf.TEST_PROFILE)
    kept = vault.restore_from(chosen / "backup.db", PASSPHRASE)
    assert kept.parent == paths.backups_dir(vault.folder)
    assert {name.split(".")[-1] for name, _ in modes_while_written} >= {"partial", "rekey-tmp", "restore-tmp"}
    assert all(m == 0o600 for _name, m in modes_while_written), modes_while_written
    assert private_tree(vault.folder) == {}
    assert private_tree(tmp_path / "stick") == {}


def test_a_restore_onto_a_closed_journal_and_its_copy_aside_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    with Vault.create(folder, "the old passphrase", profile=kdf.TEST_PROFILE) as vault:
        backup = vault.backup(tmp_path / "backup.db")
        vault.change_passphrase(PASSPHRASE, profile=kdf.TEST_PROFILE)
    paths.vault_path(folder).chmod(0o644)  # as an older version may have left it
    restore_vault(folder, backup, "the old passphrase")  # the current one does not open with it
    assert private_tree(folder) == {}


def test_the_copy_before_an_upgrade_is_private(tmp_path: Path) -> None:
    import sqlcipher3

    folder = tmp_path / "old"
    folder.mkdir(mode=0o700)
    salt = kdf.new_salt()
    key = kdf.derive_key(PASSPHRASE, salt, kdf.TEST_PROFILE)
    connection = sqlcipher3.connect(str(paths.vault_path(folder)))
    connection.execute(f"PRAGMA key = {cipher.key_pragma_value(key, salt)}")
    connection.execute(schema.V0_FIXTURE_SCHEMA)
    connection.commit()
    connection.close()
    paths.vault_path(folder).chmod(0o600)
    Vault.open(folder, PASSPHRASE).close()
    assert len(list(paths.backups_dir(folder).glob("before-upgrade-v0-*.db"))) == 1
    assert private_tree(folder) == {}


def test_what_the_command_line_writes_is_private(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    Vault.create(folder, PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    out = tmp_path / "out"
    out.mkdir(mode=0o755)
    (out / "export.json").write_text("an older export")
    (out / "export.json").chmod(0o644)
    for command in (["export", "--out", str(out / "export.json")],
                    ["backup", "--out", str(out / "sub" / "backup.db")]):
        stdin = io.StringIO(PASSPHRASE + "\n")
        args = cli.build_parser().parse_args(["--data-dir", str(folder), "--passphrase-stdin", *command])
        assert cli.run(args, stdin, io.StringIO(), io.StringIO()) == 0
    assert mode(out / "export.json") == 0o600
    assert mode(out / "sub") == 0o700 and mode(out / "sub" / "backup.db") == 0o600
