"""Issue 6, test 2: 1,000 single-byte flips anywhere in the file (salt, page 1, IVs, HMACs,
anywhere) and 100 truncations/zero-fills → each one reported exactly as documented: as damaged
(refused at unlock, or found by check), a changed 16-byte salt included: it would read as a wrong
passphrase (the salt feeds the key), but the journal's automatic backup, made under the same key,
proves the passphrase right on the file's own pages (issue 12, point 15); 0 crashes, 0 writes to
the damaged file, no new files. Where the unlock refuses the file as damaged, the app offers the
newest good automatic backup (the same call its unlock screen makes), counted for each of those
mutations; a sample of the damaged files is restored from that backup and must read back exactly
as before the damage."""

from __future__ import annotations

import collections
import datetime as dt
import random
from pathlib import Path

import pytest

from journal import autobackup, cipher, kdf, messages, paths
from journal.cipher import check_passphrase_on_file
from journal.errors import JournalError, VaultDamaged, WrongPassphrase
from journal.records import CheckIn, Trigger
from journal.vault import Vault, check_file, restore_vault

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
    """How the app's unlock, then a check, sees the file: 'wrong passphrase', 'damaged at unlock',
    'damaged by check' or 'healthy'."""
    try:
        with Vault.open(folder, PW) as vault:
            return "healthy" if vault.check().ok else "damaged by check"
    except WrongPassphrase:
        return "wrong passphrase"
    except VaultDamaged as error:  # one of the two sentences, with or without the backups folder
        assert error.message in (messages.damaged(paths.backups_dir(folder)), messages.damaged(None))
        return "damaged at unlock"


def expected(data: bytes, pristine: bytes) -> str:
    """The documented verdict: damage, whatever changed. A file whose salt changed would read as a
    wrong passphrase, but this journal has an automatic backup under the same key (`build`), which
    tells it as damage (tests/journal/test_damaged_salt.py covers a journal without one)."""
    return "damaged"


def salt_changed(data: bytes, pristine: bytes) -> bool:
    """Whether the key's input changed on a file that is otherwise read (whole pages)."""
    whole_pages = len(data) >= P and len(data) % P == 0
    return whole_pages and data[: cipher.SALT_SIZE] != pristine[: cipher.SALT_SIZE]


def test_every_flip_truncation_and_zero_fill_is_reported_and_nothing_is_written(tmp_path: Path) -> None:
    flip_count = scale(40, 1000)
    cut_count = scale(10, 100)
    restore_every = scale(5, 20)
    rng = random.Random(2)
    folder = tmp_path / "journal"
    pristine = build(folder)
    path = paths.vault_path(folder)
    backup_bytes = files(paths.backups_dir(folder))
    with Vault.open(folder, PW) as vault:
        pristine_export = vault.export_data(exported_at="x")

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
    split: collections.Counter[str] = collections.Counter()
    wrongly_reported: list[str] = []
    crashes: list[str] = []
    writes = new_files = refused_as_damaged = offered = restored = 0
    restore_failures: list[str] = []
    for index, (kind, data) in enumerate(mutations):
        path.write_bytes(data)
        want = expected(data, pristine)
        try:
            seen = verdict(folder)
        except JournalError as error:  # a refusal, but not the one documented for this damage
            seen = type(error).__name__
        except Exception as error:  # counted: a crash is what this test hunts
            crashes.append(f"{kind}: {error!r}")
            continue
        outcomes[f"{kind} -> {seen}"] += 1
        split["wrong passphrase" if seen == "wrong passphrase" else "damaged"] += seen != "healthy"
        if seen != want and not (want == "damaged" and seen.startswith("damaged")):
            wrongly_reported.append(f"{kind} -> {seen} (documented: {want})")
        writes += path.read_bytes() != data
        # The lock file (empty, journal/locking.py) is made by the first open that gets that far.
        found = files(folder)
        new_files += found.pop("vault.db.lock", b"") != b""
        new_files += sorted(found) != sorted(["vault.db", *(f"backups/{n}" for n in backup_bytes)])
        backup = None
        if seen == "damaged at unlock":  # what the unlock screen then looks for and offers
            refused_as_damaged += 1
            backup = autobackup.latest_good_backup(folder, PW)
            offered += backup is not None
        if index % restore_every == 0 and seen != "healthy":
            # The offered backup (or, where the unlock said nothing, the one `restore` would use).
            backup = backup or autobackup.latest_good_backup(folder, PW)
            try:
                assert backup is not None, "no good backup"
                kept = restore_vault(folder, backup, PW)
                assert kept is not None and kept.parent == paths.backups_dir(folder)
                if kept.read_bytes() != data:
                    # The damage was on a page no record needs, so the journal still exported:
                    # the copy kept aside is that export, and it opens and checks out.
                    key, salt, _ = check_passphrase_on_file(kept, PW)
                    assert check_file(kept, key, salt).ok
                with Vault.open(folder, PW) as vault:
                    assert vault.check().ok
                    assert vault.export_data(exported_at="x") == pristine_export
                for side in kept.parent.glob(kept.name + "*"):  # with its -wal, kept byte for byte
                    side.unlink()
                restored += 1
            except Exception as error:
                restore_failures.append(f"{kind}: {error!r}")
    assert files(paths.backups_dir(folder)) == backup_bytes

    with_salt_changed = sum(salt_changed(data, pristine) for _, data in mutations)
    record("corruption", flips=flip_count, truncations_and_zero_fills=cut_count,
           reported_damaged=split["damaged"], reported_wrong_passphrase=split["wrong passphrase"],
           mutations_with_salt_changed=with_salt_changed, wrongly_reported=len(wrongly_reported),
           crashes=len(crashes), writes_to_damaged_file=writes, runs_with_new_files=new_files,
           refused_as_damaged_at_unlock=refused_as_damaged, backup_offered=offered,
           restores_sampled=restored, restore_failures=len(restore_failures),
           outcomes=dict(sorted(outcomes.items())))
    assert crashes == []
    assert wrongly_reported == []
    assert with_salt_changed > 0  # the salt's own verdict is exercised
    assert split["damaged"] == len(mutations) and split["wrong passphrase"] == 0, split
    assert writes == 0
    assert new_files == 0
    assert refused_as_damaged > 0 and offered == refused_as_damaged
    assert restore_failures == []
    assert restored == len(range(0, len(mutations), restore_every))


def test_a_vault_damaged_inside_is_restored_from_the_offered_backup(tmp_path: Path) -> None:
    """It still opens (page 1 is fine) but a deep page fails: the restore must still work."""
    folder = tmp_path / "journal"
    pristine = build(folder)
    damaged = bytearray(pristine)
    damaged[P + 100] ^= 0x55  # page 2, the check-ins table: an export must read it
    paths.vault_path(folder).write_bytes(bytes(damaged))
    assert verdict(folder) == "damaged by check"
    offered = autobackup.latest_good_backup(folder, PW)
    assert offered is not None
    kept = restore_vault(folder, offered, PW)
    assert kept is not None and kept.read_bytes() == bytes(damaged)  # the damaged one kept as it was
    with Vault.open(folder, PW) as vault:
        assert vault.check().ok and vault.count("checkin") == 40
