"""What the one-page keyworker summary says: every figure and list, ready to print (no Qt here).

The summary is the page a person chooses to hand to their keyworker (docs/contracts.md, "The
one-page summary"). This module decides *what* it says; the desktop app's page renderer decides
*how it looks*, and the app and the command line both call `build_summary` then render, so they
print the same page. The vault answers the questions
(journal/vault/queries.py holds the SQL); this module only chooses, counts and words.

Why the split: the content is plain data that tests can check figure by figure against the
journal, and the same content can go to a PDF file, a printer or a print preview.

Rules that shape the content:
- figures follow the definitions in `journal/stats.py` (averages over check-ins, change against
  the previous period of the same length), shown with `one_decimal` / `signed_one_decimal`;
- the person chooses what is shared: journal text appears only for entries they ticked
  (`excerpt_ids`), other people's names only with `include_names`, and each section can be off;
- warm, neutral words ("used", never "relapsed"; no alarms), because the page is about the person.
Lists here are complete or generously capped; the renderer measures what fits and ends a list
with "+ N more", so the counts of what was left out are kept here too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final, Protocol

from .records import CONTACT_ROLES, OUTCOMES, CheckIn, Record, Trigger
from .stats import (
    DayPoint,
    PeriodStats,
    last_days,
    one_decimal,
    previous_period,
    signed_one_decimal,
)

DEFAULT_DAYS: Final = 28
PAGE_SIZES: Final = ("a4", "letter")

# The sections the person can switch on or off, in page order, with the words the app shows.
SECTIONS: Final[tuple[tuple[str, str], ...]] = (
    ("header", "Name, keyworker and period"),
    ("scores", "Hope, mood and craving"),
    ("connection", "Time with others in recovery"),
    ("triggers", "Triggers"),
    ("gratitude", "Gratitude"),
    ("support", "Support network"),
    ("agenda", "What I want to talk about"),
    ("excerpts", "Journal entries I ticked"),
)
SECTION_KEYS: Final = tuple(key for key, _ in SECTIONS)

# Caps keep the content small whatever the journal holds (ten years, 300 contacts); the page
# shows fewer when space is short and says how many more there are.
GRATITUDE_ITEMS: Final = 8
RESPONSES: Final = 6
AGENDA_ITEMS: Final = 40
EXCERPTS: Final = 20
# A ticked 100,000-character note is cut here: no page can show more than a few hundred words.
EXCERPT_CHARS: Final = 1_500
NAME_CHARS: Final = 120

MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
WEEKDAYS: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

OUTCOME_WORDS: Final = {"resisted": "Got through it", "partly": "Partly", "used": "Used"}
MEASURE_WORDS: Final = (("hope", "Hope"), ("mood", "Mood"), ("craving", "Craving"))


class _VaultLike(Protocol):
    """What the summary asks of the vault (journal.vault.Vault; a stand-in in tests)."""

    def stats(self, start_day: str, end_day: str) -> PeriodStats: ...

    def setting(self, key: str, default: Any = None) -> Any: ...

    def get_many(self, kind: str, record_ids: Sequence[str]) -> list[Record]: ...

    def responses_that_worked(self, start_day: str, end_day: str) -> list[tuple[str, int]]: ...

    def gratitude_items(self, start_day: str, end_day: str) -> list[tuple[str, str]]: ...

    def contacts_by_role(self) -> list[tuple[str, str]]: ...

    def open_agenda(self) -> list[str]: ...


@dataclass(frozen=True)
class SummaryOptions:
    """What the person chose. With no dates the period is the last `days` days, today included."""

    start_day: str | None = None
    end_day: str | None = None
    days: int = DEFAULT_DAYS
    sections: frozenset[str] = frozenset(SECTION_KEYS)
    include_names: bool = False
    excerpt_ids: tuple[str, ...] = ()
    page: str = "a4"

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
    shared_text: str = "Shared by choice"
    title: str = "Recovery Journal summary"


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    average: str
    previous: str
    change: str
    change_value: float | None


@dataclass(frozen=True)
class Scores:
    measures: tuple[Measure, ...]
    series: tuple[DayPoint, ...]
    checkins: int
    days_with_checkins: int
    days: int
    previous_period_text: str


@dataclass(frozen=True)
class Connection:
    peer_days: int
    days_with_checkins: int
    days: int
    hope_on_peer_days: str
    hope_on_other_days: str
    # True/False per day of the period (False also for days without a check-in), for the strip.
    day_marks: tuple[bool, ...]


@dataclass(frozen=True)
class Triggers:
    count: int
    average_intensity: str
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


# ---- words --------------------------------------------------------------------------------------


def long_date(day: dt.date) -> str:
    """'21 November 2026': day-month-year in words, never ambiguous between UK and US readers."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1][:3]}"


