"""The questions the Trends page and the summary ask about a period, as SQL.

These functions only read; `journal/stats.py` and `journal/summary.py` turn what they return into
figures and sentences. Each takes an open connection (the Vault's, under its lock, or a bare one
in the benchmarks).
"""

from __future__ import annotations

from typing import Any

from ..records import SUPPORT_KINDS
from ..stats import (
    RECENT_GRATITUDE_LIMIT,
    RESPONSES_LIMIT,
    AverageRow,
    DayRow,
    PeriodRows,
    SupportHope,
    previous_period,
)


def averages(connection: Any, start_day: str, end_day: str) -> AverageRow:
    """Check-ins, and each scale's mean and number of answers (SQL's avg and count skip NULL,
    an unanswered scale)."""
    count, mood, hope, craving, moods, hopes, cravings = connection.execute(
        "SELECT count(*), avg(mood), avg(hope), avg(craving), count(mood), count(hope),"
        " count(craving) FROM checkins WHERE day BETWEEN ? AND ?",
        (start_day, end_day),
    ).fetchone()
    return int(count), mood, hope, craving, int(moods), int(hopes), int(cravings)


def responses_that_worked(
    connection: Any, start_day: str, end_day: str, limit: int | None = None
) -> list[tuple[str, int]]:
    """What the person did when they got through a trigger, most often first."""
    sql = (
        "SELECT trim(response) AS r, count(*) AS n FROM triggers"
        " WHERE day BETWEEN ? AND ? AND outcome = 'resisted' AND trim(response) != ''"
        " GROUP BY r ORDER BY n DESC, r"
    )
    params: tuple[Any, ...] = (start_day, end_day)
    if limit is not None:
        sql += " LIMIT ?"
        params += (limit,)
    return [(str(r), int(n)) for r, n in connection.execute(sql, params).fetchall()]


def gratitude_items(
    connection: Any, start_day: str, end_day: str, limit: int | None = None
) -> list[tuple[str, str]]:
    """(day, item) of every gratitude item written in the period, newest first."""
    sql = (
        "SELECT g.date, j.value FROM gratitude g, json_each(g.items) j"
        " WHERE g.date BETWEEN ? AND ? AND trim(j.value) != ''"
        " ORDER BY g.date DESC, g.seq DESC, j.key"
    )
    if limit is not None:
        # Written into the statement rather than bound: SQLite sorts the period's items a third
        # quicker when it knows the limit as it plans (15 µs against 24 for the summary's twelve).
        sql += f" LIMIT {int(limit)}"
    return [(str(d), str(item)) for d, item in connection.execute(sql, (start_day, end_day)).fetchall()]


def contacts_by_role(connection: Any) -> list[tuple[str, str]]:
    """(role, name) of every contact, in the order they were added."""
    rows = connection.execute("SELECT role, name FROM contacts ORDER BY seq").fetchall()
    return [(str(role), str(name)) for role, name in rows]


def open_agenda(connection: Any) -> list[str]:
    """What the person still wants to talk about, oldest first."""
    rows = connection.execute(
        "SELECT text FROM agenda WHERE done = 0 ORDER BY created_utc, seq"
    ).fetchall()
    return [str(text) for (text,) in rows]


def mean(values: list[int]) -> float | None:
    """The average as SQL's avg() gives it (None for no values), for figures summed in Python."""
    return sum(values) / len(values) if values else None


def period_rows(connection: Any, start_day: str, end_day: str) -> PeriodRows:
    """Everything `stats.compute_period_stats` needs for the period, read in one go."""
    period = (start_day, end_day)
    # Rows come back as (str, float|None ×3, int, int, int|None, int) already: no per-row
    # conversion. The hope sums give hope on days with and without peer contact without reading
    # the period's check-ins again (integer sums, so the means are exactly SQL's avg()).
    by_day: tuple[DayRow, ...] = tuple(connection.execute(
        "SELECT day, avg(mood), avg(hope), avg(craving), count(*), max(peer_contact),"
        " sum(hope), count(hope) FROM checkins WHERE day BETWEEN ? AND ? GROUP BY day",
        period,
    ).fetchall())
    hope_totals = {True: 0, False: 0}
    hope_answers = {True: 0, False: 0}
    for _day, _mood, _hope, _craving, _count, peer, hope_sum, answered in by_day:
        if answered:
            hope_totals[bool(peer)] += hope_sum or 0
            hope_answers[bool(peer)] += answered
    # The triggers' figures in one pass over the period's rows: fewer statements cost less than
    # letting SQL group the same rows four times.
    categories: dict[str, int] = {}
    outcomes: dict[str, int] = {}
    worked: dict[str, int] = {}
    intensities: list[int] = []
    trigger_count = 0
    for category, outcome, intensity, response in connection.execute(
        "SELECT category, outcome, intensity, trim(response) FROM triggers"
        " WHERE day BETWEEN ? AND ?",
        period,
    ):
        trigger_count += 1
        categories[category] = categories.get(category, 0) + 1
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        if intensity is not None:
            intensities.append(intensity)
        if outcome == "resisted" and response:
            worked[response] = worked.get(response, 0) + 1
    gratitude_lists = connection.execute(
        "SELECT count(*) FROM gratitude WHERE date BETWEEN ? AND ?", period
    ).fetchone()[0]
    return PeriodRows(
        start_day=start_day,
        end_day=end_day,
        by_day=by_day,
        current=averages(connection, *period),
        previous=averages(connection, *previous_period(*period)),
        hope_on_peer_days=hope_totals[True] / hope_answers[True] if hope_answers[True] else None,
        hope_on_other_days=hope_totals[False] / hope_answers[False] if hope_answers[False] else None,
        triggers=trigger_count,
        trigger_intensity=mean(intensities),
        category_counts=categories,
        outcome_counts=outcomes,
        # Most often first, then by the words (the order SQL's ORDER BY n DESC, r gives).
        responses_that_worked=tuple(
            sorted(worked.items(), key=lambda item: (-item[1], item[0]))[:RESPONSES_LIMIT]
        ),
        gratitude_lists=int(gratitude_lists),
        recent_gratitude=tuple(gratitude_items(connection, *period, limit=RECENT_GRATITUDE_LIMIT)),
    )


def hope_by_support(connection: Any, start_day: str, end_day: str) -> list[SupportHope]:
    """Hope on the days each kind of support was there (the contacts named in check-ins' `with`
    and the kinds of support they give), and on days at a group; kinds with no day are left out.
    A contact deleted since no longer counts (it is not in `contacts`)."""
    found = connection.execute(
        "WITH named AS ("
        "  SELECT DISTINCT k.day AS day, s.value AS kind"
        "  FROM checkins k, json_each(k.with_ids) w JOIN contacts c ON c.id = w.value,"
        "       json_each(c.support) s"
        "  WHERE k.day BETWEEN ? AND ?"
        "  UNION"
        "  SELECT DISTINCT k.day, 'group'"
        "  FROM checkins k, json_each(k.with_ids) w JOIN contacts c ON c.id = w.value"
        "  WHERE k.day BETWEEN ? AND ? AND c.role = 'group')"
        " SELECT n.kind, count(DISTINCT n.day), avg(k.hope)"
        " FROM named n JOIN checkins k ON k.day = n.day GROUP BY n.kind",
        (start_day, end_day, start_day, end_day),
    ).fetchall()
    by_kind = {str(kind): SupportHope(str(kind), int(days), hope) for kind, days, hope in found}
    return [by_kind[kind] for kind in (*SUPPORT_KINDS, "group") if kind in by_kind]
