"""Issue 6, test 1: kill -9 at random moments during check-ins, imports, backups, passphrase
changes and migrations → 0 vaults failing check, 0 entries lost or changed that had been reported
saved (each compared by content, not only by id), after a kill during a passphrase change exactly
one of old/new opens, and after the next open no temporary vault file (create, rekey, restore)
is left beside the journal."""

from __future__ import annotations

import collections
import random
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest
import sqlcipher3

from journal import cipher, kdf, paths, schema
from journal.cipher import check_passphrase_on_file
from journal.errors import WrongPassphrase
from journal.records import CheckIn
from journal.vault import Vault, check_file

from .common import DRIVER, PW, PW2, PYTHON, digest, python_env, record, scale

pytestmark = pytest.mark.usefixtures("fast_kdf")

V0_ROWS = 400


class Run:
    """One driver process: its output lines with the time each arrived."""

    def __init__(self, folder: Path, seed: int, current: str, other: str, migrate: bool) -> None:
        args = [PYTHON, str(DRIVER), str(folder), str(seed)] + (["--migrate"] if migrate else [])
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, env=python_env())
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{current}\n{other}\n")
        self.proc.stdin.close()
        self.lines: list[str] = []
        self.seen = {"ready": threading.Event(), "start migrate": threading.Event()}
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            line = line.rstrip("\n")
            self.lines.append(line)
            if line in self.seen:
                self.seen[line].set()

    def kill(self) -> str:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        self._reader.join(timeout=30)
        assert self.proc.stderr is not None
        return self.proc.stderr.read()


def make_v0_vault(folder: Path) -> dict[str, str]:
    """A version-0 prototype vault (the layout schema.migrate upgrades), with V0_ROWS check-ins;
    returns the digest each must have once migrated."""
    folder.mkdir(parents=True)
    salt = kdf.new_salt()
    key = kdf.derive_key(PW, salt, kdf.TEST_PROFILE)
    connection = sqlcipher3.connect(str(paths.vault_path(folder)))
    connection.execute(f"PRAGMA key = {cipher.key_pragma_value(key, salt)}")
    for pragma in cipher.CONNECTION_PRAGMAS:
        connection.execute(pragma)
    connection.execute(schema.V0_FIXTURE_SCHEMA)
    ids = {f"v0-{i}" for i in range(V0_ROWS)}
    connection.executemany(
        "INSERT INTO checkin VALUES (?, '2025-03-01T09:00:00+00:00', 4, 6, NULL, 1, 'meeting, walk', ?)",
        [(i, "an old note " * 40) for i in sorted(ids)],
    )
    connection.commit()
    connection.close()
    migrated = (CheckIn(4, 6, None, True, ("meeting", "walk"), "an old note " * 40,
                        "2025-03-01T09:00:00+00:00", i) for i in sorted(ids))
    return {f"checkin:{r.id}": digest(r) for r in migrated}


def stored(vault: Vault) -> dict[str, str]:
    """Every check-in and agenda item in the vault, by kind:id, with its content's digest."""
    return {f"{kind}:{r.id}": digest(r) for kind in ("checkin", "agenda") for r in vault.list(kind)}


def temporary_files(folder: Path) -> list[str]:
    """Temporary vault files (a new vault being built) and SQLite's files beside them."""
    temps = [paths.beside(paths.vault_path(folder), suffix) for suffix in paths.VAULT_TEMP_SUFFIXES]
    return sorted(p.name for temp in temps for p in folder.glob(temp.name + "*"))


