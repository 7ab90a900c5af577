"""The questions the Trends page and the summary ask about a period, as SQL.

These functions only read; `journal/stats.py` and `journal/summary.py` turn what they return into
figures and sentences. Each takes an open connection (the Vault's, under its lock, or a bare one
in the benchmarks).
"""

from __future__ import annotations

from typing import Any

from ..stats import (
    RECENT_GRATITUDE_LIMIT,
    RESPONSES_LIMIT,
    AverageRow,
    DayRow,
    PeriodRows,
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
    params: tuple[Any, ...] = (start_day, end_day)
    if limit is not None:
        sql += " LIMIT ?"
        params += (limit,)
    return [(str(d), str(item)) for d, item in connection.execute(sql, params).fetchall()]


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
    # Rows come back as (str, float|None ×3, int, int) tuples already: no per-row conversion.
    by_day: tuple[DayRow, ...] = tuple(connection.execute(
        "SELECT day, avg(mood), avg(hope), avg(craving), count(*), max(peer_contact)"
        " FROM checkins WHERE day BETWEEN ? AND ? GROUP BY day",
        period,
    ).fetchall())
    # Hope on days with and without peer contact, and the triggers' figures, in one pass each over
    # the period's rows: fewer statements cost less than letting SQL group the same rows four times.
    peer_days = {row[0] for row in by_day if row[5]}
    peer_hopes: list[int] = []
    other_hopes: list[int] = []
    for day, hope in connection.execute(
        "SELECT day, hope FROM checkins WHERE day BETWEEN ? AND ? AND hope IS NOT NULL", period
    ):
        (peer_hopes if day in peer_days else other_hopes).append(hope)
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
        hope_on_peer_days=mean(peer_hopes),
        hope_on_other_days=mean(other_hopes),
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