def period_text(start_day: str, end_day: str) -> str:
    """'25 October – 21 November 2026 (28 days)', the year said once when both ends share it."""
    start, end = dt.date.fromisoformat(start_day), dt.date.fromisoformat(end_day)
    days = (end - start).days + 1
    length = "1 day" if days == 1 else f"{days:,} days"
    if start == end:
        return f"{long_date(end)} ({length})"
    if start.year == end.year:
        first = f"{start.day} {MONTHS[start.month - 1]}"
        if start.month == end.month:
            first = str(start.day)
        return f"{first} – {long_date(end)} ({length})"
    return f"{long_date(start)} – {long_date(end)} ({length})"


def when_text(at: str) -> str:
    """'Sat 21 Nov 2026, 20:15' in the time the entry was written (its own offset)."""
    moment = dt.datetime.fromisoformat(at)
    return (
        f"{WEEKDAYS[moment.weekday()]} {moment.day} {MONTHS[moment.month - 1][:3]} {moment.year},"
        f" {moment:%H:%M}"
    )


def _one_line(text: str, limit: int) -> str:
    """Whitespace (newlines, tabs) folded to single spaces, cut to `limit` characters."""
    folded = " ".join(text[: limit * 2 + 200].split())
    return folded if len(folded) <= limit else folded[: limit - 1].rstrip() + "…"


