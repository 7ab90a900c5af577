"""What the one-page keyworker summary says: every figure and list, ready to print (no Qt here).

The summary is the page a person chooses to hand to their keyworker (docs/contracts.md, "The
one-page summary" and "Summary v2"). This module decides *what* it says; the desktop app's
renderer (its printing package) decides *how it looks*, and the app and the command line both
call `build_summary` then render, so they print the same page. The vault answers the questions
(journal/vault/ holds the SQL); this module only chooses, counts and words. The recovery plan's
sections (goals, plans, capital, use, safety) are worded in journal/summary_plan.py.

Why the split: the content is plain data that tests can check figure by figure against the
journal, and the same content can go to a PDF file, a printer or a print preview.

Rules that shape the content:
- figures follow the definitions in `journal/stats.py` (averages over the check-ins that
  answered each scale, change against the previous period of the same length);
- a printed change is the printed average minus the printed "before" (both rounded to one
  decimal first), so a reader's own subtraction always agrees with the page (issue 11);
- each figure is named for what it is: the triggers' figure is their *strength*, the word the
  trigger form uses, never "craving";
- the person chooses what is shared: journal text appears only for entries they ticked
  (`excerpt_ids`), other people's names only with `include_names`, and each section can be off;
- warm, neutral words ("used", never "relapsed"; no alarms), because the page is about the person;
- every word goes through journal.i18n.translate, dates and numbers through journal.localformat.
Lists here are complete or generously capped; the renderer measures what fits and ends a list
with "+ N more", so the counts of what was left out are kept here too.
"""

from __future__ import annotations

import builtins
import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any, Final, Protocol

from . import localformat
from .i18n import translate
from .records import CONTACT_ROLES, OUTCOMES, TRIGGER_CATEGORIES, CheckIn, Trigger
from .stats import DayPoint, PeriodStats, last_days, previous_period
from .summary_plan import (
    Capital,
    Goals,
    Plans,
    PlanVault,
    Safety,
    Use,
    capital_section,
    goals_section,
    plans_section,
    safety_section,
    use_section,
)
from .summary_sections import (
    CATEGORY_WORDS,
    DEFAULT_SECTIONS,
    MEASURES,
    OUTCOME_WORDS,
    ROLE_WORDS,
    SECTION_KEYS,
    SECTIONS,
)

if TYPE_CHECKING:
    from .vault.planning import Companion

DEFAULT_DAYS: Final = 28
PAGE_SIZES: Final = ("a4", "letter")

# Caps keep the content small whatever the journal holds (ten years, 300 contacts); the page
# shows fewer when space is short and says how many more there are.
GRATITUDE_ITEMS: Final = 8
RESPONSES: Final = 6
AGENDA_ITEMS: Final = 40
EXCERPTS: Final = 20
COMPANIONS: Final = 30
# A ticked 100,000-character note is cut here: no page can show more than a few hundred words.
EXCERPT_CHARS: Final = 1_500
NAME_CHARS: Final = 120

assert set(ROLE_WORDS) == set(CONTACT_ROLES) and set(CATEGORY_WORDS) == set(TRIGGER_CATEGORIES)


class _VaultLike(PlanVault, Protocol):
    """What the summary asks of the vault (journal.vault.Vault; a stand-in in tests)."""

    def stats(self, start_day: str, end_day: str) -> PeriodStats: ...

    def setting(self, key: str, default: Any = None) -> Any: ...

    def responses_that_worked(self, start_day: str, end_day: str) -> builtins.list[tuple[str, int]]: ...

    def gratitude_items(self, start_day: str, end_day: str) -> builtins.list[tuple[str, str]]: ...

    def contacts_by_role(self) -> builtins.list[tuple[str, str]]: ...

    def open_agenda(self) -> builtins.list[str]: ...

    def companions(self, start_day: str, end_day: str) -> builtins.list[Companion]: ...


