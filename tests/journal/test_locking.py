"""The lock on the vault (journal/locking.py): many may read and write through SQLite, but the
file is replaced only when nobody else has it open. These run on Linux here (flock) and on Windows
(LockFileEx) and macOS in .github/workflows/build.yml."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal import kdf, messages, paths
from journal.errors import VaultBusy, WrongPassphrase
from journal.locking import VaultLock
from journal.records import CheckIn
from journal.vault import Vault
from tests.conftest import PASSPHRASE


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


def test_the_lock_is_beside_the_vault_so_the_vault_can_still_be_replaced(file: Path) -> None:
    """On Windows a lock on the vault itself would stop SQLite reading it and the rename over it."""
    held = VaultLock.shared(file)
    assert paths.lock_path(file).exists() and paths.lock_path(file).read_bytes() == b""
    new = file.with_name("new.db")
    new.write_bytes(b"new pages")
    os.replace(new, file)  # fails on Windows while any handle on `file` is open
    assert file.read_bytes() == b"new pages"
    held.release()


# ---- a second process: what the Done-when of issue 17 asks ------------------------------------------

HOLDER = """
import sys
from pathlib import Path
from journal import paths
from journal.locking import VaultLock
from journal.vault import Vault

folder, what = Path(sys.argv[1]), sys.argv[2]
passphrase = sys.stdin.readline().rstrip("\\n")
if what == "lock-only":  # the lock and nothing else: no SQLite connection, no WAL to give it away
    held = VaultLock.shared(paths.vault_path(folder))
    assert held.holds_file
else:  # what the app does while a session is open
    held = Vault.open(folder, passphrase)
print("ready", flush=True)
sys.stdin.readline()  # held until the test says so
held.release() if what == "lock-only" else held.close()
"""


def other_process(folder: Path, what: str) -> Iterator[None]:
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder), what], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdin is not None and child.stdout is not None
    try:
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "ready"
        yield
        child.stdin.write("\n")
        child.stdin.close()
        assert child.wait(timeout=60) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def command(folder: Path, *args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "journal", "--data-dir", str(folder), "--passphrase-stdin",
                           *args], input=stdin, capture_output=True, text=True, timeout=120)


@pytest.fixture
def journal_with_backup(data_dir: Path, tmp_path: Path) -> tuple[Path, Path]:
    with Vault.create(data_dir, PASSPHRASE, profile=kdf.TEST_PROFILE) as vault:
        vault.save(CheckIn(mood=5, hope=5, note="kept"))
        vault.backup(tmp_path / "backup.db")
    return data_dir, tmp_path / "backup.db"


@pytest.mark.parametrize("what", ["lock-only", "vault"])
def test_passwd_and_restore_from_another_process_are_refused_while_the_journal_is_open(
    journal_with_backup: tuple[Path, Path], what: str
) -> None:
    """"lock-only" holds nothing but the lock, so only journal/locking.py can refuse (without it,
    the passphrase change goes through); "vault" is a session open in the app."""
    folder, backup = journal_with_backup
    before = paths.vault_path(folder).read_bytes()
    with contextlib.contextmanager(other_process)(folder, what):
        changed = command(folder, "passwd", stdin=f"{PASSPHRASE}\nsomething new\n")
        restored = command(folder, "restore", str(backup), stdin=PASSPHRASE + "\n")
        for done in (changed, restored):
            assert done.returncode == 1 and done.stderr.strip() == messages.OPEN_ELSEWHERE, done.stderr
    assert paths.vault_path(folder).read_bytes() == before
    changed = command(folder, "passwd", stdin=f"{PASSPHRASE}\nsomething new\n")  # alone, it works
    assert changed.returncode == 0, changed.stderr
    with Vault.open(folder, "something new") as vault:
        assert [c.note for c in vault.list("checkin")] == ["kept"]
