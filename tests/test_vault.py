"""The vault: opening, refusing, records, search, timeline, backup, restore, passphrase, check."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from pathlib import Path

import pytest

from journal import cipher, kdf, paths, schema
from journal.cipher import check_passphrase_on_file
from journal.errors import (
    InvalidInput,
    NewerVault,
    NotAVault,
    NoVault,
    VaultDamaged,
    VaultExists,
    WrongPassphrase,
)
from journal.records import AgendaItem, CheckIn, Contact, GratitudeList, Trigger
from journal.vault import TimelineFilter, Vault

from .conftest import PASSPHRASE


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x55
    path.write_bytes(bytes(data))


# ---- opening and refusing -------------------------------------------------------------------


def test_create_then_open_with_the_same_passphrase(vault: Vault, data_dir: Path) -> None:
    vault.save(CheckIn(mood=6, hope=7, note="first words"))
    vault.close()
    with Vault.open(data_dir, PASSPHRASE) as again:
        assert [c.note for c in again.recent_checkins()] == ["first words"]


def test_file_is_encrypted_and_salt_is_in_the_header(vault: Vault, data_dir: Path) -> None:
    vault.save(CheckIn(mood=6, hope=7, note="plainly secret words"))
    vault.close()
    raw = paths.vault_path(data_dir).read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"plainly secret" not in raw
    key, salt, profile = check_passphrase_on_file(paths.vault_path(data_dir), PASSPHRASE)
    assert salt == raw[:16] and profile == kdf.TEST_PROFILE and len(key) == 32


def test_creating_where_a_vault_exists_is_refused(vault: Vault, data_dir: Path) -> None:
    before = _files(data_dir)
    with pytest.raises(VaultExists):
        Vault.create(data_dir, "another", profile=kdf.TEST_PROFILE)
    assert _files(data_dir).keys() == before.keys()


def test_wrong_passphrase_is_refused_and_nothing_changes(vault: Vault, data_dir: Path) -> None:
    vault.save(CheckIn(mood=3, hope=4))
    vault.close()
    before = _files(data_dir)
    with pytest.raises(WrongPassphrase) as caught:
        Vault.open(data_dir, "not it")
    assert "Caps Lock" in caught.value.message and "reset" not in caught.value.message.lower()
    assert _files(data_dir) == before


@pytest.mark.parametrize("content", [None, b"", b"hello, I am a text file\n" * 500])
def test_opening_missing_empty_or_foreign_never_writes(tmp_path: Path, content: bytes | None) -> None:
    folder = tmp_path / "somewhere"
    if content is not None:
        folder.mkdir()
        paths.vault_path(folder).write_bytes(content)
    before = _files(folder) if folder.exists() else None
    with pytest.raises((NoVault, VaultDamaged, WrongPassphrase)):
        Vault.open(folder, PASSPHRASE)
    after = _files(folder) if folder.exists() else None
    assert after == before


def test_a_plain_sqlite_file_is_named_as_not_a_vault(tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    connection = sqlite3.connect(paths.vault_path(folder))
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    before = _files(folder)
    with pytest.raises(NotAVault):
        Vault.open(folder, PASSPHRASE)
    assert _files(folder) == before


def test_damaged_first_page_is_told_apart_from_a_wrong_passphrase(vault: Vault, data_dir: Path) -> None:
    for i in range(30):
        vault.save(CheckIn(mood=5, hope=5, note="words " * 200 + str(i)))
    vault.close()
    path = paths.vault_path(data_dir)
    _flip(path, 2000)  # inside page 1, after the salt
    before = path.read_bytes()
    with pytest.raises(VaultDamaged) as caught:
        Vault.open(data_dir, PASSPHRASE)
    assert not isinstance(caught.value, WrongPassphrase)
    assert "backup" in caught.value.message
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, "wrong")
    assert path.read_bytes() == before


def test_flipped_byte_deep_in_the_file_is_found_by_check(vault: Vault, data_dir: Path) -> None:
    for i in range(40):
        vault.save(CheckIn(mood=5, hope=5, note="words " * 200 + str(i)))
    vault.close()
    path = paths.vault_path(data_dir)
    _flip(path, path.stat().st_size - cipher.PAGE_SIZE * 2 + 100)
    with Vault.open(data_dir, PASSPHRASE) as opened:
        report = opened.check()
    assert not report.ok
    assert report.verdict().startswith("Your journal is damaged")


def test_a_vault_from_a_newer_version_is_refused_byte_identical(vault: Vault, data_dir: Path) -> None:
    with vault.transaction() as connection:
        connection.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION + 1}")
    vault.close()
    path = paths.vault_path(data_dir)
    before = path.read_bytes()
    with pytest.raises(NewerVault):
        Vault.open(data_dir, PASSPHRASE)
    assert path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["vault.db"]


def test_temp_store_is_memory_on_every_connection(vault: Vault) -> None:
    assert vault.query("PRAGMA temp_store") == [(2,)]
    assert vault.query("PRAGMA cipher_page_size") == [("4096",)]


def test_v0_prototype_vault_migrates_with_a_backup_first(tmp_path: Path) -> None:
    """A v0 vault (check-ins only, comma tags) opens as v1 with its entries, searchable."""
    import sqlcipher3

    folder = tmp_path / "old"
    folder.mkdir()
    salt = kdf.new_salt()
    key = kdf.derive_key(PASSPHRASE, salt, kdf.TEST_PROFILE)
    connection = sqlcipher3.connect(str(paths.vault_path(folder)))
    connection.execute(f"PRAGMA key = {cipher.key_pragma_value(key, salt)}")
    connection.execute(schema.V0_FIXTURE_SCHEMA)
    connection.execute(
        "INSERT INTO checkin VALUES ('a1', '2025-03-01T09:00:00+00:00', 4, 6, NULL, 1, 'meeting, walk',"
        " 'an old lighthouse note')"
    )
    connection.commit()
    connection.close()

    with Vault.open(folder, PASSPHRASE) as migrated:
        assert migrated.query("PRAGMA user_version") == [(schema.CURRENT_VERSION,)]
        (old,) = migrated.list("checkin")
        assert old == CheckIn(4, 6, None, True, ("meeting", "walk"), "an old lighthouse note",
                              "2025-03-01T09:00:00+00:00", "a1")
        assert [e.id for e in migrated.search("lighthouse")] == ["a1"]
    kept = list(paths.backups_dir(folder).glob("before-upgrade-v0-*.db"))
    assert len(kept) == 1


# ---- records --------------------------------------------------------------------------------


def test_each_kind_can_be_added_edited_listed_and_deleted(vault: Vault) -> None:
    records = [
        CheckIn(mood=4, hope=6, craving=3, peer_contact=True, tags=("meeting",), note="n"),
        Trigger(situation="Payday", category="times", intensity=7, response="called Sam"),
        GratitudeList(items=("tea", "sun")),
        Contact(name="Sam", role="sponsor", phone="07700 900000", support=("emotional",), crisis=True),
        AgendaItem(text="Ask about college"),
    ]
    for record in records:
        vault.save(record)
        assert vault.get(record.kind, record.id) == record
        edited = dataclasses.replace(record, id=record.id)
        if isinstance(record, CheckIn):
            edited = dataclasses.replace(record, note="changed")
        vault.save(edited)
        assert vault.list(record.kind)[-1] == edited
        assert vault.delete(record.kind, record.id) == edited
        assert vault.get(record.kind, record.id) is None


def test_invalid_values_are_refused_with_the_field_named(vault: Vault) -> None:
    with pytest.raises(InvalidInput, match=r"mood: 11 is out of range 0-10"):
        vault.save(CheckIn(mood=11, hope=2))
    with pytest.raises(InvalidInput, match=r"category"):
        vault.save(Trigger(situation="x", category="nope", intensity=2))
    with pytest.raises(InvalidInput, match=r"UTC offset"):
        vault.save(CheckIn(mood=1, hope=2, at="2026-01-01T10:00:00"))
    assert vault.count("checkin") == 0 and vault.count("trigger") == 0


def test_timeline_orders_everything_newest_first_and_pages(vault: Vault) -> None:
    for day in range(1, 11):
        vault.save(CheckIn(mood=5, hope=5, at=f"2026-11-{day:02d}T10:00:00+00:00", note=f"day {day}"))
        vault.save(GratitudeList(items=(f"thing {day}",), date=f"2026-11-{day:02d}"))
    first = vault.timeline(limit=4)
    assert [e.day for e in first] == ["2026-11-10", "2026-11-10", "2026-11-09", "2026-11-09"]
    assert first[0].kind == "gratitude" and first[1].kind == "checkin"
    rest = vault.timeline(before=(first[-1].sort_key, first[-1].id), limit=100)
    assert len(first) + len(rest) == 20
    assert not {e.id for e in first} & {e.id for e in rest}
    only = vault.timeline(TimelineFilter(kinds=frozenset({"checkin"}), start_day="2026-11-03",
                                         end_day="2026-11-05"))
    assert [e.text for e in only] == ["day 5", "day 4", "day 3"]


def test_search_finds_words_across_kinds_by_prefix(vault: Vault) -> None:
    vault.save(CheckIn(mood=5, hope=5, note="Walked to the lighthouse with Maria"))
    vault.save(Trigger(situation="Passed the old lighthouse bar", category="places", intensity=6))
    vault.save(GratitudeList(items=("the lighthouse keeper's smile",)))
    vault.save(AgendaItem(text="Talk about the lighthouse job"))
    vault.save(CheckIn(mood=5, hope=5, note="Nothing to see"))
    assert {e.kind for e in vault.search("lightho")} == {"checkin", "trigger", "gratitude", "agenda"}
    assert vault.search_count("lighthouse") == 4
    assert vault.search("lighthouse maria")[0].text.startswith("Walked")
    assert vault.search('"; DROP TABLE checkins; --') == []
    edited = dataclasses.replace(vault.list("checkin")[0], note="Now about the harbour")
    vault.save(edited)
    assert vault.search_count("lighthouse") == 3
    assert [e.id for e in vault.search("harbour")] == [edited.id]


def test_tags_are_offered_most_used_first(vault: Vault) -> None:
    vault.save(CheckIn(mood=5, hope=5, tags=("walk", "meeting")))
    vault.save(CheckIn(mood=5, hope=5, tags=("meeting",)))
    assert vault.tags_by_use() == ["meeting", "walk"]


def test_personal_settings_live_inside_the_vault(vault: Vault, data_dir: Path) -> None:
    vault.set_setting("name", "Jo Marker-7f3a")
    vault.set_setting("autolock_minutes", 10)
    vault.close()
    assert b"Marker-7f3a" not in paths.vault_path(data_dir).read_bytes()
    with Vault.open(data_dir, PASSPHRASE) as again:
        assert again.setting("name") == "Jo Marker-7f3a" and again.setting("autolock_minutes") == 10
        assert again.setting("keyworker", "") == ""


def test_default_crisis_helplines_are_there_and_editable(vault: Vault) -> None:
    lines = vault.list("helpline")
    assert [(h.name, h.phone) for h in lines] == [("Samaritans", "116 123"), ("FRANK", "0300 123 6600")]
    vault.save(dataclasses.replace(lines[1], phone="0300 000 0000"))
    assert vault.list("helpline")[1].phone == "0300 000 0000"


def test_a_failed_transaction_leaves_nothing_behind(vault: Vault) -> None:
    with pytest.raises(RuntimeError), vault.transaction():
        vault.save(CheckIn(mood=5, hope=5))
        raise RuntimeError("boom")
    assert vault.count("checkin") == 0


# ---- backup, restore, passphrase, check -------------------------------------------------------


def test_backup_is_encrypted_consistent_and_opens(vault: Vault, tmp_path: Path) -> None:
    for i in range(50):
        vault.save(CheckIn(mood=i % 11, hope=5, note=f"entry {i}"))
    copy = vault.backup(tmp_path / "copies" / "b.db")
    folder = tmp_path / "restored-view"
    folder.mkdir()
    os.replace(copy, paths.vault_path(folder))
    with Vault.open(folder, PASSPHRASE) as opened:
        assert opened.check().ok
        assert opened.export_data()["checkins"] == vault.export_data()["checkins"]
        assert opened.search_count("entry") == 50
        assert opened.query("PRAGMA user_version") == [(schema.CURRENT_VERSION,)]


def test_restore_keeps_the_current_vault_first(vault: Vault, tmp_path: Path, data_dir: Path) -> None:
    vault.save(CheckIn(mood=1, hope=1, note="before backup"))
    backup = vault.backup(tmp_path / "b.db")
    vault.save(CheckIn(mood=2, hope=2, note="after backup"))
    kept = vault.restore_from(backup, PASSPHRASE)
    assert [c.note for c in vault.list("checkin")] == ["before backup"]
    folder = tmp_path / "kept"
    folder.mkdir()
    os.replace(kept, paths.vault_path(folder))
    with Vault.open(folder, PASSPHRASE) as previous:
        assert len(previous.list("checkin")) == 2


def test_passphrase_change_is_all_or_nothing(vault: Vault, data_dir: Path, monkeypatch) -> None:
    vault.save(CheckIn(mood=5, hope=5, note="keep me"))

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(Exception):  # noqa: B017 - DiskFull, whatever the platform says
        vault.change_passphrase("brand new")
    monkeypatch.undo()
    assert vault.list("checkin")[0].note == "keep me"  # still open and usable
    vault.close()
    assert sorted(p.name for p in data_dir.iterdir() if p.is_file()) == ["vault.db"]
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, "brand new")
    with Vault.open(data_dir, PASSPHRASE) as again:
        again.change_passphrase("brand new")
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, PASSPHRASE)
    with Vault.open(data_dir, "brand new") as again:
        assert again.list("checkin")[0].note == "keep me"
        assert again.check().ok


def test_check_on_a_healthy_vault(vault: Vault) -> None:
    vault.save(CheckIn(mood=5, hope=5))
    report = vault.check()
    assert report.ok and report.verdict().startswith("Your journal is healthy")


def test_one_timeline_row_reflects_an_edit(vault: Vault) -> None:
    checkin = vault.save(CheckIn(mood=2, hope=3, note="before", at="2026-11-01T10:00:00+00:00"))
    vault.save(dataclasses.replace(checkin, note="after the edit", at="2026-11-02T10:00:00+00:00"))
    entry = vault.timeline_entry("checkin", checkin.id)
    assert entry is not None and entry.text == "after the edit" and entry.day == "2026-11-02"
    assert vault.timeline_entry("checkin", "no-such-id") is None


def test_a_backup_does_not_hold_up_saves(tmp_path: Path) -> None:
    """The daily backup runs beside the app's worker: saving goes on while it copies."""
    import threading
    import time

    from .conftest import filled_vault

    vault, _ = filled_vault(tmp_path, 730)
    with vault:
        finished: list[float] = []
        counts: list[dict[str, int]] = []

        def run() -> None:
            counts.append(vault.backup_with_counts(tmp_path / "b.db"))
            finished.append(time.perf_counter())

        thread = threading.Thread(target=run)
        thread.start()
        saved_at = []
        while thread.is_alive():
            vault.save(CheckIn(mood=5, hope=5, note="while backing up"))
            saved_at.append(time.perf_counter())
        thread.join()
        assert sum(t < finished[0] for t in saved_at) >= 3  # held up, at most one could slip in
        folder = tmp_path / "copy"
        folder.mkdir()
        os.replace(tmp_path / "b.db", paths.vault_path(folder))
        with Vault.open(folder, PASSPHRASE) as copy:
            assert copy.check().ok
            assert {k: copy.count(k) for k in counts[0]} == counts[0]
