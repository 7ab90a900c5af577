"""The summary's recovery-plan sections (Summary v2): goals, if-then plans, recovery capital
(BARC-10), the use record and the safety plan, worded for the page (no Qt here).

journal/summary.py gathers the whole page and calls these. Each returns plain data with its
sentences already in the person's language, so tests can compare every figure with their own
count, and the renderer only measures and draws.

What each says, and why:
- goals: how many are done of how many, then each goal not done yet (active first, then
  paused) with its steps done and its next step: a keyworker reviews the plan step by step;
- plans: the if-then plans, newest first, "If … then …";
- capital: the newest BARC-10 score by the period's end, out of 60, and the change since the
  sheet before it; then strengths first ("highest: …"), never a judgement of a low score;
- use: for each substance, "used on 3 of 28 days (answered on 25)", and for a 28-day period the
  four weeks laid out like the Treatment Outcomes Profile's grid, marked as the person's own
  record and not the official form;
- safety: the parts of the safety plan the person chose, or only that there is one and when it
  was updated, with the naloxone line.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any, Final, Protocol

from . import barc, localformat
from .i18n import QT_TRANSLATE_NOOP, translate
from .records import CapitalCheck, Goal, Plan, Record, SafetyPlan, UseRecord, UseTracking
from .safety_page import Part, naloxone_sentence, plan_parts
from .summary_sections import CATEGORY_WORDS

GOAL_LINES: Final = 40
PLAN_LINES: Final = 40
TEXT_CHARS: Final = 300
TOP_WEEKS: Final = 4  # the Treatment Outcomes Profile looks back four weeks

GOAL_STATUS_WORDS: Final = {
    "active": QT_TRANSLATE_NOOP("summary", "active"),
    "paused": QT_TRANSLATE_NOOP("summary", "paused"),
    "done": QT_TRANSLATE_NOOP("summary", "done"),
}


class PlanVault(Protocol):
    """What these sections ask of the vault (journal.vault.Vault)."""

    def goals(self, status: str | None = None) -> builtins.list[Goal]: ...

    def plans(self) -> builtins.list[Plan]: ...

    def capital_history(
        self, start_day: str | None = None, end_day: str | None = None
    ) -> builtins.list[CapitalCheck]: ...

    def use_records(self, start_day: str, end_day: str, substance: str | None = None
                    ) -> builtins.list[UseRecord]: ...

    def use_tracking(self) -> UseTracking: ...

    def safety_plan(self) -> SafetyPlan | None: ...

    def get_many(self, kind: str, record_ids: Sequence[str]) -> builtins.list[Record]: ...

    def list(self, kind: str) -> builtins.list[Any]: ...


def _line(text: str, limit: int = TEXT_CHARS) -> str:
    folded = " ".join(text[: limit * 2 + 200].split())
    return folded if len(folded) <= limit else folded[: limit - 1].rstrip() + "…"


# ---- goals --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoalLine:
    text: str
    status: str  # active, paused
    steps_done: int
    steps_total: int
    detail: str  # "2 of 5 steps done · next: ring the college · by 31 January 2027"


@dataclass(frozen=True)
class Goals:
    total: int
    done: int
    active: int
    paused: int
    summary: str  # "2 of 6 goals done; 3 active, 1 paused."
    lines: tuple[GoalLine, ...]
    more: int


def goals_section(vault: PlanVault, today: dt.date) -> Goals:
    goals = vault.goals()
    done = sum(1 for g in goals if g.status == "done")
    active = [g for g in goals if g.status == "active"]
    paused = [g for g in goals if g.status == "paused"]
    lines = []
    for goal in (*active, *paused):
        parts = [translate("summary", "{done} of %Ln steps done", None, len(goal.steps)).format(
            done=localformat.format_number(goal.steps_done))] if goal.steps else []
        step = goal.next_step()
        if step is not None and step.text.strip():
            parts.append(translate("summary", "next: {step}").format(step=_line(step.text, 160)))
        if goal.target:
            parts.append(translate("summary", "by {date}").format(
                date=localformat.format_date(dt.date.fromisoformat(goal.target))))
        if goal.status == "paused":
            parts.insert(0, translate("summary", GOAL_STATUS_WORDS["paused"]))
        lines.append(GoalLine(
            text=_line(goal.text), status=goal.status, steps_done=goal.steps_done,
            steps_total=len(goal.steps), detail=" · ".join(parts),
        ))
    summary = translate(
        "summary", "{done} of %Ln goals done ({active} active, {paused} paused).", None, len(goals)
    ).format(
        done=localformat.format_number(done), active=localformat.format_number(len(active)),
        paused=localformat.format_number(len(paused)),
    )
    shown = tuple(lines[:GOAL_LINES])
    return Goals(total=len(goals), done=done, active=len(active), paused=len(paused), summary=summary,
                 lines=shown, more=len(lines) - len(shown))


# ---- if-then plans --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanLine:
    text: str  # "If I pass the pub on Friday, then I ring Sam."
    category: str  # the trigger category in words, or ""


@dataclass(frozen=True)
class Plans:
    total: int
    lines: tuple[PlanLine, ...]
    more: int


def plan_sentence(plan: Plan) -> str:
    if_part, then_part = _line(plan.if_part, 200), _line(plan.then_part, 200)
    if if_part and then_part:
        message = translate("summary", "If {if_part}, then {then_part}.")
        return message.format(if_part=if_part, then_part=then_part)
    if if_part:
        return translate("summary", "If {if_part}…").format(if_part=if_part)
    return translate("summary", "Then {then_part}.").format(then_part=then_part)


def plans_section(vault: PlanVault) -> Plans:
    plans = list(reversed(vault.plans()))  # newest first
    lines = tuple(
        PlanLine(plan_sentence(p), translate("summary", CATEGORY_WORDS[p.category]) if p.category else "")
        for p in plans[:PLAN_LINES]
    )
    return Plans(total=len(plans), lines=lines, more=len(plans) - len(lines))


# ---- recovery capital -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Capital:
    score: int | None  # the newest sheet's total by the period's end (10-60)
    score_text: str  # "42 of 60 on 5 November 2026", or a sentence that there is none
    previous: int | None  # the sheet before it
    change: str  # "+4 since 6 October 2026", "no change since …", or ""
    change_value: int | None
    sheets_in_period: int
    strengths: tuple[str, ...]  # "I take full responsibility for my actions. (Strongly agree)"
    strengths_text: str  # "Highest:" or a plain sentence when nothing stands out
    credit: str


def capital_section(vault: PlanVault, start_day: str, end_day: str) -> Capital:
    history = vault.capital_history(end_day=end_day)
    in_period = sum(1 for sheet in history if sheet.at[:10] >= start_day)
    latest = history[-1] if history else None
    previous = history[-2] if len(history) > 1 else None
    if latest is None:
        return Capital(None, translate("summary", "No BARC-10 answered yet."), None, "", None, 0, (), "",
                       barc.credit())

    def day_of(sheet: CapitalCheck) -> str:
        return localformat.format_date(dt.datetime.fromisoformat(sheet.at).date(), "d MMM yyyy")

    score_text = translate("summary", "{score} of {most} on {date}").format(
        score=localformat.format_number(latest.score), most=barc.SCORE_MAX, date=day_of(latest))
    change, change_value = "", None
    if previous is not None:
        change_value = latest.score - previous.score
        if change_value == 0:
            change = translate("summary", "no change since {date}").format(date=day_of(previous))
        else:
            change = translate("summary", "{change} since {date} ({score})").format(
                change=localformat.format_change(change_value), date=day_of(previous),
                score=localformat.format_number(previous.score))
    strongest = barc.strengths(latest.answers)
    strengths = tuple(
        translate("summary", "{statement} ({answer})").format(
            statement=barc.STATEMENTS[index], answer=barc.answer_words(latest.answers[index]))
        for index in strongest
    )
    strengths_text = translate("summary", "Highest:") if strengths else translate(
        "summary", "Every answer counts; a keyworker can talk through any of them.")
    return Capital(latest.score, score_text, previous.score if previous else None, change, change_value,
                   in_period, strengths, strengths_text, barc.credit())


# ---- the use record -----------------------------------------------------------------------------


@dataclass(frozen=True)
class UseLine:
    substance: str
    days_used: int
    days_answered: int
    sentence: str  # "used on 3 of 28 days (answered on 25)"
    # for the four-week grid, oldest week first: (days used, days answered)
    weeks: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Use:
    days: int
    lines: tuple[UseLine, ...]
    grid: bool  # a 28-day period: the four-week grid is printed
    week_labels: tuple[str, ...]  # "25–31 Oct", oldest first
    grid_note: str  # "Shaped like the Treatment Outcomes Profile: my own record, not the official form."
    empty_text: str  # what to say when nothing was answered


def use_sentence(used: int, answered: int, days: int) -> str:
    return translate("summary", "used on {used} of %Ln days (answered on {answered})", None, days).format(
        used=localformat.format_number(used), answered=localformat.format_number(answered))


def _week_label(first: dt.date) -> str:
    """'25–31 Oct', or '29 Oct–4 Nov' across two months."""
    last = first + dt.timedelta(days=6)
    pattern = "d" if first.month == last.month else localformat.SHORT_MONTH
    return translate("summary", "{first}–{last}").format(
        first=localformat.format_date(first, pattern),
        last=localformat.format_date(last, localformat.SHORT_MONTH),
    )


def use_section(vault: PlanVault, start_day: str, end_day: str) -> Use:
    start, end = dt.date.fromisoformat(start_day), dt.date.fromisoformat(end_day)
    days = (end - start).days + 1
    records = vault.use_records(start_day, end_day)
    tracked = vault.use_tracking()
    answered = sorted({r.substance for r in records})
    names = list(dict.fromkeys([*(tracked.substances if tracked.on else ()), *answered]))
    grid = days == TOP_WEEKS * 7
    by_substance: dict[str, list[UseRecord]] = {name: [] for name in names}
    for record in records:
        by_substance[record.substance].append(record)
    lines = []
    for name in names:
        answers = by_substance[name]
        used = sum(1 for r in answers if r.used)
        weeks: tuple[tuple[int, int], ...] = ()
        if grid:
            counts = [[0, 0] for _ in range(TOP_WEEKS)]
            for r in answers:
                week = (dt.date.fromisoformat(r.date) - start).days // 7
                counts[week][1] += 1
                counts[week][0] += int(r.used)
            weeks = tuple((u, a) for u, a in counts)
        sentence = use_sentence(used, len(answers), days)
        lines.append(UseLine(_line(name, 100), used, len(answers), sentence, weeks))
    labels: tuple[str, ...] = ()
    if grid:
        labels = tuple(_week_label(start + dt.timedelta(days=7 * w)) for w in range(TOP_WEEKS))
    empty = translate("summary", "No use answers in this period.") if tracked.on or records else translate(
        "summary", "The use record is not switched on.")
    return Use(
        days=days, lines=tuple(lines), grid=grid and bool(lines), week_labels=labels,
        grid_note=translate(
            "summary",
            "Days used in each week, laid out like the Treatment Outcomes Profile: my own record, "
            "not the official form.",
        ),
        empty_text=empty,
    )


# ---- the safety plan ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Safety:
    written: bool
    statement: str  # "I have a safety plan, updated 3 November 2026."
    naloxone: str
    parts: tuple[Part, ...]  # the parts the person chose to print, with their lines


def safety_section(vault: PlanVault, chosen: Collection[str], include_names: bool) -> Safety:
    plan = vault.safety_plan()
    written = plan is not None and not plan.is_empty()
    if plan is None or not written:
        return Safety(False, translate("summary", "No safety plan written yet."), naloxone_sentence(plan), ())
    statement = translate("summary", "I have a safety plan, updated {date}.").format(
        date=localformat.format_date(dt.datetime.fromisoformat(plan.updated).date()))
    keys = [key for key in ("warning_signs", "coping", "distractions", "ask_for_help", "professionals",
                            "safer_surroundings", "reasons") if key in chosen]
    parts = plan_parts(vault, plan, keys)
    if not include_names:  # people are counted, never named, unless names were chosen
        parts = tuple(
            Part(p.key, p.title, p.example, (translate("summary", "%Ln people", None, len(p.people)),)
                 if p.people else (), ())
            if p.people else p
            for p in parts
        )
    return Safety(True, statement, naloxone_sentence(plan), parts)