def test_kill_9_mid_write_loses_nothing(tmp_path: Path) -> None:
    kills = scale(10, 500)
    per_folder = 25
    rng = random.Random(20261122)
    v0_template = tmp_path / "v0-template"
    v0_ids = make_v0_vault(v0_template)

    interrupted: collections.Counter[str] = collections.Counter()
    failed_checks = lost = changed = both_or_neither = 0
    temps_after_kill = 0
    left_after_open: list[str] = []
    saved_total = backups_checked = passwd_kills = migrate_kills = 0
    folder = tmp_path / "none"
    saved: dict[str, str] = {}
    current, other = PW, PW2
    started = time.monotonic()

    for kill_number in range(kills):
        migrate = kill_number % 10 == 9
        if migrate:  # a fresh v0 vault; the kill lands in or after its migration
            folder = tmp_path / f"v0-{kill_number}"
            shutil.copytree(v0_template, folder)
            saved, current, other = dict(v0_ids), PW, PW2
        elif kill_number % per_folder == 0 or not folder.name.startswith("vault"):
            folder = tmp_path / f"vault-{kill_number}"
            Vault.create(folder, PW, profile=kdf.TEST_PROFILE).close()
            saved, current, other = {}, PW, PW2

        run = Run(folder, rng.randrange(2**32), current, other, migrate)
        if migrate:
            assert run.seen["start migrate"].wait(60), run.lines
            time.sleep(rng.uniform(0, 0.05))  # a migration of V0_ROWS takes ~30 ms
        else:
            assert run.seen["ready"].wait(60), run.lines
            time.sleep(rng.uniform(0, 0.6))
        stderr = run.kill()
        assert "Traceback" not in stderr, stderr

        # What the driver had reported when it died.
        backups: list[tuple[Path, str]] = []
        in_progress = ""
        for line in run.lines:
            word, _, rest = line.partition(" ")
            if word == "start":
                in_progress = rest
            elif word == "done":
                in_progress = ""
            elif word == "saved":
                kind, record_id, content = rest.split()
                saved[f"{kind}:{record_id}"] = content
                saved_total += 1
            elif word == "imported":
                for item in rest.split():
                    kind, record_id, content = item.split(":")
                    saved[f"{kind}:{record_id}"] = content
                    saved_total += 1
            elif word == "backup":
                backups.append((Path(rest), current))
            elif word == "passwd-done":
                current, other = other, current
        interrupted[in_progress or "between operations"] += 1
        passwd_kills += in_progress == "passwd"
        migrate_kills += in_progress == "migrate"

        # Exactly one of the two passphrases opens the file, every time.
        opens = []
        for candidate in (current, other):
            try:
                check_passphrase_on_file(paths.vault_path(folder), candidate)
                opens.append(candidate)
            except WrongPassphrase:
                pass
        if len(opens) != 1 or (opens != [current] and in_progress != "passwd"):
            both_or_neither += 1
        elif opens != [current]:  # killed after the rename, before change_passphrase returned
            current, other = other, current
        temps_after_kill += bool(temporary_files(folder))
        with Vault.open(folder, current) as vault:
            left_after_open += temporary_files(folder)  # the next open clears what a kill left
            report = vault.check()
            failed_checks += not report.ok
            found = stored(vault)
            lost += len(saved.keys() - found.keys())
            changed += sum(found[key] != content for key, content in saved.items() if key in found)
        for backup, passphrase in backups:
            key, salt, _ = check_passphrase_on_file(backup, passphrase)
            failed_checks += not check_file(backup, key, salt).ok
            backups_checked += 1

    seconds = time.monotonic() - started
    record("kill9", kills=kills, failed_checks=failed_checks, lost_entries=lost, changed_entries=changed,
           entries_reported_saved=saved_total, passphrase_both_or_neither=both_or_neither,
           kills_leaving_temporary_files=temps_after_kill, left_after_next_open=sorted(set(left_after_open)),
           kills_mid_passwd=passwd_kills, kills_mid_migration=migrate_kills,
           backups_checked=backups_checked, interrupted=dict(interrupted), seconds=round(seconds))
    assert failed_checks == 0
    assert lost == 0
    assert changed == 0
    assert both_or_neither == 0
    assert left_after_open == []
    assert sum(interrupted.values()) == kills
