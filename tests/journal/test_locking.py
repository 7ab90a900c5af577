"""The lock on the vault file (journal/locking.py): many may read and write through SQLite, but the
file is replaced only when nobody else has it open."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from journal import kdf, messages, paths
from journal.errors import VaultBusy, WrongPassphrase
from journal.locking import VaultLock
from journal.records import CheckIn
from journal.vault import Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="flock is what POSIX has")


@pytest.fixture
def file(tmp_path: Path) -> Path:
    path = tmp_path / "vault.db"
    path.write_bytes(b"pages")
    return path


def test_many_may_share_and_none_may_replace_while_another_shares(file: Path) -> None:
    first, second = VaultLock.shared(file), VaultLock.shared(file)
    assert first.holds_file and second.holds_file
    assert not first.try_exclusive()
    second.release()
    assert first.try_exclusive()
    with pytest.raises(VaultBusy) as caught:
        VaultLock.shared(file)  # while it is being replaced, nobody may open it
    assert caught.value.message == messages.BUSY
    first.back_to_shared()
    third = VaultLock.shared(file)  # shared again: others may open it
    first.release()
    first.release()  # releasing twice is harmless
    third.release()


def test_alone_only_when_nobody_holds_the_file(file: Path) -> None:
    """Asked by an open when a WAL is left beside the vault: is anyone else still using it?"""
    other = VaultLock.shared(file)
    assert VaultLock.alone(file) is None
    other.release()
    alone = VaultLock.alone(file)
    assert alone is not None and alone.holds_file
    with pytest.raises(VaultBusy):  # nobody opens it during that moment
        VaultLock.shared(file)
    alone.release()
    VaultLock.shared(file).release()


def test_a_refused_exclusive_moment_keeps_the_shared_hold(file: Path) -> None:
    mine, theirs = VaultLock.shared(file), VaultLock.shared(file)
    assert not mine.try_exclusive()
    theirs.release()
    other = VaultLock.shared(file)  # still only shared: a newcomer can share it
    assert not mine.try_exclusive()
    other.release()
    mine.release()


def test_a_passphrase_change_waits_for_the_other_window(data_dir: Path) -> None:
    vault = Vault.create(data_dir, PASSPHRASE, profile=kdf.TEST_PROFILE)
    vault.save(CheckIn(mood=5, hope=5, note="kept"))
    other_window = Vault.open(data_dir, PASSPHRASE)
    before = paths.vault_path(data_dir).read_bytes()[:16]
    with pytest.raises(VaultBusy) as caught:
        vault.change_passphrase("something new", profile=kdf.TEST_PROFILE)
    assert caught.value.message == messages.OPEN_ELSEWHERE
    assert paths.vault_path(data_dir).read_bytes()[:16] == before
    assert [c.note for c in vault.list("checkin")] == ["kept"]  # still open and usable
    other_window.close()
    vault.change_passphrase("something new", profile=kdf.TEST_PROFILE)  # alone, it works
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, PASSPHRASE)
