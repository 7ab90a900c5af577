"""One damaged salt byte is told as damage, not as a wrong passphrase, when the newest automatic
backup proves the passphrase right (issue 12, point 15; journal/cipher.py `_salt_damaged`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from journal import autobackup, kdf, paths
from journal.cipher import check_passphrase_on_file
from journal.errors import VaultDamaged, WrongPassphrase
from journal.records import CheckIn
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.journal.vault.helpers import files_in, flip


def journal(folder: Path, *, with_backup: bool) -> None:
    with Vault.create(folder, PASSPHRASE, profile=kdf.TEST_PROFILE) as vault:
        for i in range(10):
            vault.save(CheckIn(mood=5, hope=5, note=f"words {i} " * 50))
        if with_backup:
            assert autobackup.run_daily_backup(vault) is not None


@pytest.mark.parametrize("offset", [0, 7, 15])
def test_a_damaged_salt_byte_is_told_as_damage_and_the_backup_offered(tmp_path: Path, offset: int) -> None:
    folder = tmp_path / "journal"
    journal(folder, with_backup=True)
    flip(paths.vault_path(folder), offset)
    before = files_in(folder)
    with pytest.raises(VaultDamaged) as told:
        Vault.open(folder, PASSPHRASE)
    assert "looks damaged" in told.value.message and str(paths.backups_dir(folder)) in told.value.message
    assert files_in(folder) == before  # nothing written while finding out
    newest = paths.daily_backup_path(folder, dt.date.today())
    assert autobackup.latest_good_backup(folder, PASSPHRASE) == newest


def test_a_wrong_passphrase_is_still_a_wrong_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    journal(folder, with_backup=True)
    flip(paths.vault_path(folder), 3)
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, "not the passphrase at all")


def test_an_undamaged_journal_with_a_wrong_passphrase_costs_no_extra_derivation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backup has the journal's own salt, so the failed derivation already answered."""
    folder = tmp_path / "journal"
    journal(folder, with_backup=True)
    derived: list[bytes] = []
    real = kdf.derive_key

    def counting(passphrase: str, salt: bytes, profile: kdf.KdfProfile = kdf.DEFAULT_PROFILE) -> bytes:
        derived.append(salt)
        return real(passphrase, salt, profile)

    monkeypatch.setattr(kdf, "derive_key", counting)
    with pytest.raises(WrongPassphrase):
        check_passphrase_on_file(paths.vault_path(folder), "not the passphrase at all")
    salt = paths.vault_path(folder).read_bytes()[:16]
    assert set(derived) == {salt}


def test_without_a_backup_a_damaged_salt_cannot_be_told_from_a_wrong_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    journal(folder, with_backup=False)
    flip(paths.vault_path(folder), 3)
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, PASSPHRASE)
