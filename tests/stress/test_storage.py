"""Issue 6, test 6: a vault on a full or read-only disk → a clear message (DiskFull /
ReadOnlyStorage, one plain sentence) within 1 s, nothing corrupted (check passes and every saved
entry is there once space returns), 50 runs each.

Disk full is exercised everywhere with SQLite's page limit (`PRAGMA max_page_count`), and on a
real full filesystem (a 2 MB tmpfs) where this machine lets the test mount one (root on Linux);
read-only likewise with `PRAGMA query_only` and a tmpfs remounted read-only. Opening a journal in a
folder that cannot be written to is tested without root too: as a normal user the folder is made
0500; as root (who may write anywhere) it is bound read-only in a private mount namespace. The
typed-text-kept-on-screen half lives with the app tests (tests/stress/test_app.py).

The 1 s bound is what docs/reliability.md promises; the stress run (`make stress`) asserts it.
`make test` records the same figures without asserting them: timings on a loaded machine belong to
the stress run and bench/, not to the unit-test gate."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from journal import kdf, messages, paths
from journal.cipher import check_passphrase_on_file
from journal.errors import DiskFull, ReadOnlyStorage, WrongPassphrase
from journal.records import CheckIn
from journal.vault import Vault
from tests.conftest import unavailable

from .common import FULL, PW, PW2, PYTHON, files, python_env, record, scale

pytestmark = pytest.mark.usefixtures("fast_kdf")

BOUND_S = 1.0  # docs/reliability.md: a clear message within 1 s


def within_bound(slowest: float) -> None:
    """The documented bound, asserted in the stress run only (see the module's docstring)."""
    if FULL:
        assert slowest < BOUND_S, f"slowest message {slowest:.3f} s, documented < {BOUND_S} s"


@contextlib.contextmanager
def tmpfs(mount_point: Path, size: str = "2m") -> Iterator[Path]:
    """A small tmpfs, or skip with the reason when this machine does not allow mounting."""
    if os.name != "posix" or not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small filesystem needs root on Linux; the SQLite page-limit "
                    "and query_only tests cover this case portably")
    mount_point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                           str(mount_point)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"this machine does not allow mounting a tmpfs ({done.stderr.strip()}); the "
                    "SQLite page-limit and query_only tests cover this case portably")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def fill(folder: Path) -> Path:
    """Take every free byte of the filesystem; returns the filler file to delete later."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 20, 1 << 16, 1 << 12, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, bytes(size))
    finally:
        os.close(fd)
    return filler


def big_import(count: int) -> dict[str, object]:
    return {"format": "recovery-journal", "version": 1, "exported_at": "x", "checkins": [
        {"id": f"import-{time.monotonic_ns()}-{i}", "at": "2026-11-21T20:15:00+00:00", "mood": 5,
         "hope": 5, "craving": None, "peer_contact": False, "tags": [], "note": "words " * 2000}
        for i in range(count)]}


def timed(action: object) -> tuple[BaseException | None, float]:
    started = time.monotonic()
    try:
        action()  # type: ignore[operator]
    except Exception as error:
        return error, time.monotonic() - started
    return None, time.monotonic() - started


def test_disk_full_by_page_limit(tmp_path: Path) -> None:
    runs = scale(8, 50)
    folder = tmp_path / "journal"
    slowest = 0.0
    messages_ok = failed_checks = lost = 0
    saved: set[str] = set()
    with Vault.create(folder, PW, profile=kdf.TEST_PROFILE) as vault:
        for run in range(runs):
            saved.add(vault.save(CheckIn(mood=5, hope=5, note=f"kept {run}")).id)
            pages = vault.query("PRAGMA page_count")[0][0]
            vault.query(f"PRAGMA max_page_count = {pages + run % 3}")
            count = vault.count("checkin")
            outcomes = [
                timed(lambda: vault.save(CheckIn(mood=5, hope=5, note="a long note " * 40_000))),
                timed(lambda: vault.import_data(big_import(30))),
            ]
            for error, seconds in outcomes:
                slowest = max(slowest, seconds)
                messages_ok += isinstance(error, DiskFull) and error.message == messages.DISK_FULL
            assert vault.count("checkin") == count  # all or nothing
            vault.query("PRAGMA max_page_count = 1073741823")  # space returns
            saved.add(vault.save(CheckIn(mood=5, hope=5, note=f"after {run}")).id)
            failed_checks += not vault.check().ok
            lost += len(saved - {c.id for c in vault.list("checkin")})
    record("disk-full-page-limit", runs=runs, clear_messages=messages_ok, attempts=2 * runs,
           slowest_message_s=round(slowest, 3), failed_checks=failed_checks, lost_entries=lost)
    assert messages_ok == 2 * runs
    assert (failed_checks, lost) == (0, 0)
    within_bound(slowest)


def test_read_only_by_query_only(tmp_path: Path) -> None:
    runs = scale(8, 50)
    slowest = 0.0
    clear = 0
    with Vault.create(tmp_path / "journal", PW, profile=kdf.TEST_PROFILE) as vault:
        for run in range(runs):
            vault.query("PRAGMA query_only = 1")
            error, seconds = timed(lambda n=run: vault.save(CheckIn(mood=5, hope=5, note=f"n {n}")))
            slowest = max(slowest, seconds)
            clear += isinstance(error, ReadOnlyStorage) and error.message == messages.READ_ONLY
            vault.query("PRAGMA query_only = 0")
            vault.save(CheckIn(mood=5, hope=5, note=f"after {run}"))
        assert vault.check().ok and vault.count("checkin") == runs
    record("read-only-query-only", runs=runs, clear_messages=clear, slowest_message_s=round(slowest, 3))
    assert clear == runs
    within_bound(slowest)


def cli(folder: Path, *args: str, stdin: str = PW + "\n") -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    done = subprocess.run([PYTHON, "-m", "journal", "--data-dir", str(folder), "--passphrase-stdin", *args],
                          input=stdin, capture_output=True, text=True, env=python_env(), timeout=60)
    return done, time.monotonic() - started


def test_disk_full_on_a_real_full_filesystem(tmp_path: Path) -> None:
    runs = scale(5, 50)
    slowest_api = slowest_cli = 0.0
    clear = attempts = failed_checks = lost = leftovers = 0
    with tmpfs(tmp_path / "disk") as disk:
        folder = disk / "journal"
        vault = Vault.create(folder, PW, profile=kdf.TEST_PROFILE)
        saved: set[str] = set()
        try:
            for run in range(runs):
                saved.add(vault.save(CheckIn(mood=5, hope=5, note=f"kept {run}")).id)
                vault.query("PRAGMA wal_checkpoint(TRUNCATE)")
                filler = fill(disk)
                actions = [
                    lambda v=vault: v.save(CheckIn(mood=5, hope=5, note="a long note " * 40_000)),
                    lambda v=vault: v.import_data(big_import(20)),
                    lambda v=vault: v.backup(disk / "backup.db"),
                    lambda v=vault: v.change_passphrase(PW2, profile=kdf.TEST_PROFILE),
                ]
                for action in actions:
                    error, seconds = timed(action)
                    attempts += 1
                    slowest_api = max(slowest_api, seconds)
                    clear += isinstance(error, DiskFull) and error.message == messages.DISK_FULL
                if run % 5 == 0:  # the command line says it too, in one sentence, exit code 1
                    vault.close()
                    done, seconds = cli(folder, "checkin", "--mood", "5", "--hope", "5",
                                        "--note", "x" * 100_000)
                    attempts += 1
                    slowest_cli = max(slowest_cli, seconds)
                    clear += done.returncode == 1 and done.stderr.strip() == messages.DISK_FULL
                    vault = Vault.open(folder, PW)
                filler.unlink()  # space returns
                leftovers += sorted(p.name for p in folder.iterdir()) != [
                    "vault.db", "vault.db-shm", "vault.db-wal", "vault.db.lock"]
                leftovers += (disk / "backup.db").exists() or bool(list(disk.glob("*.partial*")))
                saved.add(vault.save(CheckIn(mood=5, hope=5, note=f"after {run}")).id)
                failed_checks += not vault.check().ok
                lost += len(saved - {c.id for c in vault.list("checkin")})
        finally:
            vault.close()
        with pytest.raises(WrongPassphrase):  # every passphrase change failed: the old one opens
            check_passphrase_on_file(paths.vault_path(folder), PW2)
    record("disk-full-tmpfs", runs=runs, attempts=attempts, clear_messages=clear,
           slowest_api_message_s=round(slowest_api, 3), slowest_cli_s=round(slowest_cli, 3),
           failed_checks=failed_checks, lost_entries=lost, runs_with_leftover_files=leftovers)
    assert clear == attempts
    assert (failed_checks, lost, leftovers) == (0, 0, 0)
    within_bound(slowest_api)


def test_read_only_filesystem(tmp_path: Path) -> None:
    runs = scale(5, 50)
    slowest_api = slowest_cli = 0.0
    clear = attempts = changed = failed_checks = 0
    with tmpfs(tmp_path / "stick") as stick:
        folder = stick / "journal"
        with Vault.create(folder, PW, profile=kdf.TEST_PROFILE) as vault:
            vault.save(CheckIn(mood=5, hope=5, note="written before the stick was locked"))
        for run in range(runs):
            subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
            try:
                before = files(folder)
                error, seconds = timed(lambda: Vault.open(folder, PW))
                attempts += 1
                slowest_api = max(slowest_api, seconds)
                clear += isinstance(error, ReadOnlyStorage) and error.message == messages.READ_ONLY_OPEN
                if run % 5 == 0:
                    done, seconds = cli(folder, "checkin", "--mood", "5", "--hope", "5")
                    attempts += 1
                    slowest_cli = max(slowest_cli, seconds)
                    clear += done.returncode == 1 and done.stderr.strip() == messages.READ_ONLY_OPEN
                changed += files(folder) != before
            finally:
                subprocess.run(["mount", "-o", "remount,rw", str(stick)], check=True)
            with Vault.open(folder, PW) as vault:  # writable again: all there, healthy
                failed_checks += not vault.check().ok or vault.count("checkin") != run + 1
                vault.save(CheckIn(mood=5, hope=5, note=f"after {run}"))
    record("read-only-tmpfs", runs=runs, attempts=attempts, clear_messages=clear,
           slowest_api_message_s=round(slowest_api, 3), slowest_cli_s=round(slowest_cli, 3),
           runs_with_file_changes=changed, failed_checks=failed_checks)
    assert clear == attempts
    assert (changed, failed_checks) == (0, 0)
    within_bound(slowest_api)


_OPEN_CHILD = """
import sys, time
from pathlib import Path
from journal import kdf
kdf.KNOWN_PROFILES = (kdf.TEST_PROFILE,)
from journal.vault import Vault
started = time.monotonic()
try:
    Vault.open(Path(sys.argv[1]), sys.argv[2]).close()
    print("opened")
