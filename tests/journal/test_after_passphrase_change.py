"""After a passphrase change no automatic backup opens with the old passphrase, a fresh proven one
opens with the new, and the person is told which other backups still take the old one (issue 12,
point 6; journal/autobackup.py `after_passphrase_change`)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from journal import autobackup, cli, kdf, paths
from journal.cipher import check_passphrase_on_file
from journal.errors import BackupNotProven, WrongPassphrase
from journal.records import CheckIn
from journal.vault import Vault
from tests.conftest import PASSPHRASE

NEW = "a brand new passphrase"
TODAY = dt.date(2026, 11, 23)  # a Monday


def opens_with(path: Path, passphrase: str) -> bool:
    try:
        check_passphrase_on_file(path, passphrase)
    except WrongPassphrase:
        return False
    return True


def journal_with_backups(folder: Path) -> Vault:
    """Two weeks of daily automatic backups, a manual backup and a copy kept before a restore,
    all under the first passphrase."""
    vault = Vault.create(folder, PASSPHRASE, profile=kdf.TEST_PROFILE)
    for offset in range(14, 0, -1):
        vault.save(CheckIn(mood=5, hope=5, note=f"day {offset}"))
        autobackup.run_daily_backup(vault, TODAY - dt.timedelta(days=offset))
    vault.backup(paths.backups_dir(folder) / paths.manual_backup_name(dt.datetime(2026, 11, 1, 9)))
    vault.backup(paths.before_restore_path(folder, dt.datetime(2026, 11, 2, 9)))
    return vault


def test_no_automatic_backup_opens_with_the_old_passphrase_after_a_change(tmp_path: Path) -> None:
    vault = journal_with_backups(tmp_path / "journal")
    old_automatic = autobackup.automatic_backups(vault.folder)
    assert len(old_automatic) == 9  # 7 daily, and the weekly of the two weeks before

    vault.change_passphrase(NEW, profile=kdf.TEST_PROFILE)
    after = autobackup.after_passphrase_change(vault, TODAY)

    now = autobackup.automatic_backups(vault.folder)
    assert now and all(opens_with(b, NEW) and not opens_with(b, PASSPHRASE) for b in now)
    assert after.fresh_backup == paths.daily_backup_path(vault.folder, TODAY)
    assert paths.weekly_backup_path(vault.folder, TODAY) in now
    assert after.removed and set(after.removed) <= set(old_automatic)  # the 8th-oldest was rotated out
    assert [p.name for p in after.still_old] == [
        "before-restore-20261102-090000.db", "recovery-journal-backup-2026-11-01-090000.db"
    ]
    said = " ".join(after.sentences())
    assert "replaced by a new one that opens only with the new passphrase" in said
    assert "recovery-journal-backup-2026-11-01-090000.db" in said and "Delete them" in said
    assert "saved elsewhere" in said
    # The fresh backup is whole: it holds every check-in.
    fresh = Vault.open(tmp_path / "journal", NEW)
    assert fresh.check().ok
    fresh.close()
    vault.close()


def test_when_the_fresh_backup_is_refused_the_older_ones_stay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = journal_with_backups(tmp_path / "journal")
    old_automatic = autobackup.automatic_backups(vault.folder)
    vault.change_passphrase(NEW, profile=kdf.TEST_PROFILE)

    def refused(destination: Path) -> dict[str, int]:
        raise BackupNotProven("the disk refused it")

    monkeypatch.setattr(vault, "backup_and_prove", refused)
    after = autobackup.after_passphrase_change(vault, TODAY)
    assert after.fresh_backup is None and after.removed == []
    assert autobackup.automatic_backups(vault.folder) == old_automatic  # the only backups left
    assert "could not be checked" in after.sentences()[0]
    vault.close()


def test_passwd_says_which_backups_still_open_with_the_old_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    journal_with_backups(folder).close()
    stdout = io.StringIO()
    args = cli.build_parser().parse_args(["--data-dir", str(folder), "--passphrase-stdin", "passwd"])
    assert cli.run(args, io.StringIO(f"{PASSPHRASE}\n{NEW}\n"), stdout, io.StringIO()) == 0
    said = stdout.getvalue()
    assert said.startswith("Your passphrase has been changed.")
    assert "recovery-journal-backup-2026-11-01-090000.db" in said
    automatic = autobackup.automatic_backups(folder)
    assert automatic and not any(opens_with(b, PASSPHRASE) for b in automatic)