@dataclass(frozen=True)
class SummaryOptions:
    """What the person chose. With no dates the period is the last `days` days, today included.

    `safety_parts` are the safety plan's parts to print (journal.records.SAFETY_PLAN_LISTS keys);
    with none, the `safety` section says only that there is a plan and the naloxone line.
    """

    start_day: str | None = None
    end_day: str | None = None
    days: int = DEFAULT_DAYS
    sections: frozenset[str] = DEFAULT_SECTIONS
    include_names: bool = False
    excerpt_ids: tuple[str, ...] = ()
    page: str = "a4"
    safety_parts: frozenset[str] = field(default_factory=frozenset)

    def period(self, today: dt.date | None = None) -> tuple[str, str]:
        """The (start_day, end_day) this summary covers."""
        if self.start_day and self.end_day:
            return self.start_day, self.end_day
        if self.end_day:  # "the N days up to this day"
            return last_days(self.days, dt.date.fromisoformat(self.end_day))
        start, end = last_days(self.days, today)
        if self.start_day:  # "from this day to today"
            return self.start_day, end
        return start, end

    def shows(self, section: str) -> bool:
        return section in self.sections


@dataclass(frozen=True)
class Header:
    name: str
    keyworker: str
    period_text: str
    printed_text: str  # the date the page was made, in words
    shared_text: str = ""
    title: str = ""


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    average: str  # as printed: one decimal, in the language's digits
    previous: str
    change: str  # printed average minus printed previous
    change_value: float | None
    answers: int  # check-ins in the period that answered this scale


@dataclass(frozen=True)
class Scores:
    measures: tuple[Measure, ...]
    series: tuple[DayPoint, ...]
    checkins: int
    days_with_checkins: int
    days: int
    previous_period_text: str
    note: str  # what the figures are over, in a sentence


@dataclass(frozen=True)
class CompanionLine:
    """Someone the period's check-ins name as "who I was with": a group by its name (its days
    are its meetings), a person by name only when names were chosen, else by role."""

    label: str
    days: int
    group: bool


@dataclass(frozen=True)
class Connection:
    peer_days: int
    days_with_checkins: int
    days: int
    hope_on_peer_days: str
    hope_on_other_days: str
    # True/False per day of the period (False also for days without a check-in), for the strip.
    day_marks: tuple[bool, ...]
    companions: tuple[CompanionLine, ...] = ()
    more_companions: int = 0
    meetings: int = 0  # days at a group, summed over the groups
    sentence: str = ""  # "On 12 of 28 days I spent time with someone in recovery."


@dataclass(frozen=True)
class Triggers:
    count: int
    average_intensity: str  # the average trigger strength, as printed
    categories: tuple[tuple[str, int], ...]
    outcomes: tuple[tuple[str, int], ...]
    responses: tuple[tuple[str, int], ...]
    more_responses: int


@dataclass(frozen=True)
class Gratitude:
    lists: int
    items: tuple[tuple[str, str], ...]
    more_items: int


@dataclass(frozen=True)
class RoleGroup:
    role: str
    label: str
    count: int
    names: tuple[str, ...]


@dataclass(frozen=True)
class Support:
    total: int
    roles: tuple[RoleGroup, ...]
    names_shown: bool


@dataclass(frozen=True)
class Agenda:
    items: tuple[str, ...]
    more_items: int


@dataclass(frozen=True)
class Excerpt:
    kind: str
    id: str
    heading: str
    text: str


@dataclass(frozen=True)
class SummaryContent:
    """Everything the page prints. A section that is off is None (and is not drawn)."""

    page: str
    start_day: str
    end_day: str
    printed_on: str
    header: Header
    show_header: bool
    scores: Scores | None = None
    connection: Connection | None = None
    triggers: Triggers | None = None
    gratitude: Gratitude | None = None
    support: Support | None = None
    agenda: Agenda | None = None
    excerpts: tuple[Excerpt, ...] | None = None
    more_excerpts: int = 0
    goals: Goals | None = None
    plans: Plans | None = None
    capital: Capital | None = None
    use: Use | None = None
    safety: Safety | None = None
    show_notes: bool = False


# ---- words --------------------------------------------------------------------------------------


def long_date(day: dt.date) -> str:
    """'21 November 2026': day-month-year in words, never ambiguous between UK and US readers."""
    return localformat.format_date(day, localformat.LONG)


def short_date(day: dt.date) -> str:
    return localformat.format_date(day, localformat.SHORT_MONTH)


def days_words(count: int) -> str:
    """'1 day', '28 days', '3,650 days'."""
    return translate("summary", "%Ln days", None, count)


