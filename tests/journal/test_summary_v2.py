"""Summary v2's content: the recovery plan's sections, who the time was spent with, and figures
that agree with themselves, each checked against a plain computation from the export file
(no SQL, no journal.stats)."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from journal import barc
from journal.records import CheckIn, Contact, Goal, GoalStep, SafetyPlan, UseTracking
from journal.summary import SECTION_KEYS, SummaryOptions, build_summary
from journal.summary_sections import DEFAULT_SECTIONS, parse_sections
from journal.vault import Vault
from tests.conftest import filled_vault

END = dt.date(2026, 11, 21)
ALL = frozenset(SECTION_KEYS)


@pytest.fixture(scope="module")
def ten_years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, dict[str, Any]]]:
    vault, data = filled_vault(tmp_path_factory.mktemp("ten-years-v2"), 3650)
    yield vault, data
    vault.close()


def long_day(iso: str) -> str:
    day = dt.date.fromisoformat(iso[:10])
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
    return f"{day.day} {months[day.month - 1]} {day.year}"


def test_the_default_sections_are_the_contracts() -> None:
    assert {"header", "scores", "connection", "triggers", "gratitude", "support",
                                "agenda", "goals", "notes"} == DEFAULT_SECTIONS
    assert SummaryOptions().sections == DEFAULT_SECTIONS
    assert parse_sections("goals, use,notes") == {"goals", "use", "notes"}


def test_goals_done_of_total_and_next_steps(ten_years: tuple[Vault, dict[str, Any]]) -> None:
    vault, data = ten_years
    goals = build_summary(vault, SummaryOptions(sections=ALL), today=END).goals
    assert goals is not None
    statuses = Counter(g["status"] for g in data["goals"])
    assert goals.summary == (f"{statuses['done']} of {len(data['goals'])} goals done "
                             f"({statuses['active']} active, {statuses['paused']} paused).")
    open_goals = [g for g in data["goals"] if g["status"] == "active"] + [
        g for g in data["goals"] if g["status"] == "paused"]
    assert [line.text for line in goals.lines] == [g["text"] for g in open_goals]
    for line, goal in zip(goals.lines, open_goals, strict=True):
        done = sum(step["done"] for step in goal["steps"])
        assert f"{done} of {len(goal['steps'])} steps done" in line.detail
        upcoming = next((s["text"] for s in goal["steps"] if not s["done"]), None)
        if upcoming:
            assert f"next: {upcoming}" in line.detail


def test_barc_total_change_and_strengths_first(ten_years: tuple[Vault, dict[str, Any]]) -> None:
    vault, data = ten_years
    periods = (("2026-10-25", "2026-11-21"), ("2020-01-01", "2020-03-31"), ("2016-11-24", "2016-11-30"))
    for start, end in periods:
        options = SummaryOptions(start_day=start, end_day=end, sections=ALL)
        capital = build_summary(vault, options, today=END).capital
        assert capital is not None
        sheets = [c for c in data["capital"] if c["at"][:10] <= end]
        if not sheets:
            assert capital.score is None and "No BARC-10" in capital.score_text
            continue
        latest = sheets[-1]
        assert capital.score == sum(latest["answers"])
        assert capital.score_text == f"{sum(latest['answers'])} of 60 on {long_day(latest['at'])}"
        if len(sheets) > 1:
            change = sum(latest["answers"]) - sum(sheets[-2]["answers"])
            sign = "+" if change > 0 else "−"
            before = sheets[-2]
            expected = (f"no change since {long_day(before['at'])}" if change == 0 else
                        f"{sign}{abs(change)} since {long_day(before['at'])} ({sum(before['answers'])})")
            assert capital.change == expected
        # strengths first: the statements answered highest, in the published order among equals
        best = sorted(range(10), key=lambda i: (-latest["answers"][i], i))[:3]
        shown = [i for i in best if latest["answers"][i] >= 4]
        assert [s.split(" (")[0] for s in capital.strengths] == [barc.STATEMENTS[i] for i in shown]
        assert capital.credit.startswith("BARC-10 by Vilsaint")


def test_use_days_per_substance_and_the_four_weeks(ten_years: tuple[Vault, dict[str, Any]]) -> None:
    vault, data = ten_years
    start, end = "2026-10-25", "2026-11-21"
    options = SummaryOptions(start_day=start, end_day=end, sections=ALL)
    use = build_summary(vault, options, today=END).use
    assert use is not None and use.grid and len(use.week_labels) == 4
    assert use.week_labels[0] == "25–31 Oct" and use.week_labels[1] == "1–7 Nov"
    records = [u for u in data["use"] if start <= u["date"] <= end]
    substances = sorted({u["substance"] for u in records})
    assert [line.substance for line in use.lines] == substances
    for line in use.lines:
        mine = [u for u in records if u["substance"] == line.substance]
        used = sum(u["used"] for u in mine)
        assert line.sentence == f"used on {used} of 28 days (answered on {len(mine)})"
        for week, (week_used, week_answered) in enumerate(line.weeks):
            first = dt.date(2026, 10, 25) + dt.timedelta(days=7 * week)
            days = {(first + dt.timedelta(days=d)).isoformat() for d in range(7)}
            inside = [u for u in mine if u["date"] in days]
            assert (week_used, week_answered) == (sum(u["used"] for u in inside), len(inside))
    options = SummaryOptions(start_day="2026-11-15", end_day=end, sections=ALL)
    week = build_summary(vault, options, today=END).use
    assert week is not None and not week.grid  # the grid is for a 28-day period only


def test_use_names_what_is_tracked_even_before_any_answer(vault: Vault) -> None:
    vault.set_use_tracking(UseTracking(True, ("alcohol", "cannabis")))
    vault.answer_use("2026-11-20", "alcohol", True, "2 cans")
    use = build_summary(vault, SummaryOptions(sections=ALL), today=END).use
    assert use is not None
    assert [(line.substance, line.sentence) for line in use.lines] == [
        ("alcohol", "used on 1 of 28 days (answered on 1)"),
        ("cannabis", "used on 0 of 28 days (answered on 0)"),
    ]


def test_who_i_was_with_groups_by_name_people_by_role(ten_years: tuple[Vault, dict[str, Any]]) -> None:
    vault, data = ten_years
    start, end = "2026-10-25", "2026-11-21"
    plain = build_summary(vault, SummaryOptions(start_day=start, end_day=end), today=END).connection
    named = build_summary(vault, SummaryOptions(start_day=start, end_day=end, include_names=True), today=END
                          ).connection
    assert plain is not None and named is not None
    contacts = {c["id"]: c for c in data["contacts"]}
    days: dict[str, set[str]] = {}
    for checkin in data["checkins"]:
        if start <= checkin["at"][:10] <= end:
            for contact_id in checkin["with"]:
                days.setdefault(contact_id, set()).add(checkin["at"][:10])
    groups = {contacts[i]["name"]: len(d) for i, d in days.items() if contacts[i]["role"] == "group"}
    assert plain.meetings == sum(groups.values()) > 0
    assert {line.label: line.days for line in plain.companions if line.group} == groups
    people = [contacts[i]["name"] for i in days if contacts[i]["role"] != "group"]
    assert people and not any(name in repr(plain) for name in people)  # no names unless chosen
    assert {line.label for line in named.companions if not line.group} == set(people)


def test_every_change_is_the_printed_average_minus_the_printed_before(
    ten_years: tuple[Vault, dict[str, Any]]
) -> None:
    """Issue 11: a reader's own subtraction agrees with the page, in every period tried."""
    vault, _ = ten_years
    rng = random.Random(11)
    for _ in range(40):
        end = END - dt.timedelta(days=rng.randrange(3000))
        length = rng.choice((1, 7, 14, 28, 90, 365))
        start = end - dt.timedelta(days=length - 1)
        scores = build_summary(vault, SummaryOptions(start_day=start.isoformat(), end_day=end.isoformat()),
                               today=END).scores
        assert scores is not None
        for measure in scores.measures:
            if "–" in (measure.average, measure.previous):
                assert measure.change == "–"
                continue
            difference = Decimal(measure.average) - Decimal(measure.previous)
            printed = "no change" if difference == 0 else (
                ("+" if difference > 0 else "−") + str(abs(difference)))
            assert measure.change == printed, (start, end, measure)
            exact = measure.change_value
            assert exact is not None and Decimal(str(exact)).quantize(Decimal("0.1")) == difference


