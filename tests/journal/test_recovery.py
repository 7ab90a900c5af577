"""The recovery key in the core: its printed form, what it opens, and what each change does to it.

The design these tests hold the code to is docs/security.md, "Recovery key". The command-line
half (the sheet's key read back from the PDF) is tests/journal/test_recovery_cli.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal import kdf, paths, recovery
from journal.errors import (
    DiskFull,
    RecoveryKeyTypo,
    UsageError,
    VaultBusy,
    VaultDamaged,
    WrongPassphrase,
    WrongRecoveryKey,
)
from journal.records import CheckIn
from journal.recovery import ALPHABET, GROUP_SIZE, GROUPS, RecoveryKey
from journal.vault import Vault, escrow, restore_vault
from tests.conftest import PASSPHRASE
from tests.journal.vault.helpers import files_in

NEW = "a brand new passphrase"
pytestmark = pytest.mark.usefixtures("fast_open")

keys = st.integers(min_value=0, max_value=2**recovery.KEY_BITS - 1).map(RecoveryKey)


@pytest.fixture
def fast_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """Vaults here are made with the cheap test profile; opening tries only that one."""
    monkeypatch.setattr(kdf, "KNOWN_PROFILES", (kdf.TEST_PROFILE,))


@pytest.fixture
def journal(data_dir: Path) -> Iterator[Vault]:
    vault = Vault.create(data_dir, PASSPHRASE, profile=kdf.TEST_PROFILE)
    vault.save(CheckIn(mood=6, hope=7, note="the day I started"))
    yield vault
    vault.close()


def content(vault: Vault) -> dict[str, object]:
    data = vault.export_data()
    data.pop("exported_at")
    return data


def opens_with(folder: Path, key: RecoveryKey) -> bool:
    try:
        recovery.key_for_vault(folder, key)
    except WrongRecoveryKey:
        return False
    return True


# ---- the printed form ------------------------------------------------------------------------


def test_a_key_is_7_groups_of_5_from_an_alphabet_without_look_alikes() -> None:
    key = RecoveryKey.new()
    groups = key.text().split("-")
    assert len(groups) == GROUPS and all(len(g) == GROUP_SIZE for g in groups)
    assert set("".join(groups)) <= set(ALPHABET)
    assert not set("ILOU") & set(ALPHABET)
    assert len({RecoveryKey.new().bits for _ in range(50)}) == 50
    assert recovery.KEY_BITS >= 128


@given(keys)
def test_separators_case_a_pasted_prefix_and_look_alikes_do_not_matter(key: RecoveryKey) -> None:
    text = key.text()
    for typed in (
        text, text.lower(), text.replace("-", ""), text.replace("-", " "), f"  {text}\n",
        "Recovery key: " + text, text.replace("-", " – "), text.replace("0", "o").replace("1", "l"),
        " ".join(text.replace("-", "")),
    ):
        assert recovery.parse(typed) == key


@settings(max_examples=300)
@given(keys, st.integers(0, GROUPS * GROUP_SIZE - 1), st.sampled_from(ALPHABET + "U#É*"))
def test_one_wrong_character_anywhere_is_a_typo_in_its_group(
    key: RecoveryKey, position: int, replacement: str
) -> None:
    symbols = list(key.text().replace("-", ""))
    if symbols[position] == replacement:
        return
    symbols[position] = replacement
    with pytest.raises(RecoveryKeyTypo) as caught:
        recovery.parse("".join(symbols))
    assert caught.value.group == position // GROUP_SIZE + 1
    assert f"group {caught.value.group}" in caught.value.message.lower()
    assert isinstance(caught.value, UsageError) and caught.value.exit_code == 2


def test_every_single_substitution_and_swap_is_caught_in_every_position() -> None:
    """Exhaustive over a few keys: each of the 35 positions, each of the other 31 symbols, and
    each swap of two different symbols inside a group (Luhn mod 32 would miss 0↔Z)."""
    for key in (RecoveryKey(0), RecoveryKey(2**140 - 1), RecoveryKey.new(), RecoveryKey.new()):
        symbols = key.text().replace("-", "")
        for position in range(len(symbols)):
            for replacement in ALPHABET:
                if replacement == symbols[position]:
                    continue
                typed = symbols[:position] + replacement + symbols[position + 1 :]
                with pytest.raises(RecoveryKeyTypo) as caught:
                    recovery.parse(typed)
                assert caught.value.group == position // GROUP_SIZE + 1
        for group in range(GROUPS):
            for i in range(GROUP_SIZE):
                for j in range(i + 1, GROUP_SIZE):
                    a, b = group * GROUP_SIZE + i, group * GROUP_SIZE + j
                    if symbols[a] == symbols[b]:
                        continue
                    swapped = list(symbols)
                    swapped[a], swapped[b] = swapped[b], swapped[a]
                    with pytest.raises(RecoveryKeyTypo) as caught:
                        recovery.parse("".join(swapped))
                    assert caught.value.group == group + 1


@given(keys, st.integers(0, GROUPS - 1), st.integers(0, GROUPS - 1))
def test_a_group_typed_in_another_groups_place_is_a_typo(key: RecoveryKey, a: int, b: int) -> None:
    groups = key.groups()
    if groups[a] == groups[b]:
        return
    groups[a], groups[b] = groups[b], groups[a]
    with pytest.raises(RecoveryKeyTypo) as caught:
        recovery.parse("-".join(groups))
    assert caught.value.group == min(a, b) + 1


@given(keys, st.integers(0, GROUPS * GROUP_SIZE - 1), st.booleans())
def test_a_missing_or_extra_character_is_named_by_its_group_when_typed_in_groups(
    key: RecoveryKey, position: int, missing: bool
) -> None:
    groups = key.groups()
    group, index = divmod(position, GROUP_SIZE)
    g = groups[group]
    groups[group] = g[:index] + g[index + 1 :] if missing else g[:index] + "7" + g[index:]
    with pytest.raises(RecoveryKeyTypo) as caught:
        recovery.parse(" ".join(groups))
    assert caught.value.group == group + 1
    assert "every group has 5" in caught.value.message
    with pytest.raises(RecoveryKeyTypo) as together:
        recovery.parse("".join(groups))
    assert "it should have 35" in together.value.message


def test_an_empty_key_asks_for_the_key() -> None:
    with pytest.raises(RecoveryKeyTypo, match="Type the recovery key"):
        recovery.parse(" - ")


# ---- opening, and what each change does ----------------------------------------------------------


def test_the_recovery_key_opens_the_journal_as_it_was(journal: Vault, data_dir: Path) -> None:
    before = content(journal)
    key = journal.make_recovery_key()
    journal.close()
    with Vault.open_with_recovery_key(data_dir, recovery.parse(key.text().lower())) as vault:
        assert content(vault) == before
    assert paths.recovery_path(data_dir).stat().st_mode & 0o777 == 0o600


def test_reset_sets_a_new_passphrase_and_the_key_keeps_working(journal: Vault, data_dir: Path) -> None:
    before = content(journal)
    key = journal.make_recovery_key()
    journal.close()
    with Vault.open_with_recovery_key(data_dir, key) as vault:
        vault.reset_passphrase(key, NEW, profile=kdf.TEST_PROFILE)
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, PASSPHRASE)
    with Vault.open(data_dir, NEW) as vault:
        assert content(vault) == before
    assert opens_with(data_dir, key)


def test_after_passphrase_changes_the_same_key_still_works_and_stale_entries_go(
    journal: Vault, data_dir: Path
) -> None:
    key = journal.make_recovery_key()
    for passphrase in (NEW, "third one", PASSPHRASE):
        journal.change_passphrase(passphrase, profile=kdf.TEST_PROFILE)
        assert opens_with(data_dir, key)
        found = recovery.read_escrow(data_dir)
        assert found is not None
        assert list(found.entries) == [paths.vault_path(data_dir).read_bytes()[:16]]


def test_a_new_key_ends_the_old_one_and_a_wrong_key_changes_no_byte(journal: Vault, data_dir: Path) -> None:
    old = journal.make_recovery_key()
    new = journal.make_recovery_key()
    journal.close()
    assert opens_with(data_dir, new)
    before = files_in(data_dir)
    for wrong in (old, RecoveryKey.new()):
        with pytest.raises(WrongRecoveryKey, match="does not open this journal") as caught:
            Vault.open_with_recovery_key(data_dir, wrong)
        assert caught.value.exit_code == 3
    assert files_in(data_dir) == before  # not even SQLite's side files


def test_a_journal_without_a_recovery_key_says_so(journal: Vault, data_dir: Path) -> None:
    assert journal.recovery_key_made() is None
    journal.close()
    with pytest.raises(WrongRecoveryKey, match="No recovery key has been made"):
        Vault.open_with_recovery_key(data_dir, RecoveryKey.new())


def test_a_damaged_recovery_file_is_named_and_the_passphrase_still_opens(
    journal: Vault, data_dir: Path
) -> None:
    key = journal.make_recovery_key()
    journal.close()
    paths.recovery_path(data_dir).write_text("{not json")
    with pytest.raises(VaultDamaged, match=r"recovery\.json"):
        Vault.open_with_recovery_key(data_dir, key)
    Vault.open(data_dir, PASSPHRASE).close()


def test_unlocking_with_the_passphrase_never_reads_the_recovery_file(
    journal: Vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No extra work on the passphrase path: the recovery key is not part of unlocking."""
    journal.make_recovery_key()
    journal.close()

    def must_not(*_args: object) -> None:
        raise AssertionError("the unlock read recovery.json")

    monkeypatch.setattr(recovery, "read_escrow", must_not)
    monkeypatch.setattr(recovery, "read_escrow_quietly", must_not)
    Vault.open(data_dir, PASSPHRASE).close()


