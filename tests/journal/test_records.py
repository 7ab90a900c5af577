"""The kinds of record and the rules their fields follow (journal/records.py): a value refused
anywhere is refused here, once, with the field named."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from journal.errors import InvalidInput
from journal.records import (
    MAX_TEXT_CHARS,
    RECORD_TYPES,
    AgendaItem,
    CheckIn,
    Contact,
    GratitudeList,
    Helpline,
    Trigger,
    check_date,
    check_scale,
    check_text,
    now_iso,
    parse_instant,
    utc_key,
    validate,
)


def test_every_kind_knows_its_name_and_a_fresh_record_is_valid() -> None:
    made = [
        CheckIn(mood=5, hope=6), Trigger(situation="payday", category="times", intensity=4),
        GratitudeList(items=("tea",)), Contact(name="Sam"), AgendaItem(text="college"),
        Helpline(name="Samaritans", phone="116 123"),
    ]
    assert {type(r): r.kind for r in made} == {cls: kind for kind, cls in RECORD_TYPES.items()}
    for record in made:
        validate(record)
    assert len({r.id for r in made}) == len(made)


def test_a_new_moment_carries_the_persons_offset() -> None:
    moment = dt.datetime.fromisoformat(now_iso())
    assert moment.utcoffset() is not None and moment.microsecond == 0


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (CheckIn(mood=11, hope=5), "mood: 11 is out of range 0-10"),
        (CheckIn(mood=True, hope=5), "mood: True is not a whole number from 0 to 10"),
        (CheckIn(mood=5, hope=5, craving=-1), "craving: -1 is out of range 0-10"),
        (CheckIn(mood=5, hope=5, at="2026-11-21T20:15:00"), "needs a UTC offset"),
        (CheckIn(mood=5, hope=5, tags=("ok", " ")), "tags[1]: this cannot be empty"),
        (Trigger(situation="x", category="weather", intensity=3), "category: 'weather' is not one of"),
        (Trigger(situation="x", category="people", intensity=3, outcome="relapsed"), "outcome:"),
        (GratitudeList(items=("tea",), date="2026-1-5"), "date: '2026-1-5' is not a date"),
        (Contact(name="  "), "name: this cannot be empty"),
        (Contact(name="Sam", support=("money",)), "support[0]: 'money' is not one of"),
        (AgendaItem(text="x", created="yesterday"), "created: 'yesterday' is not a date and time"),
        (CheckIn(mood=5, hope=5, id=""), "id: this cannot be empty"),
    ],
)
def test_the_first_broken_field_is_named(record: object, message: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        validate(record, "checkins[3]")  # type: ignore[arg-type]
    assert message in caught.value.message
    assert caught.value.message.startswith("checkins[3].")


def test_text_that_no_file_or_database_could_keep_is_refused_plainly() -> None:
    assert check_text("ordinary words ✓", "note") == "ordinary words ✓"
    with pytest.raises(InvalidInput, match="NUL"):
        check_text("before\x00after", "note")
    with pytest.raises(InvalidInput, match=r"broken character .*U\+D800.* at position 3"):
        check_text("ab\ud800", "note")
    with pytest.raises(InvalidInput, match="longer than"):
        check_text("x" * (MAX_TEXT_CHARS + 1), "note")
    with pytest.raises(InvalidInput, match="expected text, got int"):
        check_text(7, "note")


def test_scales_and_dates() -> None:
    assert check_scale(None, "craving", optional=True) is None
    assert check_scale(0, "mood") == 0 and check_scale(10, "mood") == 10
    with pytest.raises(InvalidInput):
        check_scale(None, "mood")
    with pytest.raises(InvalidInput):
        check_scale(5.0, "mood")
    assert check_date("2026-02-28", "date") == "2026-02-28"
    with pytest.raises(InvalidInput):
        check_date("2026-02-30", "date")


def test_utc_keys_sort_as_the_moments_do_whatever_the_offset() -> None:
    moments = [
        "0999-05-01T10:00:00+00:00",  # years before 1000 keep their zero padding
        "2026-11-21T23:30:00+05:30",  # 18:00 UTC
        "2026-11-21T19:00:00+01:00",  # 18:00 UTC, the same instant
        "2026-11-21T18:00:01+00:00",
        "2026-11-21T10:00:00-09:00",  # 19:00 UTC
    ]
    keys = [utc_key(parse_instant(m, "at")) for m in moments]
    assert keys == sorted(keys)
    assert keys[1] == keys[2] == "2026-11-21T18:00:00.000000Z"
    with pytest.raises(InvalidInput, match="outside the dates"):
        parse_instant("0001-01-01T00:30:00+01:00", "at")


def test_records_are_frozen_and_edited_by_replacing() -> None:
    checkin = CheckIn(mood=3, hope=4, note="before")
    with pytest.raises(dataclasses.FrozenInstanceError):
        checkin.note = "after"  # type: ignore[misc]
    edited = dataclasses.replace(checkin, note="after")
    assert edited.id == checkin.id and checkin.note == "before"