def plural(count: int, one: str, many: str | None = None) -> str:
    """'1 day', '12 days', '1,204 check-ins': the counted words every sentence on the page uses."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


# ---- sections -----------------------------------------------------------------------------------


def _header(vault: _VaultLike, start_day: str, end_day: str, today: dt.date) -> Header:
    name = vault.setting("name", "") or ""
    keyworker = vault.setting("keyworker", "") or ""
    return Header(
        name=_one_line(str(name), NAME_CHARS),
        keyworker=_one_line(str(keyworker), NAME_CHARS),
        period_text=period_text(start_day, end_day),
        printed_text=long_date(today),
    )


def _scores(stats: PeriodStats) -> Scores:
    measures = tuple(
        Measure(
            key=key,
            label=label,
            average=one_decimal(getattr(stats.current, key)),
            previous=one_decimal(getattr(stats.previous, key)),
            change=signed_change(stats.change(key)),
            change_value=stats.change(key),
        )
        for key, label in MEASURE_WORDS
    )
    before = previous_period(stats.start_day, stats.end_day)
    return Scores(
        measures=measures,
        series=stats.series,
        checkins=stats.current.checkins,
        days_with_checkins=stats.days_with_checkins,
        days=stats.days,
        previous_period_text=period_text(*before),
    )


def signed_change(value: float | None) -> str:
    """'+0.3', '−0.4' (a true minus sign), 'no change', or '–' when either period has no data.

    Neutral on purpose: a change is a fact to talk about, not good or bad news, so no arrows or
    colours say which way is "right" (craving going up after a hard week is worth discussing,
    not alarming).
    """
    return signed_one_decimal(value).replace("-", "\u2212")


def _connection(stats: PeriodStats) -> Connection:
    return Connection(
        peer_days=stats.peer_days,
        days_with_checkins=stats.days_with_checkins,
        days=stats.days,
        hope_on_peer_days=one_decimal(stats.hope_on_peer_days),
        hope_on_other_days=one_decimal(stats.hope_on_other_days),
        day_marks=tuple(point.peer for point in stats.series),
    )


def _triggers(vault: _VaultLike, stats: PeriodStats) -> Triggers:
    worked = vault.responses_that_worked(stats.start_day, stats.end_day)
    responses = tuple((_one_line(str(r), 200), int(n)) for r, n in worked[:RESPONSES])
    return Triggers(
        count=stats.triggers,
        average_intensity=one_decimal(stats.trigger_intensity),
        categories=tuple((category.capitalize(), n) for category, n in stats.trigger_categories),
        outcomes=tuple((OUTCOME_WORDS[o], n) for o, n in stats.outcomes if o in OUTCOMES),
        responses=responses,
        more_responses=max(0, len(worked) - len(responses)),
    )


def _gratitude(vault: _VaultLike, stats: PeriodStats) -> Gratitude:
    """The most recent items, each said once (the same thanks on many days is still one line)."""
    rows = vault.gratitude_items(stats.start_day, stats.end_day)
    seen: dict[str, tuple[str, str]] = {}
    for day, text in rows:
        line = _one_line(text, 300)
        seen.setdefault(line.casefold(), (day, line))
    distinct = list(seen.values())
    items = tuple(distinct[:GRATITUDE_ITEMS])
    return Gratitude(lists=stats.gratitude_lists, items=items, more_items=len(distinct) - len(items))


def _support(vault: _VaultLike, include_names: bool) -> Support:
    rows = vault.contacts_by_role()
    by_role: dict[str, list[str]] = {}
    for role, name in rows:
        by_role.setdefault(role, []).append(_one_line(name, NAME_CHARS))
    roles = tuple(
        RoleGroup(
            role=role,
            label=role if role == "GP" else role.capitalize(),
            count=len(by_role[role]),
            names=tuple(sorted(by_role[role], key=str.casefold)) if include_names else (),
        )
        for role in CONTACT_ROLES
        if role in by_role
    )
    return Support(total=len(rows), roles=roles, names_shown=include_names)


def _agenda(vault: _VaultLike) -> Agenda:
    texts = [_one_line(text, 600) for text in vault.open_agenda()]
    texts = [text for text in texts if text]
    return Agenda(items=tuple(texts[:AGENDA_ITEMS]), more_items=max(0, len(texts) - AGENDA_ITEMS))


def _checkin_excerpt(record: CheckIn) -> Excerpt:
    scores = f"hope {record.hope}, mood {record.mood}"
    if record.craving is not None:
        scores += f", craving {record.craving}"
    if record.peer_contact:
        scores += ", time with someone in recovery"
    return Excerpt(
        kind="checkin",
        id=record.id,
        heading=f"Check-in · {when_text(record.at)} · {scores}",
        text=_one_line(record.note, EXCERPT_CHARS),
    )


def _trigger_excerpt(record: Trigger) -> Excerpt:
    parts = [_one_line(record.situation, EXCERPT_CHARS)]
    if record.response.strip():
        parts.append("What I did: " + _one_line(record.response, 400))
    if record.note.strip():
        parts.append(_one_line(record.note, EXCERPT_CHARS))
    text = _one_line(" — ".join(p for p in parts if p), EXCERPT_CHARS)
    return Excerpt(
        kind="trigger",
        id=record.id,
        heading=(
            f"Trigger · {when_text(record.at)} · {record.category}, intensity {record.intensity},"
            f" {OUTCOME_WORDS.get(record.outcome, record.outcome).lower()}"
        ),
        text=text,
    )


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
    stats = vault.stats(start_day, end_day)
    shows = options.shows
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
        scores=_scores(stats) if shows("scores") else None,
        connection=_connection(stats) if shows("connection") else None,
        triggers=_triggers(vault, stats) if shows("triggers") else None,
        gratitude=_gratitude(vault, stats) if shows("gratitude") else None,
        support=_support(vault, options.include_names) if shows("support") else None,
        agenda=_agenda(vault) if shows("agenda") else None,
        excerpts=excerpts,
        more_excerpts=more_excerpts,
    )


__all__ = [
    "SECTIONS",
    "SECTION_KEYS",
    "Agenda",
    "Connection",
    "Excerpt",
    "Gratitude",
    "Header",
    "Measure",
    "RoleGroup",
    "Scores",
    "SummaryContent",
    "SummaryOptions",
    "Support",
    "Triggers",
    "build_summary",
    "period_text",
    "plural",
    "signed_change",
    "when_text",
]