def test_unlocking_does_not_even_load_the_recovery_keys_cryptography(data_dir: Path) -> None:
    import subprocess
    import sys

    Vault.create(data_dir, PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    script = (
        "import sys; from journal import kdf; kdf.KNOWN_PROFILES = (kdf.TEST_PROFILE,); "
        "from journal.vault import Vault; "
        f"Vault.open(__import__('pathlib').Path({str(data_dir)!r}), {PASSPHRASE!r}).close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'nacl'))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_entry_is_written_before_the_vault_is_replaced(
    journal: Vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped right at the rename, the old file is in place and the key still opens it; an entry
    that cannot be written stops the change before anything is replaced."""
    key = journal.make_recovery_key()
    import os

    real_replace = os.replace

    def stop_at_the_vault(source: object, target: object) -> None:
        if Path(str(target)) == paths.vault_path(data_dir):
            assert opens_with(data_dir, key)  # both entries are there, the old file in place
            assert len(recovery.read_escrow(data_dir).entries) == 2  # type: ignore[union-attr]
            raise OSError(28, "No space left on device")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", stop_at_the_vault)
    with pytest.raises(DiskFull):
        journal.change_passphrase(NEW, profile=kdf.TEST_PROFILE)
    monkeypatch.setattr(os, "replace", real_replace)
    assert opens_with(data_dir, key)
    journal.close()
    Vault.open(data_dir, PASSPHRASE).close()

    def no_room(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    before = paths.vault_path(data_dir).read_bytes()
    with Vault.open(data_dir, PASSPHRASE) as vault:
        monkeypatch.setattr(recovery, "write_escrow", no_room)
        with pytest.raises(DiskFull):
            vault.change_passphrase(NEW, profile=kdf.TEST_PROFILE)
    assert paths.vault_path(data_dir).read_bytes() == before


def test_a_planted_recovery_file_cannot_redirect_the_escrow(journal: Vault, data_dir: Path) -> None:
    """Someone who can write the folder replaces recovery.json with one sealed to their key: the
    next passphrase change still seals to the person's key, never to theirs."""
    mine = journal.make_recovery_key()
    theirs = RecoveryKey.new()
    recovery.write_escrow(data_dir, recovery.Escrow(theirs.public_key(), {}))
    journal.change_passphrase(NEW, profile=kdf.TEST_PROFILE)
    assert opens_with(data_dir, mine)
    assert not opens_with(data_dir, theirs)


def test_an_interrupted_new_key_settles_to_the_one_recovery_json_holds(
    journal: Vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = journal.make_recovery_key()
    new = RecoveryKey.new()
    # Killed before the file was replaced: the vault has the new key as pending only.
    monkeypatch.setattr(recovery, "write_escrow", lambda *_a: (_ for _ in ()).throw(KeyboardInterrupt))
    with pytest.raises(KeyboardInterrupt):
        journal.make_recovery_key(new)
    monkeypatch.undo()
    monkeypatch.setattr(kdf, "KNOWN_PROFILES", (kdf.TEST_PROFILE,))
    journal.change_passphrase(NEW, profile=kdf.TEST_PROFILE)
    assert opens_with(data_dir, old) and not opens_with(data_dir, new)

    # Killed after the file was replaced, before the vault recorded it: the new key wins.
    real_set = journal.set_setting

    def stop_after_commit(key: str, value: object) -> None:
        if key == escrow.PUBLIC_KEY:
            raise KeyboardInterrupt
        real_set(key, value)

    monkeypatch.setattr(journal, "set_setting", stop_after_commit)
    with pytest.raises(KeyboardInterrupt):
        journal.make_recovery_key(new)
    monkeypatch.setattr(journal, "set_setting", real_set)
    assert opens_with(data_dir, new) and not opens_with(data_dir, old)
    journal.change_passphrase(PASSPHRASE, profile=kdf.TEST_PROFILE)
    assert opens_with(data_dir, new) and not opens_with(data_dir, old)
    assert journal.recovery_key_made()


def test_a_new_key_is_refused_while_the_journal_is_open_elsewhere(journal: Vault, data_dir: Path) -> None:
    other = Vault.open(data_dir, PASSPHRASE)
    try:
        with pytest.raises(VaultBusy):
            journal.make_recovery_key()
    finally:
        other.close()
    assert not paths.recovery_path(data_dir).exists()
    journal.make_recovery_key()


# ---- backups, as docs/security.md says ----------------------------------------------------------


def test_a_backup_made_before_a_passphrase_change_opens_as_the_docs_say(
    journal: Vault, data_dir: Path, tmp_path: Path
) -> None:
    key = journal.make_recovery_key()
    backup = journal.backup(tmp_path / "before-change.db")
    before = content(journal)
    journal.change_passphrase(NEW, profile=kdf.TEST_PROFILE)
    journal.save(CheckIn(mood=2, hope=3, note="after the change"))
    journal.close()
    # It opens with the passphrase of its day, not the new one…
    from journal.cipher import check_passphrase_on_file

    check_passphrase_on_file(backup, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        check_passphrase_on_file(backup, NEW)
    # …and put back with that passphrase, the journal still opens with the current recovery key.
    restore_vault(data_dir, backup, PASSPHRASE)
    assert opens_with(data_dir, key)
    with Vault.open_with_recovery_key(data_dir, key) as vault:
        assert content(vault) == before
        vault.reset_passphrase(key, NEW, profile=kdf.TEST_PROFILE)
    Vault.open(data_dir, NEW).close()


def test_restoring_an_older_backup_keeps_the_current_key_and_never_revives_an_old_one(
    journal: Vault, data_dir: Path, tmp_path: Path
) -> None:
    old = journal.make_recovery_key()
    backup = journal.backup(tmp_path / "with-the-old-key.db")
    current = journal.make_recovery_key()
    journal.restore_from(backup, PASSPHRASE)
    assert opens_with(data_dir, current) and not opens_with(data_dir, old)
    journal.change_passphrase(NEW, profile=kdf.TEST_PROFILE)
    assert opens_with(data_dir, current) and not opens_with(data_dir, old)


def test_a_closed_restore_of_a_backup_with_an_ended_key_leaves_no_key(
    journal: Vault, data_dir: Path, tmp_path: Path
) -> None:
    old = journal.make_recovery_key()
    backup = journal.backup(tmp_path / "old-key.db")
    current = journal.make_recovery_key()
    journal.change_passphrase(NEW, profile=kdf.TEST_PROFILE)  # the backup's passphrase no longer opens it
    journal.close()
    restore_vault(data_dir, backup, PASSPHRASE)
    with Vault.open(data_dir, PASSPHRASE) as vault:
        assert vault.recovery_key_made() is None  # Settings offers to make one
    salt = paths.vault_path(data_dir).read_bytes()[:16]
    assert salt.hex() not in json.loads(paths.recovery_path(data_dir).read_text())["entries"]
    assert not opens_with(data_dir, old) and not opens_with(data_dir, current)


def test_a_reset_of_a_planted_vault_seals_to_the_persons_own_key(
    journal: Vault, data_dir: Path, tmp_path: Path
) -> None:
    """A vault planted beside an entry sealed to the person's public key: the reset re-keys it and
    makes the person's key the one sealed to, so its planter cannot read what comes next."""
    mine = journal.make_recovery_key()
    journal.close()
    planted_folder = tmp_path / "planted"
    with Vault.create(planted_folder, "planter's words", profile=kdf.TEST_PROFILE) as planted:
        planted_key = planted.make_recovery_key()
    for name in (paths.VAULT_FILE, paths.RECOVERY_FILE):
        (data_dir / name).write_bytes((planted_folder / name).read_bytes())
    salt = paths.vault_path(data_dir).read_bytes()[:16]
    planted_data_key = recovery.key_for_vault(data_dir, planted_key)[0]
    recovery.write_escrow(data_dir, recovery.Escrow(
        mine.public_key(), {salt: recovery.seal(mine.public_key(), planted_data_key, salt)}
    ))
    with Vault.open_with_recovery_key(data_dir, mine) as vault:
        vault.reset_passphrase(mine, NEW, profile=kdf.TEST_PROFILE)
    assert opens_with(data_dir, mine) and not opens_with(data_dir, planted_key)


def test_a_lost_recovery_file_is_written_again_by_the_next_passphrase_change(
    journal: Vault, data_dir: Path
) -> None:
    key = journal.make_recovery_key()
    paths.recovery_path(data_dir).unlink()
    assert not paths.recovery_path(data_dir).exists()
    with pytest.raises(WrongRecoveryKey):
        recovery.key_for_vault(data_dir, key)
    journal.change_passphrase(NEW, profile=kdf.TEST_PROFILE)
    assert opens_with(data_dir, key)
