"""A journal folder others can change is refused, and no planted link makes the app write
elsewhere (issue 12, point 8; journal/files.py `refuse_unsafe_folder`, `make_private_folder`)."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal import files, kdf, paths
from journal.errors import UnsafeFolder
from journal.records import CheckIn
from journal.vault import Vault, copies
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="folder modes and owners as POSIX has them")


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most permissive umask, so a private mode can only come from the code."""
    old = os.umask(0)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_a_world_writable_journal_folder_is_refused_with_the_way_to_fix_it(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    folder.mkdir()
    folder.chmod(0o777)
    with pytest.raises(UnsafeFolder) as refused:
        Vault.create(folder, PASSPHRASE, profile=kdf.TEST_PROFILE)
    assert f'chmod 700 "{folder}"' in refused.value.message
    assert "Other accounts on this computer can change the folder" in refused.value.message
    assert list(folder.iterdir()) == []  # nothing was written there

    folder.chmod(0o700)
    Vault.create(folder, PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    folder.chmod(0o777)  # opened up later: the journal is not opened there
    with pytest.raises(UnsafeFolder):
        Vault.open(folder, PASSPHRASE)
    assert sorted(p.name for p in folder.iterdir()) == ["vault.db", "vault.db.lock"]
    folder.chmod(0o700)  # the sentence's fix works
    Vault.open(folder, PASSPHRASE).close()


def test_a_folder_above_that_others_can_write_to_is_refused(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    Vault.create(shared / "journal", PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    shared.chmod(0o777)  # anyone could rename journal/ away and put their own in its place
    with pytest.raises(UnsafeFolder) as refused:
        Vault.open(shared / "journal", PASSPHRASE)
    assert str(shared) in refused.value.message
    shared.chmod(0o1777)  # sticky, as /tmp: others cannot rename what is ours
    Vault.open(shared / "journal", PASSPHRASE).close()


def test_a_group_writable_folder_is_refused_unless_the_group_is_this_persons_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "journal"
    Vault.create(folder, PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    folder.chmod(0o770)
    monkeypatch.setattr(files, "private_group", lambda gid: True)  # umask 002, own group
    Vault.open(folder, PASSPHRASE).close()
    monkeypatch.setattr(files, "private_group", lambda gid: False)  # a group of several people
    with pytest.raises(UnsafeFolder):
        Vault.open(folder, PASSPHRASE)


def test_aprivate_group_is_one_of_this_user_alone() -> None:
    import grp
    import pwd

    user = pwd.getpwuid(os.geteuid())
    group = grp.getgrgid(user.pw_gid)
    expected = group.gr_name == user.pw_name and set(group.gr_mem) <= {user.pw_name}
    assert files.private_group(user.pw_gid) is expected


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a folder to another account")
def test_a_folder_of_another_account_is_refused(tmp_path: Path) -> None:
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    Vault.create(theirs / "journal", PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    os.chown(theirs, 65534, 65534)  # nobody: they could swap journal/ for their own
    with pytest.raises(UnsafeFolder) as refused:
        Vault.open(theirs / "journal", PASSPHRASE)
    assert "belongs to another account" in refused.value.message


def test_folders_the_app_makes_are_private_all_the_way_down(tmp_path: Path, open_umask: None) -> None:
    folder = tmp_path / "new" / "deeper" / "journal"
    with Vault.create(folder, PASSPHRASE, profile=kdf.TEST_PROFILE) as vault:
        vault.backup(paths.backups_dir(folder) / "manual.db")
        from journal import autobackup

        autobackup.run_daily_backup(vault)
    for made in (tmp_path / "new", tmp_path / "new" / "deeper", folder, paths.backups_dir(folder),
                 paths.auto_dir(folder)):
        assert mode(made) == 0o700, made


def test_a_linked_backups_folder_is_never_written_through(vault: Vault, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    paths.backups_dir(vault.folder).symlink_to(elsewhere)
    with pytest.raises(UnsafeFolder) as refused:
        vault.backup(paths.backups_dir(vault.folder) / "manual.db")
    assert "is a link to another place" in refused.value.message
    from journal import autobackup

    with pytest.raises(UnsafeFolder):
        autobackup.run_daily_backup(vault)
    assert list(elsewhere.iterdir()) == []


def _plant_links_at_the_kept_copy(folder: Path, victim: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Links at every name a restore will write in backups/ (the kept copy, its -wal, the
    predictable temporary names), with the clock stopped so the names are known."""
    moment = dt.datetime(2026, 11, 21, 20, 15, 3)
    monkeypatch.setattr(paths, "_now", lambda: moment)
    target = paths.before_restore_path(folder)
    target.parent.mkdir(mode=0o700, exist_ok=True)
    for suffix in ("", "-wal", "-journal", ".partial", ".partial-journal"):
        paths.beside(target, suffix).symlink_to(victim)


@pytest.mark.parametrize("journal_open", [True, False], ids=["open-vault", "closed-vault"])
def test_a_planted_link_at_the_kept_copy_does_not_make_restore_write_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, journal_open: bool
) -> None:
    folder = tmp_path / "journal"
    with Vault.create(folder, PASSPHRASE, profile=kdf.TEST_PROFILE) as vault:
        vault.save(CheckIn(mood=3, hope=4, note="in the backup"))
        backup = vault.backup(tmp_path / "backup.db")
        vault.save(CheckIn(mood=5, hope=6, note="after the backup"))
    victim = tmp_path / "victim.txt"
    victim.write_text("not to be touched")
    _plant_links_at_the_kept_copy(folder, victim, monkeypatch)
    if journal_open:
        with Vault.open(folder, PASSPHRASE) as vault:
            kept = vault.restore_from(backup, PASSPHRASE)
    else:  # the journal nobody has open is kept aside byte for byte (copies.restore_closed)
        key, salt = copies.verified_backup_key(backup, PASSPHRASE)
        kept = copies.restore_closed(folder, backup, key, salt)
    assert victim.read_text() == "not to be touched"
    assert kept is not None and kept.is_file() and not kept.is_symlink()
    with Vault.open(folder, PASSPHRASE) as restored:
        assert [c.note for c in restored.list("checkin")] == ["in the backup"]


def test_a_linked_vault_file_is_not_opened(tmp_path: Path) -> None:
    real = tmp_path / "real"
    Vault.create(real, PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    folder = tmp_path / "journal"
    folder.mkdir(mode=0o700)
    paths.vault_path(folder).symlink_to(paths.vault_path(real))
    with pytest.raises(UnsafeFolder) as refused:
        Vault.open(folder, PASSPHRASE)
    assert "is a link to another place" in refused.value.message
    assert sorted(p.name for p in real.iterdir()) == ["vault.db", "vault.db.lock"]