def period_text(start_day: str, end_day: str) -> str:
    """'25 October – 21 November 2026 (28 days)', the year said once when both ends share it."""
    start, end = dt.date.fromisoformat(start_day), dt.date.fromisoformat(end_day)
    length = days_words((end - start).days + 1)
    if start == end:
        return translate("summary", "{date} ({length})").format(date=long_date(end), length=length)
    if start.year == end.year:
        pattern = "d" if start.month == end.month else localformat.DAY_MONTH
        first = localformat.format_date(start, pattern)
    else:
        first = long_date(start)
    return translate("summary", "{start} – {end} ({length})").format(
        start=first, end=long_date(end), length=length
    )


def when_text(at: str) -> str:
    """'Sat 21 Nov 2026, 20:15' in the time the entry was written (its own offset)."""
    moment = dt.datetime.fromisoformat(at)
    return translate("summary", "{date}, {time}").format(
        date=localformat.format_date(moment.date(), "ddd d MMM yyyy"), time=localformat.format_time(moment)
    )


def one_line(text: str, limit: int) -> str:
    """Whitespace (newlines, tabs) folded to single spaces, cut to `limit` characters."""
    folded = " ".join(text[: limit * 2 + 200].split())
    return folded if len(folded) <= limit else folded[: limit - 1].rstrip() + "…"


def rounded(value: float | None) -> Decimal | None:
    """A figure as the page prints it: one decimal, halves away from zero."""
    if value is None:
        return None
    return Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def decimal_text(value: Decimal | None) -> str:
    """'7.3' ('7,3' in Polish), or '–' when there is no figure."""
    return "–" if value is None else localformat.format_number(float(value), 1)


def change_text(now: Decimal | None, before: Decimal | None) -> str:
    """'+0.3', '−0.4' (a true minus sign), 'no change', or '–' when either figure is missing.

    The difference of the two printed figures, so it is exactly what a reader would work out.
    Neutral on purpose: a change is a fact to talk about, not good or bad news, so no arrows or
    colours say which way is "right".
    """
    if now is None or before is None:
        return "–"
    difference = now - before
    if difference == 0:
        return translate("summary", "no change")
    return localformat.format_change(float(difference), 1)


# ---- sections -----------------------------------------------------------------------------------


def _header(vault: _VaultLike, start_day: str, end_day: str, today: dt.date) -> Header:
    name = vault.setting("name", "") or ""
    keyworker = vault.setting("keyworker", "") or ""
    return Header(
        name=one_line(str(name), NAME_CHARS),
        keyworker=one_line(str(keyworker), NAME_CHARS),
        period_text=period_text(start_day, end_day),
        printed_text=long_date(today),
        shared_text=translate("summary", "Shared by choice"),
        title=translate("summary", "Recovery Journal summary"),
    )


def _scores(stats: PeriodStats) -> Scores:
    measures = []
    for key, label in MEASURES:
        now, before = rounded(getattr(stats.current, key)), rounded(getattr(stats.previous, key))
        measures.append(Measure(
            key=key,
            label=translate("summary", label),
            average=decimal_text(now),
            previous=decimal_text(before),
            change=change_text(now, before),
            change_value=None if now is None or before is None else float(now - before),
            answers=stats.current.answers(key),
        ))
    before_period = period_text(*previous_period(stats.start_day, stats.end_day))
    note = ""
    if stats.current.checkins:
        note = translate(
            "summary",
            "{checkins} on {days} of {period}. Each average is over the check-ins that answered "
            "it (hope {hope}, mood {mood}, craving {craving}), on a scale of 0 to 10.",
        ).format(
            checkins=translate("summary", "%Ln check-ins", None, stats.current.checkins),
            days=localformat.format_number(stats.days_with_checkins),
            period=days_words(stats.days),
            hope=localformat.format_number(stats.current.hope_answers),
            mood=localformat.format_number(stats.current.mood_answers),
            craving=localformat.format_number(stats.current.craving_answers),
        )
    return Scores(
        measures=tuple(measures),
        series=stats.series,
        checkins=stats.current.checkins,
        days_with_checkins=stats.days_with_checkins,
        days=stats.days,
        previous_period_text=before_period,
        note=note,
    )


