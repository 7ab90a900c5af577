"""The recovery plan's doors on Vault: each new kind added, edited, deleted and put back with the
same save/delete the app's undo uses; the lists the pages will show; figures that skip what was
not answered."""

from __future__ import annotations

import dataclasses

import pytest

from journal.errors import InvalidInput
from journal.records import (
    SAFETY_PLAN_ID,
    CapitalCheck,
    CheckIn,
    Contact,
    Goal,
    GoalStep,
    Naloxone,
    Plan,
    SafetyPlan,
    UseRecord,
    UseTracking,
)
from journal.vault import Vault


@pytest.mark.parametrize(
    ("record", "change"),
    [
        (SafetyPlan(reasons=("my kids",), naloxone=Naloxone(True, "2027-03-01", "kitchen drawer")),
         {"coping": ("a hot shower",)}),
        (Goal(text="college", steps=(GoalStep("ring them"), GoalStep("the form"))),
         {"steps": (GoalStep("ring them", True), GoalStep("the form")), "status": "active"}),
        (Plan(if_part="I pass the pub", then_part="I ring Sam", category="places"), {"category": None}),
        (CapitalCheck(answers=(5, 4, 6, 3, 5, 4, 5, 6, 4, 5)), {"answers": (6,) * 10}),
        (UseRecord(substance="alcohol", used=True, amount="2 cans", date="2026-11-21"),
         {"used": False, "amount": ""}),
    ],
)
def test_each_new_kind_is_added_edited_deleted_and_put_back(vault: Vault, record, change) -> None:
    vault.save(record)
    assert vault.get(record.kind, record.id) == record
    edited = vault.save(dataclasses.replace(record, **change))
    assert vault.get(record.kind, record.id) == edited != record
    assert vault.count(record.kind) == 1
    removed = vault.delete(record.kind, record.id)
    assert removed == edited and vault.get(record.kind, record.id) is None
    vault.save(removed)  # the undo
    assert vault.get(record.kind, record.id) == edited


def test_the_safety_plan_is_one_per_vault(vault: Vault) -> None:
    assert vault.safety_plan() is None
    first = vault.set_safety_plan(SafetyPlan(reasons=("my kids",)))
    second = vault.set_safety_plan(first.edited(warning_signs=("not sleeping",)))
    assert vault.safety_plan() == second and vault.count("safety_plan") == 1
    assert second.id == SAFETY_PLAN_ID and second.updated >= first.updated
    with pytest.raises(InvalidInput, match="always"):
        vault.save(SafetyPlan(id="another"))


def test_the_safety_plan_names_contacts_whose_number_stays_in_one_place(vault: Vault) -> None:
    sam = vault.save(Contact(name="Sam", role="sponsor", phone="07700 900001"))
    vault.set_safety_plan(SafetyPlan(ask_for_help=(sam.id,)))
    vault.save(dataclasses.replace(sam, phone="07700 900999"))
    plan = vault.safety_plan()
    assert plan is not None
    [current] = vault.get_many("contact", plan.ask_for_help)
    assert isinstance(current, Contact) and current.phone == "07700 900999"


def test_goals_by_status_with_their_steps(vault: Vault) -> None:
    done = vault.save(Goal(text="sleep", status="done", created="2026-01-01T10:00:00+00:00"))
    active = vault.save(Goal(text="college", steps=(GoalStep("ring", True), GoalStep("form")),
                             created="2026-02-01T10:00:00+00:00"))
    paused = vault.save(Goal(text="driving", status="paused", created="2026-03-01T10:00:00+00:00"))
    assert vault.goals() == [done, active, paused]
    assert vault.goals("active") == [active] and vault.goals("paused") == [paused]
    [read] = vault.goals("active")
    assert read.steps_done == 1 and read.next_step() == GoalStep("form")


def test_plans_by_trigger_category_newest_first(vault: Vault) -> None:
    older = vault.save(Plan("pub", "ring Sam", "places", created="2026-01-01T10:00:00+00:00"))
    newer = vault.save(Plan("off-licence", "walk round", "places", created="2026-02-01T10:00:00+00:00"))
    other = vault.save(Plan("payday", "card to my sister", "things", created="2026-03-01T10:00:00+00:00"))
    loose = vault.save(Plan("", "ring the helpline", None, created="2026-04-01T10:00:00+00:00"))
    assert vault.plans_for_category("places") == [newer, older]
    assert vault.plans_for_category("things") == [other]
    assert vault.plans_for_category(None) == [loose]
    assert vault.plans() == [older, newer, other, loose]


