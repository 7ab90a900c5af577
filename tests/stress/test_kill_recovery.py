"""Issue 13: kill -9 at random moments while a journal with a recovery key lives its life: check-ins,
passphrase changes, new recovery keys and resets with the key (tests/stress/recovery_driver.py).

After every kill the journal must open with exactly the secrets docs/security.md promises for that
moment: one of the two passphrases (the current one unless a change was under way); the current
recovery key always, even in the middle of a passphrase change or a reset; during a new recovery
key, exactly one of the old and the new key. `check` passes, nothing reported saved is lost, and
the next passphrase change (which settles an interrupted new key) keeps the key that opened.
There is no migration for the recovery key (nothing in an existing vault file changes), so none
is killed here; the schema migration's kills are in test_kill.py.
"""

from __future__ import annotations

import collections
import random
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from journal import kdf, paths, recovery
from journal.cipher import check_passphrase_on_file
from journal.errors import WrongPassphrase, WrongRecoveryKey
from journal.recovery import RecoveryKey
from journal.vault import Vault

from .common import PW, PW2, PYTHON, python_env, record, scale

pytestmark = pytest.mark.usefixtures("fast_kdf")
DRIVER = Path(__file__).with_name("recovery_driver.py")


class Run:
    """One driver process and the lines it printed, with the moment each arrived."""

    def __init__(self, folder: Path, seed: int, current: str, other: str, key: RecoveryKey) -> None:
        self.proc = subprocess.Popen(
            [PYTHON, str(DRIVER), str(folder), str(seed)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=python_env(),
        )
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{current}\n{other}\n{key.text()}\n")
        self.proc.stdin.close()
        self.lines: list[str] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))
            if line.startswith("ready"):
                self.ready.set()

    def kill(self) -> str:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        self._reader.join(timeout=30)
        assert self.proc.stderr is not None
        return self.proc.stderr.read()


def opens_with(folder: Path, key: RecoveryKey) -> bool:
    try:
        recovery.key_for_vault(folder, key)
    except WrongRecoveryKey:
        return False
    return True


def test_kill_9_with_a_recovery_key_keeps_every_promised_secret(tmp_path: Path) -> None:
    kills = scale(10, 200)
    per_folder = 20
    rng = random.Random(20261130)
    interrupted: collections.Counter[str] = collections.Counter()
    broken = collections.Counter[str]()
    saved_total = lost = 0
    folder = tmp_path / "none"
    saved: set[str] = set()
    current, other = PW, PW2
    key = RecoveryKey.new()
    fresh = True
    started = time.monotonic()

    for kill_number in range(kills):
        if fresh or kill_number % per_folder == 0:  # a broken journal is counted, then left
            fresh = False
            folder = tmp_path / f"journal-{kill_number}"
            with Vault.create(folder, PW, profile=kdf.TEST_PROFILE) as vault:
                key = vault.make_recovery_key()
            saved, current, other = set(), PW, PW2

        run = Run(folder, rng.randrange(2**32), current, other, key)
        assert run.ready.wait(60), run.lines
        time.sleep(rng.uniform(0, 0.5))
        stderr = run.kill()
        assert "Traceback" not in stderr, stderr

        in_progress, new_key = "", None
        for line in run.lines:
            word, _, rest = line.partition(" ")
            if word == "start":
                in_progress, _, named = rest.partition(" ")
                new_key = recovery.parse(named) if named else None
            elif word == "done":
                in_progress, new_key = "", None
            elif word == "saved":
                saved.add(rest.split()[-1])
                saved_total += 1
            elif word == "passwd-done":
                current, other = other, current
            elif word == "recovery-key-done":
                assert new_key is not None
                key = new_key
        interrupted[in_progress or "between operations"] += 1

        # Passphrases: exactly one opens; the current one unless a change was under way.
        opening = []
        for candidate in (current, other):
            try:
                check_passphrase_on_file(paths.vault_path(folder), candidate)
                opening.append(candidate)
            except WrongPassphrase:
                pass
        if len(opening) != 1 or (opening != [current] and in_progress not in ("passwd", "reset")):
            broken["passphrases"] += 1
            fresh = True
            continue
        if opening != [current]:  # killed after the rename, before the change returned
            current, other = other, current

        # Recovery keys: the current one always; during a new key, exactly one of old and new.
        if in_progress == "recovery-key":
            assert new_key is not None
            old_opens, new_opens = opens_with(folder, key), opens_with(folder, new_key)
            if old_opens == new_opens:
                broken["old and new key"] += 1
                fresh = True
                continue
            if new_opens:
                key = new_key
        elif not opens_with(folder, key):
            broken[f"recovery key after a kill during {in_progress or 'nothing'}"] += 1
            fresh = True
            continue

        with Vault.open(folder, current) as vault:
            if not vault.check().ok:
                broken["check"] += 1
            found = {str(row[0]) for row in vault.query("SELECT id FROM checkins")}
            lost += len(saved - found)
            # The next escrow settles an interrupted new key: the key that opened still opens,
            # and only it (an old key is never revived).
            vault.change_passphrase(other, profile=kdf.TEST_PROFILE)
            current, other = other, current
        if not opens_with(folder, key) or (new_key is not None and new_key != key
                                             and opens_with(folder, new_key)):
            broken["key after the next passphrase change"] += 1
            fresh = True
        if paths.recovery_path(folder).stat().st_mode & 0o777 != 0o600:
            broken["recovery.json mode"] += 1

    seconds = time.monotonic() - started
    record("kill9-recovery-key", kills=kills, broken=dict(broken), lost_entries=lost,
           entries_reported_saved=saved_total, interrupted=dict(interrupted), seconds=round(seconds))
    assert not broken, broken
    assert lost == 0
    assert sum(interrupted.values()) == kills
