"""Issue 6, test 8: automatic encrypted backups. A rotating set (first unlock of each day, 7 daily
and 4 weekly kept), each opens, passes check and matches the vault; a kill during a backup leaves
the earlier backups intact."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from journal import autobackup, kdf, paths
from journal.cipher import check_passphrase_on_file
from journal.errors import WrongPassphrase
from journal.records import CheckIn
from journal.vault import Vault, check_file

from .common import PW, PW2, PYTHON, python_env, record, scale

pytestmark = pytest.mark.usefixtures("fast_kdf")

START = dt.date(2026, 9, 1)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def export_of(file: Path, passphrase: str, tmp: Path) -> dict[str, object]:
    """What a backup holds, as export data (opened from a copy so the backup stays untouched)."""
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    shutil.copyfile(file, paths.vault_path(tmp))
    with Vault.open(tmp, passphrase) as copy:
        data = copy.export_data(exported_at="x")
    shutil.rmtree(tmp)
    return data


def test_daily_backups_rotate_7_daily_4_weekly_and_each_matches(vault: Vault, tmp_path: Path) -> None:
    days = scale(16, 70)
    rng = random.Random(8)
    checked = 0
    for offset in range(days):
        day = START + dt.timedelta(days=offset)
        for _ in range(rng.randint(1, 4)):
            vault.save(CheckIn(mood=rng.randint(0, 10), hope=rng.randint(0, 10),
                               note=f"day {day} " * rng.randint(1, 400)))
        made = autobackup.run_daily_backup(vault, today=day)
        assert made == autobackup.auto_dir(vault.folder) / f"daily-{day}.db"
        # A second unlock the same day makes nothing new.
        assert autobackup.run_daily_backup(vault, today=day) is None
        assert export_of(made, PW, tmp_path / "copy") == vault.export_data(exported_at="x")
        checked += 1

    kept = autobackup.automatic_backups(vault.folder)
    daily = sorted(p.name for p in kept if p.name.startswith("daily-"))
    weekly = sorted(p.name for p in kept if p.name.startswith("weekly-"))
    last = START + dt.timedelta(days=days - 1)
    assert daily == [f"daily-{last - dt.timedelta(days=n)}.db" for n in range(6, -1, -1)]
    weeks = sorted({paths.iso_week(START + dt.timedelta(days=n)) for n in range(days)})
    assert weekly == [f"weekly-{w}.db" for w in weeks[-4:]]
    for backup in kept:  # every kept backup opens, passes check, and is private
        key, salt, _ = check_passphrase_on_file(backup, PW)
        assert check_file(backup, key, salt).ok, backup
        assert backup.stat().st_mode & 0o077 == 0
    assert sorted(p.name for p in autobackup.auto_dir(vault.folder).iterdir()) == sorted(daily + weekly)
    record("autobackup-rotation", days=days, backups_verified_against_vault=checked,
           kept_daily=len(daily), kept_weekly=len(weekly), all_kept_pass_check=True)


def test_latest_good_backup_skips_damaged_and_other_passphrase(vault: Vault, tmp_path: Path) -> None:
    for offset in range(3):
        vault.save(CheckIn(mood=5, hope=5, note=f"entry {offset}"))
        autobackup.run_daily_backup(vault, today=START + dt.timedelta(days=offset))
    newest = autobackup.auto_dir(vault.folder) / f"daily-{START + dt.timedelta(days=2)}.db"
    assert autobackup.latest_good_backup(vault.folder, PW) == newest
    with open(newest, "r+b") as handle:  # damage the newest: the one before is offered
        handle.seek(5000)
        byte = handle.read(1)
        handle.seek(5000)
        handle.write(bytes([byte[0] ^ 0xFF]))
    before = {p.name: digest(p) for p in autobackup.auto_dir(vault.folder).iterdir()}
    assert autobackup.latest_good_backup(vault.folder, PW) == newest.with_name(
        f"daily-{START + dt.timedelta(days=1)}.db")
    assert autobackup.latest_good_backup(vault.folder, PW2) is None
    assert {p.name: digest(p) for p in autobackup.auto_dir(vault.folder).iterdir()} == before


_BACKUP_ONE_DAY = """
import datetime as dt, sys
from pathlib import Path
from journal import kdf
kdf.KNOWN_PROFILES = (kdf.TEST_PROFILE,)
from journal import autobackup
from journal.vault import Vault
vault = Vault.open(Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n"))
print("ready", flush=True)
made = autobackup.run_daily_backup(vault, today=dt.date.fromisoformat(sys.argv[2]))
print("backup", made, flush=True)
"""


def test_a_kill_during_a_backup_leaves_earlier_backups_intact(tmp_path: Path) -> None:
    kills = scale(4, 60)
    rng = random.Random(88)
    folder = tmp_path / "journal"
    with Vault.create(folder, PW, profile=kdf.TEST_PROFILE) as vault:
        for i in range(600):
            vault.save(CheckIn(mood=5, hope=5, note=f"entry {i} " + "x" * 3000))
        for offset in range(10):
            autobackup.run_daily_backup(vault, today=START + dt.timedelta(days=offset))
    where = autobackup.auto_dir(folder)
    mid_backup = damaged = changed = completed = 0
    for kill in range(kills):
        day = START + dt.timedelta(days=10 + kill)
        before = {p.name: digest(p) for p in where.iterdir() if ".partial" not in p.name}
        proc = subprocess.Popen([PYTHON, "-c", _BACKUP_ONE_DAY, str(folder), day.isoformat()],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                env=python_env())
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(PW + "\n")
        proc.stdin.close()
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, 0.09))  # a whole daily backup of this vault takes ~75 ms
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        finished = "backup" in proc.stdout.read()
        completed += finished
        after = {p.name: digest(p) for p in where.iterdir() if ".partial" not in p.name}
        new_daily = f"daily-{day}.db"
        mid_backup += new_daily not in after
        # Every earlier backup is byte-identical, or was pruned after today's one was complete.
        for name, value in before.items():
            if name in after:
                changed += after[name] != value
            else:
                assert new_daily in after, f"{name} vanished before today's backup was complete"
        for name in after:
            key, salt, _ = check_passphrase_on_file(where / name, PW)
            damaged += not check_file(where / name, key, salt).ok
    # The next unlock cleans up whatever a kill left half-written and carries on.
    with Vault.open(folder, PW) as vault:
        autobackup.run_daily_backup(vault, today=START + dt.timedelta(days=10 + kills))
    assert not list(where.glob("*.partial*"))
    record("autobackup-kill", kills=kills, killed_mid_backup=mid_backup, completed_before_kill=completed,
           earlier_backups_changed=changed, backups_failing_check=damaged)
    assert changed == 0
    assert damaged == 0
    with pytest.raises(WrongPassphrase):  # backups are encrypted with the vault's passphrase
        check_passphrase_on_file(autobackup.automatic_backups(folder)[0], PW2)


def test_after_a_passphrase_change_today_s_backup_opens_with_the_new_one(vault: Vault) -> None:
    day = START
    first = autobackup.run_daily_backup(vault, today=day)
    assert first is not None
    vault.change_passphrase(PW2, profile=kdf.TEST_PROFILE)
    again = autobackup.run_daily_backup(vault, today=day)  # the next unlock, same day
    assert again == first
    assert autobackup.latest_good_backup(vault.folder, PW2) == first
    assert autobackup.run_daily_backup(vault, today=day) is None  # and only once
