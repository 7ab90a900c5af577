"""What we know of SQLCipher 4's file format (journal/cipher.py), held against files SQLCipher
itself wrote: a passphrase is proven, or refused, or the file named damaged, without SQLite
opening it and without a byte written."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from journal import cipher, kdf, paths
from journal.cipher import check_passphrase_on_file
from journal.errors import NotAVault, NoVault, VaultDamaged, WrongPassphrase
from journal.records import CheckIn
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.journal.vault.helpers import files_in, flip


@pytest.fixture
def closed_vault(data_dir: Path) -> Path:
    with Vault.create(data_dir, PASSPHRASE, profile=kdf.TEST_PROFILE) as vault:
        for i in range(20):
            vault.save(CheckIn(mood=5, hope=5, note="words " * 150 + str(i)))
    return paths.vault_path(data_dir)


def test_every_page_sqlcipher_wrote_passes_our_hmac_check(closed_vault: Path) -> None:
    key, salt, profile = check_passphrase_on_file(closed_vault, PASSPHRASE)
    assert profile == kdf.TEST_PROFILE and len(key) == kdf.KEY_BYTES
    data = closed_vault.read_bytes()
    assert data[: cipher.SALT_SIZE] == salt and len(data) % cipher.PAGE_SIZE == 0
    mac_key = cipher.hmac_key(key, salt)
    pages = [data[i : i + cipher.PAGE_SIZE] for i in range(0, len(data), cipher.PAGE_SIZE)]
    assert len(pages) > 5
    assert all(cipher.page_is_authentic(page, n, mac_key) for n, page in enumerate(pages, 1))
    assert not cipher.page_is_authentic(pages[2], 2, mac_key)  # a page in the wrong place fails
    assert not cipher.page_is_authentic(pages[1], 2, cipher.hmac_key(os.urandom(32), salt))


def test_the_key_is_handed_to_sqlcipher_raw_with_its_salt() -> None:
    key, salt = bytes(range(32)), bytes(range(100, 116))
    assert cipher.key_pragma_value(key, salt) == f"\"x'{key.hex()}{salt.hex()}'\""


def test_a_wrong_passphrase_and_a_damaged_first_page_are_told_apart(closed_vault: Path) -> None:
    with pytest.raises(WrongPassphrase):
        check_passphrase_on_file(closed_vault, "not it")
    flip(closed_vault, 1000)  # inside page 1, after the salt
    with pytest.raises(VaultDamaged) as caught:
        check_passphrase_on_file(closed_vault, PASSPHRASE)
    assert not isinstance(caught.value, WrongPassphrase)
    assert str(paths.backups_dir(closed_vault.parent)) in caught.value.message
    with pytest.raises(WrongPassphrase):  # the later pages do not pass with a wrong key either
        check_passphrase_on_file(closed_vault, "not it")


def test_a_file_cut_short_is_damaged(closed_vault: Path) -> None:
    data = closed_vault.read_bytes()
    closed_vault.write_bytes(data[: len(data) - 100])
    with pytest.raises(VaultDamaged):
        check_passphrase_on_file(closed_vault, PASSPHRASE)


def test_what_is_not_a_vault_is_named_and_left_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    with pytest.raises(NoVault):
        check_passphrase_on_file(paths.vault_path(folder), PASSPHRASE)
    assert not folder.exists()
    folder.mkdir()
    paths.vault_path(folder).mkdir()  # a folder where the file should be
    with pytest.raises(NotAVault):
        check_passphrase_on_file(paths.vault_path(folder), PASSPHRASE)
    paths.vault_path(folder).rmdir()
    plain = sqlite3.connect(paths.vault_path(folder))
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    before = files_in(folder)
    with pytest.raises(NotAVault):
        check_passphrase_on_file(paths.vault_path(folder), PASSPHRASE)
    paths.vault_path(folder).write_bytes(b"")
    with pytest.raises(VaultDamaged, match="empty"):
        check_passphrase_on_file(paths.vault_path(folder), PASSPHRASE)
    assert files_in(folder).keys() == before.keys()


def test_checking_a_passphrase_writes_nothing(closed_vault: Path) -> None:
    before = files_in(closed_vault.parent)
    check_passphrase_on_file(closed_vault, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        check_passphrase_on_file(closed_vault, "not it")
    assert files_in(closed_vault.parent) == before