def test_safety_parts_only_when_chosen_and_people_by_count(vault: Vault) -> None:
    sam = vault.save(Contact(name="Sam Sponsor", phone="07700 900001"))
    vault.set_safety_plan(SafetyPlan(reasons=("my kids",), ask_for_help=(sam.id,),
                                     updated="2026-11-03T10:00:00+00:00"))
    only = build_summary(vault, SummaryOptions(sections=ALL), today=END).safety
    assert only is not None and only.statement == "I have a safety plan, updated 3 November 2026."
    assert only.parts == () and "naloxone" in only.naloxone
    options = SummaryOptions(sections=ALL, safety_parts=frozenset({"reasons", "ask_for_help"}))
    chosen = build_summary(vault, options, today=END).safety
    assert chosen is not None
    assert [(p.key, p.items) for p in chosen.parts] == [
        ("ask_for_help", ("1 person",)), ("reasons", ("my kids",))]
    named = build_summary(vault, SummaryOptions(sections=ALL, include_names=True,
                                                safety_parts=frozenset({"ask_for_help"})), today=END).safety
    assert named is not None and named.parts[0].people[0].name == "Sam Sponsor"


def test_a_check_in_with_unanswered_scales_reads_plainly(vault: Vault) -> None:
    note = vault.save(CheckIn(note="Only words today", at="2026-11-20T09:00:00+00:00"))
    hope = vault.save(CheckIn(hope=6, peer_contact=True, at="2026-11-21T09:00:00+00:00"))
    content = build_summary(vault, SummaryOptions(sections=ALL, excerpt_ids=(note.id, hope.id)), today=END)
    assert content.excerpts is not None
    first, second = content.excerpts
    assert first.heading == "Check-in · Fri 20 Nov 2026, 09:00" and first.text == "Only words today"
    assert second.heading.endswith("hope 6, time with someone in recovery")
    assert "None" not in repr(content.excerpts)
    scores = content.scores
    assert scores is not None and "(hope 1, mood 0, craving 0)" in scores.note


def test_goal_lines_say_paused_and_never_scold(vault: Vault) -> None:
    vault.save(Goal(text="College", target="2020-01-01", steps=(GoalStep("ring", True), GoalStep("form"))))
    vault.save(Goal(text="Driving", status="paused"))
    goals = build_summary(vault, SummaryOptions(sections=ALL), today=END).goals
    assert goals is not None
    assert goals.lines[0].detail == "1 of 2 steps done · next: form · by 1 January 2020"
    assert goals.lines[1].detail == "paused"
    words = repr(goals).lower()
    assert not any(word in words for word in ("overdue", "late", "missed", "failed"))
