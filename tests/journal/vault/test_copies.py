"""Backups, restores, passphrase changes and checks (journal/vault/copies.py)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from journal import cipher, kdf, messages, paths, schema
from journal.errors import BackupNotProven, DiskFull, UsageError, WrongPassphrase
from journal.records import CheckIn
from journal.vault import Vault, copies, restore_vault
from tests.conftest import PASSPHRASE
from tests.journal.vault.helpers import flip


def test_flipped_byte_deep_in_the_file_is_found_by_check(vault: Vault, data_dir: Path) -> None:
    for i in range(40):
        vault.save(CheckIn(mood=5, hope=5, note="words " * 200 + str(i)))
    vault.close()
    path = paths.vault_path(data_dir)
    flip(path, path.stat().st_size - cipher.PAGE_SIZE * 2 + 100)
    with Vault.open(data_dir, PASSPHRASE) as opened:
        report = opened.check()
    assert not report.ok
    assert report.verdict().startswith("Your journal is damaged")


def test_backup_is_encrypted_consistent_and_opens(vault: Vault, tmp_path: Path) -> None:
    for i in range(50):
        vault.save(CheckIn(mood=i % 11, hope=5, note=f"entry {i}"))
    copy = vault.backup(tmp_path / "copies" / "b.db")
    folder = tmp_path / "restored-view"
    folder.mkdir()
    os.replace(copy, paths.vault_path(folder))
    with Vault.open(folder, PASSPHRASE) as opened:
        assert opened.check().ok
        assert opened.export_data()["checkins"] == vault.export_data()["checkins"]
        assert opened.search_count("entry") == 50
        assert opened.query("PRAGMA user_version") == [(schema.CURRENT_VERSION,)]


def test_restore_keeps_the_current_vault_first(vault: Vault, tmp_path: Path, data_dir: Path) -> None:
    vault.save(CheckIn(mood=1, hope=1, note="before backup"))
    backup = vault.backup(tmp_path / "b.db")
    vault.save(CheckIn(mood=2, hope=2, note="after backup"))
    kept = vault.restore_from(backup, PASSPHRASE)
    assert [c.note for c in vault.list("checkin")] == ["before backup"]
    folder = tmp_path / "kept"
    folder.mkdir()
    os.replace(kept, paths.vault_path(folder))
    with Vault.open(folder, PASSPHRASE) as previous:
        assert len(previous.list("checkin")) == 2


def test_passphrase_change_is_all_or_nothing(vault: Vault, data_dir: Path, monkeypatch) -> None:
    vault.save(CheckIn(mood=5, hope=5, note="keep me"))

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:  # undo() would also undo the isolated HOME
        patched.setattr(os, "replace", fail)
        with pytest.raises(DiskFull) as caught:
            vault.change_passphrase("brand new")
    assert caught.value.message == messages.DISK_FULL
    assert vault.list("checkin")[0].note == "keep me"  # still open and usable
    vault.close()
    assert sorted(p.name for p in data_dir.iterdir() if p.is_file()) == ["vault.db", "vault.db.lock"]
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, "brand new")
    with Vault.open(data_dir, PASSPHRASE) as again:
        again.change_passphrase("brand new")
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, PASSPHRASE)
    with Vault.open(data_dir, "brand new") as again:
        assert again.list("checkin")[0].note == "keep me"
        assert again.check().ok


def test_check_on_a_healthy_vault(vault: Vault) -> None:
    vault.save(CheckIn(mood=5, hope=5))
    report = vault.check()
    assert report.ok and report.verdict().startswith("Your journal is healthy")


def test_a_backup_does_not_hold_up_saves(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The daily backup runs beside the app's worker: saving goes on while it copies, and the copy
    holds exactly the snapshot it started from. The backup is held inside its read transaction
    (after the copy, before it ends) while the saves run, so no timing is involved."""
    import threading

    from journal.vault import rows
    from tests.conftest import filled_vault

    vault, _ = filled_vault(tmp_path, 730)
    inside, release = threading.Event(), threading.Event()
    real_count_all = rows.count_all

    def count_all_then_wait(connection: object, schema: str = "main") -> dict[str, int]:
        counts = real_count_all(connection, schema)
        if threading.current_thread().name == "backup":
            inside.set()
            assert release.wait(10), "the saves waited for the backup"
        return counts

    monkeypatch.setattr(rows, "count_all", count_all_then_wait)
    with vault:
        before = vault.count("checkin")
        results: list[dict[str, int]] = []
        thread = threading.Thread(
            target=lambda: results.append(vault.backup_with_counts(tmp_path / "b.db")), name="backup"
        )
        thread.start()
        assert inside.wait(30)
        for i in range(5):  # while the backup holds its snapshot open
            vault.save(CheckIn(mood=5, hope=5, note=f"while backing up {i}"))
        assert thread.is_alive() and vault.count("checkin") == before + 5
        release.set()
        thread.join(30)
        (counts,) = results
        assert counts["checkin"] == before  # the snapshot it started from
        folder = tmp_path / "copy"
        folder.mkdir()
        os.replace(tmp_path / "b.db", paths.vault_path(folder))
        with Vault.open(folder, PASSPHRASE) as copy:
            assert copy.check().ok
            assert {k: copy.count(k) for k in counts} == counts
            assert copy.search("backing") == []