def _connection(vault: _VaultLike, stats: PeriodStats, include_names: bool) -> Connection:
    named = vault.companions(stats.start_day, stats.end_day)
    def label(c: Companion) -> str:
        if c.role == "group" or include_names:
            return one_line(c.name, NAME_CHARS)
        return translate("summary", ROLE_WORDS[c.role])

    lines = [CompanionLine(label(c), c.days, c.role == "group") for c in named]
    lines.sort(key=lambda line: (not line.group, -line.days))  # groups (meetings) first
    shown = tuple(lines[:COMPANIONS])
    sentence = translate(
        "summary", "On {count} of {period} I spent time with someone in recovery."
    ).format(count=localformat.format_number(stats.peer_days), period=days_words(stats.days))
    return Connection(
        peer_days=stats.peer_days,
        days_with_checkins=stats.days_with_checkins,
        days=stats.days,
        hope_on_peer_days=decimal_text(rounded(stats.hope_on_peer_days)),
        hope_on_other_days=decimal_text(rounded(stats.hope_on_other_days)),
        day_marks=tuple(point.peer for point in stats.series),
        companions=shown,
        more_companions=len(lines) - len(shown),
        meetings=sum(c.days for c in named if c.role == "group"),
        sentence=sentence,
    )


def _triggers(vault: _VaultLike, stats: PeriodStats) -> Triggers:
    worked = vault.responses_that_worked(stats.start_day, stats.end_day)
    responses = tuple((one_line(str(r), 200), int(n)) for r, n in worked[:RESPONSES])
    return Triggers(
        count=stats.triggers,
        average_intensity=decimal_text(rounded(stats.trigger_intensity)),
        categories=tuple(
            (translate("summary", CATEGORY_WORDS[category]), n) for category, n in stats.trigger_categories
        ),
        outcomes=tuple(
            (translate("summary", OUTCOME_WORDS[o]), n) for o, n in stats.outcomes if o in OUTCOMES
        ),
        responses=responses,
        more_responses=max(0, len(worked) - len(responses)),
    )


def _gratitude(vault: _VaultLike, stats: PeriodStats) -> Gratitude:
    """The most recent items, each said once (the same thanks on many days is still one line)."""
    rows = vault.gratitude_items(stats.start_day, stats.end_day)
    seen: dict[str, tuple[str, str]] = {}
    for day, text in rows:
        line = one_line(text, 300)
        seen.setdefault(line.casefold(), (day, line))
    distinct = list(seen.values())
    items = tuple(distinct[:GRATITUDE_ITEMS])
    return Gratitude(lists=stats.gratitude_lists, items=items, more_items=len(distinct) - len(items))


def _support(vault: _VaultLike, include_names: bool) -> Support:
    rows = vault.contacts_by_role()
    by_role: dict[str, list[str]] = {}
    for role, name in rows:
        by_role.setdefault(role, []).append(one_line(name, NAME_CHARS))
    roles = tuple(
        RoleGroup(
            role=role,
            label=translate("summary", ROLE_WORDS[role]),
            count=len(by_role[role]),
            names=tuple(sorted(by_role[role], key=str.casefold)) if include_names else (),
        )
        for role in CONTACT_ROLES
        if role in by_role
    )
    return Support(total=len(rows), roles=roles, names_shown=include_names)


def _agenda(vault: _VaultLike) -> Agenda:
    texts = [one_line(text, 600) for text in vault.open_agenda()]
    texts = [text for text in texts if text]
    return Agenda(items=tuple(texts[:AGENDA_ITEMS]), more_items=max(0, len(texts) - AGENDA_ITEMS))


def _scale_words(record: CheckIn) -> str:
    parts = []
    for key, label in MEASURES:
        value = getattr(record, key)
        if value is not None:
            parts.append(translate("summary", "{measure} {value}").format(
                measure=translate("summary", label).lower(), value=value))
    if record.peer_contact:
        parts.append(translate("summary", "time with someone in recovery"))
    return ", ".join(parts)


def _checkin_excerpt(record: CheckIn) -> Excerpt:
    answers = _scale_words(record)
    heading = translate("summary", "Check-in · {when}").format(when=when_text(record.at))
    if answers:
        heading = translate("summary", "{heading} · {answers}").format(heading=heading, answers=answers)
    return Excerpt(kind="checkin", id=record.id, heading=heading, text=one_line(record.note, EXCERPT_CHARS))