def test_capital_history_oldest_first_and_the_latest(vault: Vault) -> None:
    sheets = [
        vault.save(CapitalCheck(answers=(n,) * 10, at=f"2026-0{n}-05T10:00:00+01:00")) for n in (3, 1, 2)
    ]
    assert [s.score for s in vault.capital_history()] == [10, 20, 30]
    assert vault.capital_history("2026-02-01", "2026-02-28") == [sheets[2]]
    assert vault.latest_capital() == sheets[0]
    assert vault.latest_capital(before_day="2026-02-10") == sheets[2]


def test_one_use_answer_per_day_and_substance(vault: Vault) -> None:
    saved, previous = vault.answer_use("2026-11-21", "alcohol", True, "2 cans")
    assert previous is None
    edited, replaced = vault.answer_use("2026-11-21", "alcohol", False)
    assert replaced == saved and edited.id == saved.id and not edited.used
    assert vault.use_on("2026-11-21") == [edited]
    vault.save(replaced)  # the undo puts the earlier answer back
    assert vault.use_on("2026-11-21") == [saved]
    with pytest.raises(InvalidInput, match="already an answer for alcohol on 2026-11-21"):
        vault.save(UseRecord(substance="alcohol", used=False, date="2026-11-21"))
    assert vault.use_on("2026-11-21") == [saved]


def test_use_records_and_days_by_period(vault: Vault) -> None:
    for day in range(1, 29):
        date = f"2026-11-{day:02d}"
        if day % 7 != 0:  # not answered every seventh day
            vault.answer_use(date, "alcohol", day in (3, 10, 11))
        vault.answer_use(date, "cannabis", day == 20)
    vault.answer_use("2026-10-31", "alcohol", True)  # outside the period
    days = {d.substance: (d.days_used, d.days_answered) for d in vault.use_days("2026-11-01", "2026-11-28")}
    assert days == {"alcohol": (3, 24), "cannabis": (1, 28)}
    assert [r.date for r in vault.use_records("2026-11-01", "2026-11-28", "alcohol")][:3] == [
        "2026-11-01", "2026-11-02", "2026-11-03"]


def test_use_tracking_is_off_until_switched_on(vault: Vault) -> None:
    assert vault.use_tracking() == UseTracking(False, ())
    vault.set_use_tracking(UseTracking(True, ("alcohol", "cocaine")))
    assert vault.use_tracking() == UseTracking(True, ("alcohol", "cocaine"))
    with pytest.raises(InvalidInput, match="appears twice"):
        vault.set_use_tracking(UseTracking(True, ("alcohol", "ALCOHOL")))
    assert vault.use_tracking() == UseTracking(True, ("alcohol", "cocaine"))


def test_who_i_was_with_and_how_many_meetings(vault: Vault) -> None:
    aa = vault.save(Contact(name="AA Tuesday", role="group", notes="Tuesdays 19:30, church hall"))
    sam = vault.save(Contact(name="Sam", role="sponsor"))
    for day, with_ids in (("03", (aa.id, sam.id)), ("10", (aa.id,)), ("11", (sam.id,)), ("17", (aa.id,))):
        vault.save(CheckIn(hope=7, peer_contact=True, with_ids=with_ids, at=f"2026-11-{day}T20:00:00+00:00"))
    vault.save(CheckIn(hope=7, peer_contact=True, with_ids=(aa.id,), at="2026-11-17T21:00:00+00:00"))
    found = {(c.name, c.role): c.days for c in vault.companions("2026-11-01", "2026-11-28")}
    assert found == {("AA Tuesday", "group"): 3, ("Sam", "sponsor"): 2}
    vault.delete("contact", sam.id)  # a deleted contact is not named, and comes back with undo
    assert [c.name for c in vault.companions("2026-11-01", "2026-11-28")] == ["AA Tuesday"]
    vault.save(sam)
    assert len(vault.companions("2026-11-01", "2026-11-28")) == 2


def test_figures_skip_what_was_not_answered(vault: Vault) -> None:
    vault.save(CheckIn(hope=8, at="2026-11-20T09:00:00+00:00"))
    vault.save(CheckIn(mood=4, craving=2, at="2026-11-20T20:00:00+00:00"))
    vault.save(CheckIn(note="just words", peer_contact=True, at="2026-11-21T09:00:00+00:00"))
    stats = vault.stats("2026-11-20", "2026-11-21")
    current = stats.current
    assert (current.checkins, current.mood, current.hope, current.craving) == (3, 4.0, 8.0, 2.0)
    assert (current.mood_answers, current.hope_answers, current.craving_answers) == (1, 1, 1)
    day = stats.series[1]
    assert (day.checkins, day.mood, day.hope, day.peer) == (1, None, None, True)
    assert stats.hope_on_peer_days is None and stats.hope_on_other_days == 8.0
    titles = [entry.title for entry in vault.timeline()]
    assert titles[0] == "time with someone in recovery" and "Hope 8" in titles
    assert not any("None" in title for title in titles)
