"""Records through the vault (journal/vault/rows.py): each kind saved, read, edited, deleted."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from journal import paths
from journal.errors import InvalidInput
from journal.records import AgendaItem, CheckIn, Contact, GratitudeList, Record, Trigger
from journal.vault import Vault
from tests.conftest import PASSPHRASE

# Each kind as first written (every text field holds an "old" word) and as edited (every text field
# holds a "new" word instead, and other fields change too). Contacts are not searched.
EDITS: list[tuple[Record, dict[str, Any], tuple[str, ...], tuple[str, ...]]] = [
    (CheckIn(mood=4, hope=6, craving=3, peer_contact=True, tags=("lighthousetag",),
             note="walked to the lighthouse"),
     {"mood": 7, "craving": None, "peer_contact": False, "tags": ("harbourtag",),
      "note": "walked to the harbour"},
     ("lighthouse", "lighthousetag"), ("harbour", "harbourtag")),
    (Trigger(situation="Payday at the quayside", category="times", intensity=7,
             response="called Sam from the quayside", outcome="partly", note="quayside again"),
     {"situation": "Payday at the bandstand", "category": "places", "intensity": 3,
      "response": "rang Dee at the ferry", "outcome": "resisted", "note": "orchard instead"},
     ("quayside",), ("bandstand", "ferry", "orchard")),
    (GratitudeList(items=("tea by the canal", "sun"), date="2026-11-20"),
     {"items": ("tea in the meadow", "my sister rang")}, ("canal",), ("meadow", "sister")),
    (AgendaItem(text="Ask about college"), {"text": "Ask about the allotment", "done": True},
     ("college",), ("allotment",)),
    (Contact(name="Sam", role="sponsor", phone="07700 900000", support=("emotional",), crisis=True),
     {"name": "Samira", "role": "friend", "phone": "07700 900999", "email": "s@example.org",
      "notes": "evenings", "support": ("practical", "company"), "crisis": False}, (), ()),
]


@pytest.mark.parametrize(("record", "changes", "old_words", "new_words"), EDITS,
                         ids=[e[0].kind for e in EDITS])
def test_each_kind_can_be_added_edited_listed_and_deleted(
    vault: Vault, record: Record, changes: dict[str, Any], old_words: tuple[str, ...],
    new_words: tuple[str, ...],
) -> None:
    """An edit replaces every field, and the search index follows it: the new words find the
    record, the old ones no longer do (a stale index after an edit would fail here)."""
    vault.save(record)
    assert vault.get(record.kind, record.id) == record
    for word in old_words:
        assert [e.id for e in vault.search(word)] == [record.id], word
    edited = dataclasses.replace(record, **changes)
    assert edited != record and edited.id == record.id
    vault.save(edited)
    assert vault.get(record.kind, record.id) == edited
    assert [r for r in vault.list(record.kind) if r.id == record.id] == [edited]
    assert vault.count(record.kind) == 1
    for word in old_words:
        assert vault.search(word) == [], word
    for word in new_words:
        assert [e.id for e in vault.search(word)] == [record.id], word
    assert vault.delete(record.kind, record.id) == edited
    assert vault.get(record.kind, record.id) is None
    for word in new_words:
        assert vault.search(word) == [], word


def test_invalid_values_are_refused_with_the_field_named(vault: Vault) -> None:
    with pytest.raises(InvalidInput, match=r"mood: 11 is out of range 0-10"):
        vault.save(CheckIn(mood=11, hope=2))
    with pytest.raises(InvalidInput, match=r"category"):
        vault.save(Trigger(situation="x", category="nope", intensity=2))
    with pytest.raises(InvalidInput, match=r"UTC offset"):
        vault.save(CheckIn(mood=1, hope=2, at="2026-01-01T10:00:00"))
    assert vault.count("checkin") == 0 and vault.count("trigger") == 0


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