def _trigger_excerpt(record: Trigger) -> Excerpt:
    parts = [one_line(record.situation, EXCERPT_CHARS)]
    if record.response.strip():
        parts.append(translate("summary", "What I did: {response}").format(
            response=one_line(record.response, 400)))
    if record.note.strip():
        parts.append(one_line(record.note, EXCERPT_CHARS))
    text = one_line(" — ".join(p for p in parts if p), EXCERPT_CHARS)
    heading = translate("summary", "Trigger · {when} · {category}, strength {strength}, {outcome}").format(
        when=when_text(record.at),
        category=translate("summary", CATEGORY_WORDS[record.category]).lower(),
        strength=record.intensity,
        outcome=translate("summary", OUTCOME_WORDS[record.outcome]).lower(),
    )
    return Excerpt(kind="trigger", id=record.id, heading=heading, text=text)


def _excerpts(vault: _VaultLike, ids: tuple[str, ...]) -> tuple[tuple[Excerpt, ...], int]:
    """The ticked entries, oldest first (a keyworker reads the page as a story)."""
    if not ids:
        return (), 0
    wanted = list(dict.fromkeys(ids))
    found: list[tuple[str, Excerpt]] = []
    for record in vault.get_many("checkin", wanted):
        assert isinstance(record, CheckIn)
        found.append((record.at, _checkin_excerpt(record)))
    for record in vault.get_many("trigger", wanted):
        assert isinstance(record, Trigger)
        found.append((record.at, _trigger_excerpt(record)))
    found.sort(key=lambda pair: dt.datetime.fromisoformat(pair[0]))
    shown = tuple(excerpt for _, excerpt in found[:EXCERPTS])
    return shown, len(found) - len(shown)


# ---- the whole page -----------------------------------------------------------------------------


def build_summary(
    vault: _VaultLike, options: SummaryOptions | None = None, today: dt.date | None = None
) -> SummaryContent:
    """Gather every figure and list the page prints, for the period and sections chosen.

    Reads only: nothing is written to the vault or anywhere else.
    """
    options = options or SummaryOptions()
    if options.page not in PAGE_SIZES:
        raise ValueError(f"page must be one of {', '.join(PAGE_SIZES)}")
    today = today or dt.date.today()
    start_day, end_day = options.period(today)
    shows = options.shows
    needs_stats = any(shows(key) for key in ("scores", "connection", "triggers", "gratitude"))
    stats = vault.stats(start_day, end_day) if needs_stats else None
    excerpts: tuple[Excerpt, ...] | None = None
    more_excerpts = 0
    if shows("excerpts"):
        excerpts, more_excerpts = _excerpts(vault, options.excerpt_ids)
    return SummaryContent(
        page=options.page,
        start_day=start_day,
        end_day=end_day,
        printed_on=today.isoformat(),
        header=_header(vault, start_day, end_day, today),
        show_header=shows("header"),
        scores=_scores(stats) if stats and shows("scores") else None,
        connection=(
            _connection(vault, stats, options.include_names) if stats and shows("connection") else None
        ),
        triggers=_triggers(vault, stats) if stats and shows("triggers") else None,
        gratitude=_gratitude(vault, stats) if stats and shows("gratitude") else None,
        support=_support(vault, options.include_names) if shows("support") else None,
        agenda=_agenda(vault) if shows("agenda") else None,
        excerpts=excerpts,
        more_excerpts=more_excerpts,
        goals=goals_section(vault, today) if shows("goals") else None,
        plans=plans_section(vault) if shows("plans") else None,
        capital=capital_section(vault, start_day, end_day) if shows("capital") else None,
        use=use_section(vault, start_day, end_day) if shows("use") else None,
        safety=(
            safety_section(vault, options.safety_parts, options.include_names) if shows("safety") else None
        ),
        show_notes=shows("notes"),
    )


__all__ = [
    "DEFAULT_SECTIONS", "SECTIONS", "SECTION_KEYS", "Agenda", "Capital", "CompanionLine", "Connection",
    "Excerpt", "Goals", "Gratitude", "Header", "Measure", "Plans", "RoleGroup", "Safety", "Scores",
    "SummaryContent", "SummaryOptions", "Support", "Triggers", "Use", "build_summary", "change_text",
    "period_text", "when_text"
]
