"""Issue 6, test 2: 1,000 single-byte flips anywhere in the file (salt, page 1, IVs, HMACs,
anywhere) and 100 truncations/zero-fills → every one reported as damaged by open or check (wrong
passphrase when the flip is in the 16-byte salt), 0 crashes, 0 writes to the damaged file, no new
files, and a restore from the newest good automatic backup offered and working."""

from __future__ import annotations

import collections
import datetime as dt
import random
from pathlib import Path

import pytest

from journal import autobackup, cipher, kdf, paths
from journal.errors import JournalError, VaultDamaged, WrongPassphrase
from journal.records import CheckIn, Trigger
from journal.vault import Vault, restore_vault

from .common import PW, files, record, scale

pytestmark = pytest.mark.usefixtures("fast_kdf")

P = cipher.PAGE_SIZE


def build(folder: Path) -> bytes:
    with Vault.create(folder, PW, profile=kdf.TEST_PROFILE) as vault:
        for i in range(40):
            vault.save(CheckIn(mood=i % 11, hope=(i * 3) % 11, tags=("walk",), note=f"entry {i} " * 150))
            vault.save(Trigger(situation=f"situation {i}", category="places", intensity=i % 11))
        autobackup.run_daily_backup(vault, today=dt.date(2026, 11, 21))
    return paths.vault_path(folder).read_bytes()


def flips(size: int, count: int, rng: random.Random) -> list[tuple[str, int]]:
    """(where, offset) for `count` flips: salt, page 1, IVs, HMACs and anywhere, in fixed shares."""
    pages = size // P
    shares = [("salt", 0.1), ("page 1", 0.25), ("HMAC", 0.2), ("IV", 0.1), ("anywhere", 0.35)]
    chosen: list[tuple[str, int]] = []
    for where, share in shares:
        for _ in range(max(1, round(count * share))):
            page = rng.randrange(pages)
            if where == "salt":
                offset = rng.randrange(cipher.SALT_SIZE)
            elif where == "page 1":
                offset = rng.randrange(cipher.SALT_SIZE, P)
            elif where == "HMAC":
                offset = page * P + P - rng.randrange(1, cipher.HMAC_SIZE + 1)
            elif where == "IV":
                offset = page * P + P - cipher.HMAC_SIZE - rng.randrange(1, cipher.IV_SIZE + 1)
            else:
                offset = rng.randrange(size)
            chosen.append((where, offset))
    return chosen[:count]


def verdict(folder: Path) -> str:
    """How the app's unlock + check sees the file: 'wrong passphrase', 'damaged' or 'healthy'."""
    try:
        with Vault.open(folder, PW) as vault:
            return "healthy" if vault.check().ok else "damaged"
    except WrongPassphrase:
        return "wrong passphrase"
    except VaultDamaged as error:
        assert str(paths.backups_dir(folder)) in error.message or "backup" in error.message
        return "damaged"


def test_every_flip_truncation_and_zero_fill_is_reported_and_nothing_is_written(tmp_path: Path) -> None:
    flip_count = scale(40, 1000)
    cut_count = scale(10, 100)
    rng = random.Random(2)
    folder = tmp_path / "journal"
    pristine = build(folder)
    path = paths.vault_path(folder)
    backup_bytes = files(paths.backups_dir(folder))

    mutations: list[tuple[str, bytes]] = []
    for where, offset in flips(len(pristine), flip_count, rng):
        damaged = bytearray(pristine)
        damaged[offset] ^= rng.randrange(1, 256)
        mutations.append((f"flip {where}", bytes(damaged)))
    for i in range(cut_count):
        if i % 2 == 0:  # truncations: at page boundaries and anywhere
            cut = rng.randrange(1, len(pristine) // P) * P if i % 4 == 0 else rng.randrange(len(pristine))
            mutations.append(("truncate", pristine[:cut]))
        else:  # zero-fills: a whole page, or a run anywhere
            damaged = bytearray(pristine)
            if i % 4 == 1:
                page = rng.randrange(len(pristine) // P)
                damaged[page * P : (page + 1) * P] = bytes(P)
            else:
                start = rng.randrange(len(pristine) - 1)
                length = rng.randrange(1, min(8192, len(pristine) - start) + 1)
                damaged[start : start + length] = bytes(length)
            mutations.append(("zero-fill", bytes(damaged)))

    outcomes: collections.Counter[str] = collections.Counter()
    missed: list[str] = []
    crashes: list[str] = []
    writes = new_files = no_backup_offered = 0
    for kind, data in mutations:
        path.write_bytes(data)
        try:
            seen = verdict(folder)
        except JournalError as error:  # any other known error is a refusal too, in plain words
            seen = type(error).__name__
        except Exception as error:  # counted: a crash is what this test hunts
            crashes.append(f"{kind}: {error!r}")
            continue
        outcomes[f"{kind} -> {seen}"] += 1
        if seen == "healthy" or (seen == "wrong passphrase" and kind != "flip salt"):
            missed.append(f"{kind} -> {seen}")
        writes += path.read_bytes() != data
        new_files += sorted(files(folder)) != sorted(["vault.db", *(f"backups/{n}" for n in backup_bytes)])
        no_backup_offered += autobackup.latest_good_backup(folder, PW) is None
    assert files(paths.backups_dir(folder)) == backup_bytes

    # The offered backup restores the journal.
    offered = autobackup.latest_good_backup(folder, PW)
    assert offered is not None
    restore_vault(folder, offered, PW)
    with Vault.open(folder, PW) as vault:
        assert vault.check().ok and vault.count("checkin") == 40 and vault.count("trigger") == 40

    record("corruption", flips=flip_count, truncations_and_zero_fills=cut_count,
           reported=len(mutations) - len(missed) - len(crashes), missed=len(missed),
           crashes=len(crashes), writes_to_damaged_file=writes, runs_with_new_files=new_files,
           runs_without_backup_offered=no_backup_offered, outcomes=dict(sorted(outcomes.items())))
    assert crashes == []
    assert missed == []
    assert writes == 0
    assert new_files == 0
    assert no_backup_offered == 0


def test_a_vault_damaged_inside_is_restored_from_the_offered_backup(tmp_path: Path) -> None:
    """It still opens (page 1 is fine) but a deep page fails: the restore must still work."""
    folder = tmp_path / "journal"
    pristine = build(folder)
    damaged = bytearray(pristine)
    damaged[P + 100] ^= 0x55  # page 2, the check-ins table: an export must read it
    paths.vault_path(folder).write_bytes(bytes(damaged))
    assert verdict(folder) == "damaged"
    offered = autobackup.latest_good_backup(folder, PW)
    assert offered is not None
    kept = restore_vault(folder, offered, PW)
    assert kept is not None and kept.read_bytes() == bytes(damaged)  # the damaged one kept as it was
    with Vault.open(folder, PW) as vault:
        assert vault.check().ok and vault.count("checkin") == 40