except Exception as error:
    print(f"{time.monotonic() - started:.4f}", type(error).__name__, getattr(error, "message", error))
"""


def cannot_write_here(
    folder: Path,
) -> tuple[list[str], Callable[[], contextlib.AbstractContextManager[object]]]:
    """A prefix for commands that must find `folder` unwritable, and a context that makes it so.

    As a normal user: the folder made 0500 (the owner may read, not write). As root, whom modes do
    not stop: the folder bound read-only in a private mount namespace, as a write-protected stick
    is mounted (`unshare -m`; a root without mount rights cannot run this test).
    """
    if os.name != "posix":
        pytest.skip("folder modes and mount namespaces as POSIX has them")
    if os.geteuid() != 0:
        @contextlib.contextmanager
        def read_only_mode() -> Iterator[object]:
            folder.chmod(0o500)
            try:
                yield None
            finally:
                folder.chmod(0o700)

        return [], read_only_mode
    unshare = shutil.which("unshare")
    if unshare is None:
        unavailable("unshare is not installed (util-linux): as root, a read-only folder needs it")
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
    prefix = [unshare, "-m", "--propagation", "private", "sh", "-c", script, str(folder)]
    probe = subprocess.run([*prefix, "touch", str(folder / "probe")], capture_output=True, text=True)
    if "Read-only file system" not in probe.stderr:
        unavailable(f"a read-only bind mount could not be made here: {probe.stderr.strip()}")
    return prefix, contextlib.nullcontext


def test_opening_in_a_folder_that_cannot_be_written_to(tmp_path: Path) -> None:
    """The open says so in its own sentence (not the save message), exit 1 from the command line,
    nothing written; it opens normally once the folder is writable again."""
    runs = scale(2, 20)
    folder = tmp_path / "journal"
    with Vault.create(folder, PW, profile=kdf.TEST_PROFILE) as vault:
        vault.save(CheckIn(mood=5, hope=5, note="written while the folder was writable"))
    prefix, read_only = cannot_write_here(folder)
    slowest = 0.0
    clear = changed = 0
    for _ in range(runs):
        before = files(folder)
        with read_only():
            child = subprocess.run([*prefix, PYTHON, "-c", _OPEN_CHILD, str(folder), PW], capture_output=True,
                                   text=True, env=python_env(), timeout=60)
            seconds, kind, message = child.stdout.strip().split(" ", 2)
            slowest = max(slowest, float(seconds))
            clear += (kind, message) == ("ReadOnlyStorage", messages.READ_ONLY_OPEN)
            done = subprocess.run([*prefix, PYTHON, "-m", "journal", "--data-dir", str(folder),
                                   "--passphrase-stdin", "checkin", "--mood", "5", "--hope", "5"],
                                  input=PW + "\n", capture_output=True, text=True, env=python_env(),
                                  timeout=60)
            clear += done.returncode == 1 and done.stderr.strip() == messages.READ_ONLY_OPEN
        changed += files(folder) != before
    with Vault.open(folder, PW) as vault:  # writable again: everything there
        assert [c.note for c in vault.list("checkin")] == ["written while the folder was writable"]
    record("read-only-open-folder", runs=runs, as_root=os.geteuid() == 0, clear_messages=clear,
           attempts=2 * runs, slowest_open_s=round(slowest, 3), runs_with_file_changes=changed)
    assert clear == 2 * runs
    assert changed == 0
    within_bound(slowest)


def test_messages_are_one_plain_sentence() -> None:
    for text in (messages.DISK_FULL, messages.READ_ONLY, messages.READ_ONLY_OPEN):
        assert "\n" not in text and "errno" not in text.lower() and "sqlite" not in text.lower()
