"""Figures for a period: what the Trends page draws and the summary prints.

The vault reads the rows and means (journal/vault/queries.py, where all SQL lives); this module
turns them into the figures the pages show, with no database of its own.

Definitions, fixed here once so the app, the summary and the tests agree:
- a period is whole local days, `start_day` to `end_day` inclusive (the day an entry was written,
  in the time zone it was written in);
- an average is the mean over every check-in in the period (not a mean of daily means), and
  each scale's average leaves out the check-ins where it was not answered (null: a person
  may answer hope alone, or only write a note);
- the change is this period's average minus the previous period's of the same length;
- a "connection day" is a day with at least one check-in that says the person spent time with
  someone in recovery; hope on those days is the mean hope of all check-ins on them, against the
  mean hope of check-ins on the other days that have check-ins.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final, NamedTuple

from .records import OUTCOMES, TRIGGER_CATEGORIES


class DayPoint(NamedTuple):
    """One day of a period's chart (a tuple: a year's chart makes 365 of them per draw)."""

    day: str
    mood: float | None
    hope: float | None
    craving: float | None
    checkins: int
    peer: bool


class Averages(NamedTuple):
    """Check-ins in a period; each scale's mean over the check-ins that answered it, and how
    many did (None and 0 when none did)."""

    checkins: int
    mood: float | None
    hope: float | None
    craving: float | None
    mood_answers: int = 0
    hope_answers: int = 0
    craving_answers: int = 0

    def answers(self, measure: str) -> int:
        return int(getattr(self, f"{measure}_answers"))


class PeriodStats(NamedTuple):
    start_day: str
    end_day: str
    days: int
    current: Averages
    previous: Averages
    series: tuple[DayPoint, ...]
    days_with_checkins: int
    peer_days: int
    hope_on_peer_days: float | None
    hope_on_other_days: float | None
    triggers: int
    trigger_categories: tuple[tuple[str, int], ...]
    trigger_intensity: float | None
    outcomes: tuple[tuple[str, int], ...]
    responses_that_worked: tuple[tuple[str, int], ...]
    gratitude_lists: int
    recent_gratitude: tuple[tuple[str, str], ...]

    def change(self, measure: str) -> float | None:
        """This period's average minus the previous one's, or None if either has no data."""
        now, before = getattr(self.current, measure), getattr(self.previous, measure)
        if now is None or before is None:
            return None
        return float(now - before)


@dataclass(frozen=True)
class SupportHope:
    """Hope on the days a kind of support was there: the days whose check-ins name ("who I was
    with") a contact giving `kind` of support (emotional, practical, information, company), or a
    group (`kind` "group": a meeting or recovery community). `hope` is the mean hope of all the
    check-ins on those days, like hope on connection days; None when none answered hope."""

    kind: str
    days: int
    hope: float | None


# (count, mean mood, mean hope, mean craving, answered moods, hopes, cravings) of the check-ins
# in a period.
AverageRow = tuple[int, float | None, float | None, float | None, int, int, int]
# (day, mean mood, mean hope, mean craving, check-ins, 1 if any said time with someone in recovery,
# sum of the hope answers, how many answered hope)
DayRow = tuple[str, float | None, float | None, float | None, int, int, int | None, int]


class PeriodRows(NamedTuple):
    """What the vault reads for a period (journal/vault/queries.py), before any arithmetic here.

    These figure types are NamedTuples, not frozen dataclasses: Trends and the summary make them
    on every change of period, and a tuple is made in a third of the time."""

    start_day: str
    end_day: str
    by_day: tuple[DayRow, ...]
    current: AverageRow
    previous: AverageRow
    hope_on_peer_days: float | None
    hope_on_other_days: float | None
    triggers: int
    trigger_intensity: float | None
    category_counts: dict[str, int]
    outcome_counts: dict[str, int]
    responses_that_worked: tuple[tuple[str, int], ...]
    gratitude_lists: int
    recent_gratitude: tuple[tuple[str, str], ...]


RECENT_GRATITUDE_LIMIT: Final = 12
RESPONSES_LIMIT: Final = 8


def period_days(start_day: str, end_day: str) -> int:
    start, end = dt.date.fromisoformat(start_day), dt.date.fromisoformat(end_day)
    if end < start:
        raise ValueError("the period ends before it starts")
    return (end - start).days + 1


def last_days(days: int, today: dt.date | None = None) -> tuple[str, str]:
    """The period of the last `days` days, today included."""
    end = today or dt.date.today()
    return (end - dt.timedelta(days=days - 1)).isoformat(), end.isoformat()


def previous_period(start_day: str, end_day: str) -> tuple[str, str]:
    length = period_days(start_day, end_day)
    start = dt.date.fromisoformat(start_day)
    return (start - dt.timedelta(days=length)).isoformat(), (start - dt.timedelta(days=1)).isoformat()


def compute_period_stats(rows: PeriodRows) -> PeriodStats:
    """The figures of a period from what the vault read for it (journal/vault/queries.py)."""
    start_day, end_day = rows.start_day, rows.end_day
    days = period_days(start_day, end_day)
    by_day = {row[0]: row for row in rows.by_day}
    start = dt.date.fromisoformat(start_day)
    series = []
    one_day = dt.timedelta(days=1)
    date = start
    for _ in range(days):
        day = date.isoformat()
        row = by_day.get(day)
        if row is None:
            series.append(DayPoint(day, None, None, None, 0, False))
        else:
            series.append(DayPoint(day, row[1], row[2], row[3], row[4], bool(row[5])))
        date += one_day
    categories = tuple(
        sorted(
            (
                (c, int(rows.category_counts[c]))
                for c in TRIGGER_CATEGORIES
                if c in rows.category_counts
            ),
            key=lambda item: (-item[1], TRIGGER_CATEGORIES.index(item[0])),
        )
    )
    outcomes = tuple((o, int(rows.outcome_counts.get(o, 0))) for o in OUTCOMES)
    return PeriodStats(
        start_day=start_day,
        end_day=end_day,
        days=days,
        current=Averages(*rows.current),
        previous=Averages(*rows.previous),
        series=tuple(series),
        days_with_checkins=len(by_day),
        peer_days=sum(1 for p in series if p.peer),
        hope_on_peer_days=rows.hope_on_peer_days,
        hope_on_other_days=rows.hope_on_other_days,
        triggers=rows.triggers,
        trigger_categories=categories,
        trigger_intensity=rows.trigger_intensity,
        outcomes=outcomes,
        responses_that_worked=rows.responses_that_worked,
        gratitude_lists=rows.gratitude_lists,
        recent_gratitude=rows.recent_gratitude,
    )


def one_decimal(value: float | None) -> str:
    """How every average is shown: one decimal, half away from zero, '–' when there is no data."""
    if value is None:
        return "–"
    from decimal import ROUND_HALF_UP, Decimal

    return str(Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def signed_one_decimal(value: float | None) -> str:
    if value is None:
        return "–"
    text = one_decimal(value)
    if text in ("0.0", "-0.0"):
        return "no change"
    return text if text.startswith("-") else "+" + text
