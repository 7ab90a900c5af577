"""Figures for a period: what the Trends page draws and the summary prints.

Definitions, fixed here once so the app, the summary and the tests agree:
- a period is whole local days, `start_day` to `end_day` inclusive (the day an entry was written,
  in the time zone it was written in);
- an average is the mean over every check-in in the period (not a mean of daily means), and
  craving's average leaves out check-ins without a craving score;
- the change is this period's average minus the previous period's of the same length;
- a "connection day" is a day with at least one check-in that says the person spent time with
  someone in recovery; hope on those days is the mean hope of all check-ins on them, against the
  mean hope of check-ins on the other days that have check-ins.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Final, Protocol

from .records import OUTCOMES, TRIGGER_CATEGORIES


class _Queryable(Protocol):
    def query(self, sql: str, parameters: Any = ()) -> list[tuple[Any, ...]]: ...


@dataclass(frozen=True)
class DayPoint:
    day: str
    mood: float | None
    hope: float | None
    craving: float | None
    checkins: int
    peer: bool


@dataclass(frozen=True)
class Averages:
    checkins: int
    mood: float | None
    hope: float | None
    craving: float | None


@dataclass(frozen=True)
class PeriodStats:
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


def _averages(vault: _Queryable, start_day: str, end_day: str) -> Averages:
    count, mood, hope, craving = vault.query(
        "SELECT count(*), avg(mood), avg(hope), avg(craving) FROM checkins"
        " WHERE day BETWEEN ? AND ?",
        (start_day, end_day),
    )[0]
    return Averages(int(count), mood, hope, craving)


def period_stats(vault: _Queryable, start_day: str, end_day: str) -> PeriodStats:
    days = period_days(start_day, end_day)
    period = (start_day, end_day)
    by_day = {
        row[0]: row
        for row in vault.query(
            "SELECT day, avg(mood), avg(hope), avg(craving), count(*), max(peer_contact)"
            " FROM checkins WHERE day BETWEEN ? AND ? GROUP BY day",
            period,
        )
    }
    start = dt.date.fromisoformat(start_day)
    series = []
    for offset in range(days):
        day = (start + dt.timedelta(days=offset)).isoformat()
        row = by_day.get(day)
        if row is None:
            series.append(DayPoint(day, None, None, None, 0, False))
        else:
            series.append(DayPoint(day, row[1], row[2], row[3], int(row[4]), bool(row[5])))

    peer_hope, other_hope = vault.query(
        "WITH peer_days AS (SELECT day FROM checkins WHERE day BETWEEN ? AND ?"
        "                   GROUP BY day HAVING max(peer_contact) = 1)"
        " SELECT avg(CASE WHEN day IN peer_days THEN hope END),"
        "        avg(CASE WHEN day NOT IN peer_days THEN hope END)"
        " FROM checkins WHERE day BETWEEN ? AND ?",
        (*period, *period),
    )[0]

    trigger_count, intensity = vault.query(
        "SELECT count(*), avg(intensity) FROM triggers WHERE day BETWEEN ? AND ?", period
    )[0]
    category_counts = dict(
        vault.query(
            "SELECT category, count(*) FROM triggers WHERE day BETWEEN ? AND ? GROUP BY category",
            period,
        )
    )
    categories = tuple(
        sorted(
            ((c, int(category_counts[c])) for c in TRIGGER_CATEGORIES if c in category_counts),
            key=lambda item: (-item[1], TRIGGER_CATEGORIES.index(item[0])),
        )
    )
    outcome_counts = dict(
        vault.query(
            "SELECT outcome, count(*) FROM triggers WHERE day BETWEEN ? AND ? GROUP BY outcome",
            period,
        )
    )
    outcomes = tuple((o, int(outcome_counts.get(o, 0))) for o in OUTCOMES)
    worked = tuple(
        (str(r), int(n))
        for r, n in vault.query(
            "SELECT trim(response) AS r, count(*) AS n FROM triggers"
            " WHERE day BETWEEN ? AND ? AND outcome = 'resisted' AND trim(response) != ''"
            " GROUP BY r ORDER BY n DESC, r LIMIT ?",
            (*period, RESPONSES_LIMIT),
        )
    )

    gratitude_lists = int(
        vault.query("SELECT count(*) FROM gratitude WHERE date BETWEEN ? AND ?", period)[0][0]
    )
    recent = tuple(
        (str(d), str(item))
        for d, item in vault.query(
            "SELECT g.date, j.value FROM gratitude g, json_each(g.items) j"
            " WHERE g.date BETWEEN ? AND ? AND trim(j.value) != ''"
            " ORDER BY g.date DESC, g.seq DESC, j.key LIMIT ?",
            (*period, RECENT_GRATITUDE_LIMIT),
        )
    )

    return PeriodStats(
        start_day=start_day,
        end_day=end_day,
        days=days,
        current=_averages(vault, *period),
        previous=_averages(vault, *previous_period(*period)),
        series=tuple(series),
        days_with_checkins=len(by_day),
        peer_days=sum(1 for p in series if p.peer),
        hope_on_peer_days=peer_hope,
        hope_on_other_days=other_hope,
        triggers=int(trigger_count),
        trigger_categories=categories,
        trigger_intensity=intensity,
        outcomes=outcomes,
        responses_that_worked=worked,
        gratitude_lists=gratitude_lists,
        recent_gratitude=recent,
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