def test_a_backup_is_kept_only_once_it_proves_itself(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.save(CheckIn(mood=5, hope=5, note="proven"))
    good = tmp_path / "auto" / "good.db"
    counts = vault.backup_and_prove(good)
    assert counts["checkin"] == 1 and counts["helpline"] == 2
    assert vault.uses_same_key_as(good)
    assert stat.S_IMODE(good.stat().st_mode) == 0o600

    # A copy that does not check out (here: the check is made to find a problem) is not kept.
    failing = copies.CheckReport(ok=False, problems=("page 3 does not read",), counts=counts)
    monkeypatch.setattr(copies, "check_file", lambda *args: failing)
    bad = tmp_path / "auto" / "bad.db"
    with pytest.raises(BackupNotProven):
        vault.backup_and_prove(bad)
    assert not bad.exists() and good.exists()
    assert sorted(p.name for p in good.parent.iterdir()) == ["good.db"]


def test_after_a_passphrase_change_old_backups_are_told_apart(vault: Vault, tmp_path: Path) -> None:
    before = vault.backup(tmp_path / "before.db")
    vault.change_passphrase("new words", profile=kdf.TEST_PROFILE)
    assert not vault.uses_same_key_as(before)
    assert vault.uses_same_key_as(vault.backup(tmp_path / "after.db"))


def test_restoring_over_a_journal_with_another_passphrase_keeps_its_files_byte_for_byte(
    tmp_path: Path,
) -> None:
    source = Vault.create(tmp_path / "other", PASSPHRASE, profile=kdf.TEST_PROFILE)
    source.save(CheckIn(mood=7, hope=8, note="from the backup"))
    backup = source.backup(tmp_path / "backup.db")
    source.close()
    folder = tmp_path / "journal"
    with Vault.create(folder, "a different passphrase", profile=kdf.TEST_PROFILE) as current:
        current.save(CheckIn(mood=1, hope=1, note="the journal before"))
    original = paths.vault_path(folder).read_bytes()

    kept = restore_vault(folder, backup, PASSPHRASE)

    assert kept is not None and kept.parent == paths.backups_dir(folder)
    assert kept.read_bytes() == original
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    with Vault.open(folder, PASSPHRASE) as restored:
        assert [c.note for c in restored.list("checkin")] == ["from the backup"]
    with pytest.raises(UsageError):  # the journal itself is not a backup of it
        restore_vault(folder, paths.vault_path(folder), PASSPHRASE)


QUIET_DAMAGED_OPEN = """
import sys
from pathlib import Path
from journal import kdf
kdf.KNOWN_PROFILES = (kdf.TEST_PROFILE,)
from journal.errors import JournalError
from journal.vault import Vault
try:
    with Vault.open(Path(sys.argv[1]), sys.argv[2]) as vault:
        print(vault.check().verdict())
        vault.list("checkin")
except JournalError as error:
    print(error.message)
"""


def test_a_damaged_journal_prints_nothing_but_our_sentence(vault: Vault, data_dir: Path) -> None:
    """SQLCipher's own "hmac check failed" lines never reach the person's terminal (issue 12,
    point 13). In a child process: SQLCipher's log level is global to the process."""
    import subprocess
    import sys

    from tests.stress.common import python_env

    for i in range(40):
        vault.save(CheckIn(mood=5, hope=5, note="words " * 200 + str(i)))
    vault.close()
    path = paths.vault_path(data_dir)
    flip(path, path.stat().st_size - cipher.PAGE_SIZE * 2 + 100)
    done = subprocess.run([sys.executable, "-c", QUIET_DAMAGED_OPEN, str(data_dir), PASSPHRASE],
                          capture_output=True, text=True, env=python_env(), timeout=60)
    assert "damaged" in done.stdout
    assert done.stderr == ""
