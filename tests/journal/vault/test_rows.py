"""Records through the vault (journal/vault/rows.py): each kind saved, read, edited, deleted."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from journal import paths
from journal.errors import InvalidInput
from journal.records import AgendaItem, CheckIn, Contact, GratitudeList, Trigger
from journal.vault import Vault
from tests.conftest import PASSPHRASE


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
