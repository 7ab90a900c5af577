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
    SAFETY_PLAN_ID,
    AgendaItem,
    CapitalCheck,
    CheckIn,
    Contact,
    Goal,
    GoalStep,
    GratitudeList,
    Helpline,
    Naloxone,
    Plan,
    SafetyPlan,
    Trigger,
    UseRecord,
    UseTracking,
    check_date,
    check_scale,
    check_text,
    check_use_tracking,
    now_iso,
    parse_instant,
    quoted,
    utc_key,
    validate,
)


def test_every_kind_knows_its_name_and_a_fresh_record_is_valid() -> None:
    made = [
        CheckIn(mood=5, hope=6), Trigger(situation="payday", category="times", intensity=4),
        GratitudeList(items=("tea",)), Contact(name="Sam"), AgendaItem(text="college"),
        Helpline(name="Samaritans", phone="116 123"), SafetyPlan(reasons=("my kids",)),
        Goal(text="college", steps=(GoalStep("ring them"),)), Plan(if_part="payday", then_part="ring Sam"),
        CapitalCheck(answers=(1, 2, 3, 4, 5, 6, 6, 5, 4, 3)), UseRecord(substance="alcohol", used=False),
    ]
    assert {type(r): r.kind for r in made} == {cls: kind for kind, cls in RECORD_TYPES.items()}
    for record in made:
        validate(record)
    assert len({r.id for r in made}) == len(made)
    assert made[6].id == SAFETY_PLAN_ID  # one per vault


# ---- version 2 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "checkin",
    [CheckIn(hope=0), CheckIn(mood=10), CheckIn(craving=0), CheckIn(peer_contact=True),
     CheckIn(tags=("meeting",)), CheckIn(note="just words")],
)
def test_a_check_in_keeps_only_what_was_answered(checkin: CheckIn) -> None:
    validate(checkin)  # any one answer is enough; the unanswered scales stay None
    assert sum(v is None for v in (checkin.mood, checkin.hope, checkin.craving)) >= 2


def test_a_check_in_with_no_answer_at_all_is_refused() -> None:
    for empty in (CheckIn(), CheckIn(note="  \n "), CheckIn(with_ids=("someone",))):
        with pytest.raises(InvalidInput, match="needs at least one answer"):
            validate(empty, "checkins[4]")
    with pytest.raises(InvalidInput, match=r"with\[1\]: \"a\" appears twice"):
        validate(CheckIn(hope=5, peer_contact=True, with_ids=("a", "a")))


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (CapitalCheck(answers=(5, 4, 7, 3, 5, 4, 5, 6, 4, 5)),
         "capital[3].answers[2]: 7 is out of range 1-6"),
        (CapitalCheck(answers=(5,) * 9), "capital[3].answers: 9 answers, expected 10"),
        (CapitalCheck(answers=(0,) * 10), "capital[3].answers[0]: 0 is out of range 1-6"),
        (CapitalCheck(answers=(True,) * 10), "capital[3].answers[0]: true is not a whole number from 1 to 6"),
        (Goal(text="x", status="maybe"), 'capital[3].status: "maybe" is not one of active, done, paused'),
        (Goal(text=" "), "capital[3].text: this cannot be empty"),
        (Goal(text="x", target="soon"), 'capital[3].target: "soon" is not a date'),
        (Goal(text="x", steps=(GoalStep("a", "yes"),)),  # type: ignore[arg-type]
         "capital[3].steps[0].done: expected true or false"),
        (Plan(if_part=" ", then_part=""), "capital[3]: write the 'if' or the 'then' of the plan"),
        (Plan(if_part="x", then_part="y", category="weather"),
         'capital[3].category: "weather" is not one of'),
        (UseRecord(substance="", used=True), "capital[3].substance: this cannot be empty"),
        (UseRecord(substance="x" * 101, used=True), "capital[3].substance: a name of up to 100 characters"),
        (UseRecord(substance="alcohol", used=True, date="21/11/2026"), "capital[3].date:"),
        (SafetyPlan(id="another"), 'capital[3].id: the safety plan\'s id is always "safety-plan"'),
        (SafetyPlan(ask_for_help=("",)), "capital[3].ask_for_help[0]: this cannot be empty"),
        (SafetyPlan(naloxone=Naloxone(True, "March")), 'capital[3].naloxone.expires: "March" is not a date'),
        (SafetyPlan(updated="today"), 'capital[3].updated: "today" is not a date and time'),
    ],
)
def test_the_new_kinds_name_their_first_broken_field(record: object, message: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        validate(record, "capital[3]")  # type: ignore[arg-type]
    assert message in caught.value.message


def test_a_safety_plan_edit_stamps_its_time_and_keeps_its_id() -> None:
    plan = SafetyPlan(updated="2020-01-01T10:00:00+00:00")
    edited = plan.edited(reasons=("my kids",))
    assert edited.reasons == ("my kids",) and edited.updated > plan.updated and edited.id == plan.id
    assert plan.is_empty() and not edited.is_empty()


def test_goals_count_their_steps_and_know_the_next_one() -> None:
    goal = Goal(text="college", steps=(GoalStep("ring", True), GoalStep("form"), GoalStep("books")))
    assert goal.steps_done == 1 and goal.next_step() == GoalStep("form")
    assert CapitalCheck(answers=(6,) * 10).score == 60


def test_use_tracking_names_each_thing_once() -> None:
    check_use_tracking(UseTracking(True, ("alcohol", "cannabis")))
    with pytest.raises(InvalidInput, match=r"substances\[1\]: \"Alcohol\" appears twice"):
        check_use_tracking(UseTracking(True, ("alcohol", "Alcohol")))
    with pytest.raises(InvalidInput, match="up to 20"):
        check_use_tracking(UseTracking(True, tuple(str(n) for n in range(21))))


def test_a_quoted_value_is_short_whatever_the_file_held() -> None:
    assert quoted("maybe") == '"maybe"' and quoted(True) == "true" and quoted(None) == "null"
    long = quoted("x" * 30_000_000)
    assert len(long) < 70 and long.endswith('…"')
    assert "digits" in quoted(10**5000)  # Python refuses to print it whole
    assert quoted("a\ud800") == '"a\\ud800"'
    with pytest.raises(InvalidInput) as caught:
        validate(Goal(text="x", status="m" * 1_000_000))
    assert len(caught.value.message) < 200


def test_a_new_moment_carries_the_persons_offset() -> None:
    moment = dt.datetime.fromisoformat(now_iso())
    assert moment.utcoffset() is not None and moment.microsecond == 0


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (CheckIn(mood=11, hope=5), "mood: 11 is out of range 0-10"),
        (CheckIn(mood=True, hope=5), "mood: true is not a whole number from 0 to 10"),
        (CheckIn(mood=5, hope=5, craving=-1), "craving: -1 is out of range 0-10"),
        (CheckIn(mood=5, hope=5, at="2026-11-21T20:15:00"), "needs a UTC offset"),
        (CheckIn(mood=5, hope=5, tags=("ok", " ")), "tags[1]: this cannot be empty"),
        (Trigger(situation="x", category="weather", intensity=3), 'category: "weather" is not one of'),
        (Trigger(situation="x", category="people", intensity=3, outcome="relapsed"), "outcome:"),
        (GratitudeList(items=("tea",), date="2026-1-5"), 'date: "2026-1-5" is not a date'),
        (Contact(name="  "), "name: this cannot be empty"),
        (Contact(name="Sam", support=("money",)), 'support[0]: "money" is not one of'),
        (AgendaItem(text="x", created="yesterday"), 'created: "yesterday" is not a date and time'),
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
