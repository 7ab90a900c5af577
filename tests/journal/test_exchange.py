"""Export format v1: exact round trips, idempotent merges, whole refusal of a bad file."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from journal import exchange, kdf
from journal.errors import InvalidInput
from journal.records import CheckIn
from journal.vault import Vault
from tests.conftest import PASSPHRASE, dataset_path


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return json.loads(dataset_path(tmp_path_factory.mktemp("data"), 365).read_text())


def test_import_then_export_gives_back_the_same_file(vault: Vault, year: dict) -> None:
    report = vault.import_data(year)
    assert report.total_added == exchange.count_records(year)
    out = vault.export_data(exported_at=year["exported_at"])
    assert out == year
    assert exchange.dumps(out) == exchange.dumps(year)


def test_export_import_export_into_a_new_vault_is_identical(vault: Vault, year: dict, tmp_path: Path) -> None:
    vault.import_data(year)
    vault.save(CheckIn(mood=3, hope=9, note="Ünïcödé ✨ مرحبا שלום 你好", tags=("新",)))
    first = vault.export_data(exported_at="2026-11-22T10:00:00+00:00")
    with Vault.create(tmp_path / "other", PASSPHRASE, profile=kdf.TEST_PROFILE) as other:
        other.import_data(json.loads(exchange.dumps(first)))
        second = other.export_data(exported_at="2026-11-22T10:00:00+00:00")
    assert exchange.dumps(first) == exchange.dumps(second)


def test_importing_the_same_file_twice_adds_nothing(vault: Vault, year: dict) -> None:
    vault.import_data(year)
    before = vault.export_data(exported_at="x")
    report = vault.import_data(year)
    assert report.total_added == 0
    assert report.unchanged == exchange.count_records(year)
    assert vault.export_data(exported_at="x") == before


def test_a_record_edited_since_is_kept_not_overwritten(vault: Vault, year: dict) -> None:
    vault.import_data(year)
    first = vault.list("checkin")[0]
    import dataclasses

    vault.save(dataclasses.replace(first, note="my newer words"))
    report = vault.import_data(year)
    assert report.kept_different == 1 and "1 differs from your journal's copy" in report.sentence()
    assert vault.get("checkin", first.id).note == "my newer words"


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("checkins", 12, "mood"), 11, "checkins[12].mood: 11 is out of range 0-10"),
        (("checkins", 3, "at"), "yesterday", "checkins[3].at: \"yesterday\" is not a date and time"),
        (("checkins", 5, "tags"), "meeting", "checkins[5].tags: expected a list of text"),
        (("triggers", 2, "category"), "weather", "triggers[2].category: \"weather\" is not one of"),
        (("triggers", 0, "intensity"), "7", "triggers[0].intensity: \"7\" is not a whole number"),
        (("gratitude", 1, "date"), "2026-13-01", "gratitude[1].date"),
        (("contacts", 0, "crisis"), "yes", "contacts[0].crisis: expected true or false"),
        (("contacts", 4, "role"), "boss", "contacts[4].role"),
        (("agenda", 0, "done"), 1, "agenda[0].done"),
        (("checkins", 7, "note"), "a\x00b", "checkins[7].note: the text contains a NUL"),
        (("checkins", 8, "craving"), True, "checkins[8].craving"),
    ],
)
def test_one_bad_field_refuses_the_whole_file(vault: Vault, year: dict, path, value, message) -> None:
    vault.save(CheckIn(mood=5, hope=5, note="mine"))
    before = vault.export_data(exported_at="x")
    bad = copy.deepcopy(year)
    section, index, key = path
    bad[section][index][key] = value
    with pytest.raises(InvalidInput) as caught:
        vault.import_data(bad)
    assert message in caught.value.message
    assert vault.export_data(exported_at="x") == before


def test_missing_field_duplicate_id_and_wrong_format_are_named(vault: Vault, year: dict) -> None:
    bad = copy.deepcopy(year)
    del bad["checkins"][2]["hope"]
    with pytest.raises(InvalidInput, match=r"checkins\[2\]\.hope: this field is missing"):
        vault.import_data(bad)
    bad = copy.deepcopy(year)
    bad["triggers"][1]["id"] = bad["triggers"][0]["id"]
    with pytest.raises(InvalidInput, match=r"triggers\[1\]\.id: .* appears twice"):
        vault.import_data(bad)
    with pytest.raises(InvalidInput, match="newer"):
        vault.import_data({**year, "version": 3})
    with pytest.raises(InvalidInput, match="format"):
        vault.import_data({**year, "format": "something-else"})
    with pytest.raises(InvalidInput, match="not valid JSON"):
        exchange.loads(b'{"format": ')
    assert vault.count("checkin") == 0
