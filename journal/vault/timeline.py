"""The Journal page's timeline and search: everything, newest first, a page at a time.

Rows come from the `timeline` table (one row per dated record, ordered by `ord`, a position made
of the UTC time and a sequence number; see schema.py) and, when searching, from the `search`
full-text index, whose rowid is the same position. Paging by position and reading the index
newest first keeps every page equally fast however many years the vault holds. Each row is then
described in a few words (`TimelineEntry`) without loading whole records.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final, NamedTuple

from .. import schema


class TimelineEntry(NamedTuple):
    """One row of the Journal page: enough to draw it without loading the whole record.

    A NamedTuple rather than a frozen dataclass: a search builds up to 200 at once, and a tuple is
    made in a third of the time.
    """

    kind: str
    id: str
    sort_key: str  # the entry's timeline position; pass it back in `before` to page on
    day: str
    when: str
    title: str
    text: str


@dataclass(frozen=True)
class TimelineFilter:
    kinds: frozenset[str] = frozenset({"checkin", "trigger", "gratitude", "agenda"})
    start_day: str | None = None
    end_day: str | None = None
    search: str = ""


# (kind, record id, position, day) of one timeline row, before it is described.
Head = tuple[str, str, int, str]

_ORD_MIN: Final = -(1 << 62)
_ORD_MAX: Final = 1 << 62
PREVIEW_CHARS: Final = 300


def fts_query(text: str) -> str:
    """Turn what a person types into a safe FTS5 query: every word must match, the last as a prefix."""
    words = [w for w in "".join(ch if ch.isalnum() else " " for ch in text).split() if w]
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def _ord_range(start_day: str | None, end_day: str | None) -> tuple[int, int]:
    """Timeline positions that can hold these local days (a day spans UTC -14 h to +14 h)."""
    low, high = _ORD_MIN, _ORD_MAX
    if start_day:
        start = dt.datetime.fromisoformat(start_day).replace(tzinfo=dt.UTC) - dt.timedelta(days=1)
        low = int(start.timestamp()) * schema.ORD_SECONDS_FACTOR
    if end_day:
        end = dt.datetime.fromisoformat(end_day).replace(tzinfo=dt.UTC) + dt.timedelta(days=2)
        high = int(end.timestamp()) * schema.ORD_SECONDS_FACTOR
    return low, high


def timeline(
    connection: Any, where: TimelineFilter, *, before: tuple[str, str] | None, limit: int
) -> list[TimelineEntry]:
    """A page of entries newest first (see `Vault.timeline`)."""
    kinds = sorted(where.kinds)
    if not kinds:
        return []
    # The unary + keeps SQLite walking by position (newest first, stopping after one page)
    # instead of choosing the kind index and sorting everything.
    clauses = [f"+t.kind IN ({', '.join('?' for _ in kinds)})"]
    params: list[Any] = list(kinds)
    position = "t.ord"
    low, high = _ord_range(where.start_day, where.end_day)
    if where.start_day:
        clauses.append("+t.day >= ?")
        params.append(where.start_day)
    if where.end_day:
        clauses.append("+t.day <= ?")
        params.append(where.end_day)
    if before is not None:
        clauses.append("(t.ord, t.record_id) < (?, ?)")
        params.extend((int(before[0]), before[1]))
        high = min(high, int(before[0]))
    if where.search.strip():
        match = fts_query(where.search)
        if not match:
            return []
        source = "search s JOIN timeline t ON t.ord = s.rowid"
        clauses = ["s.search MATCH ?", "s.rowid BETWEEN ? AND ?", *clauses]
        params = [match, low, high, *params]
        position = "s.rowid"
    else:
        source = "timeline t"
        clauses = ["t.ord BETWEEN ? AND ?", *clauses]
        params = [low, high, *params]
    sql = (
        f"SELECT t.kind, t.record_id, t.ord, t.day FROM {source}"
        f" WHERE {' AND '.join(clauses)} ORDER BY {position} DESC LIMIT {int(limit)}"
    )
    return describe(connection, connection.execute(sql, params).fetchall())


def timeline_entry(connection: Any, kind: str, record_id: str) -> TimelineEntry | None:
    """One record's timeline row as it is now, to redraw it after an edit."""
    heads = connection.execute(
        "SELECT kind, record_id, ord, day FROM timeline WHERE kind = ? AND record_id = ?",
        (kind, record_id),
    ).fetchall()
    return describe(connection, heads)[0] if heads else None


def search_count(connection: Any, text: str) -> int:
    match = fts_query(text)
    if not match:
        return 0
    return int(
        connection.execute("SELECT count(*) FROM search WHERE search MATCH ?", (match,)).fetchone()[0]
    )


def describe(connection: Any, heads: Sequence[Head]) -> list[TimelineEntry]:
    """The entries for these timeline rows, in the same order, with one query per kind."""
    by_kind: dict[str, list[str]] = {}
    for kind, record_id, _, _ in heads:
        by_kind.setdefault(kind, []).append(record_id)
    details: dict[tuple[str, str], tuple[str, str, str]] = {}
    for kind, ids in by_kind.items():
        sql, words = _DESCRIBE[kind]
        for row in connection.execute(sql, (json.dumps(ids),)).fetchall():
            details[(kind, row[0])] = words(row)
    entries = []
    for kind, record_id, sort_key, day in heads:
        when, title, text = details.get((kind, record_id), ("", "", ""))
        entries.append(TimelineEntry(kind, record_id, str(sort_key), day, when, title, text))
    return entries


# ---- the words for each kind of row --------------------------------------------------------------


def _clip(text: str) -> str:
    """One line of at most PREVIEW_CHARS, '…' where the text goes on.

    The SQL below already cut the text to one character more than fits and turned line breaks
    and tabs into spaces (`_one_line`), which costs far less there than splitting every row's
    words in Python; only a text with runs of spaces (paragraphs) is folded here.
    """
    text = " ".join(text.split()) if "  " in text else text.strip()
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


def _one_line(column: str) -> str:
    """SQL for a column's first PREVIEW_CHARS + 1 characters with line breaks and tabs as spaces."""
    cut = f"substr({column}, 1, {PREVIEW_CHARS + 1})"
    return f"replace(replace(replace({cut}, char(13), ' '), char(10), ' '), char(9), ' ')"


# Pages of index the occasional tidy may write at most (FTS5 'merge'), so closing stays quick.
TIDY_PAGES: Final = 500


def tidy_search_index(connection: Any) -> None:
    """The occasional optimize, bounded: merge the search index's segments where enough have
    piled up (FTS5 'merge', a no-op costing microseconds otherwise). Run when the vault closes,
    it keeps searches fast over years of edits. Deleted words need no tidy: with 'secure-delete'
    (schema v2) a delete removes them from the index at once."""
    connection.execute("INSERT INTO search (search, rank) VALUES ('merge', ?)", (TIDY_PAGES,))


def _describe_checkin(row: Sequence[Any]) -> tuple[str, str, str]:
    _, at, mood, hope, craving, peer, tags, note = row
    parts = []  # only what was answered (version 2: any scale may be unanswered)
    if mood is not None:
        parts.append(f"Mood {mood}")
    if hope is not None:
        parts.append(f"Hope {hope}")
    if craving is not None:
        parts.append(f"Craving {craving}")
    if peer:
        parts.append("time with someone in recovery")
    tag_list = json.loads(tags)
    if tag_list:
        parts.append(", ".join(tag_list))
    return at, " · ".join(parts), _clip(note)


def _describe_trigger(row: Sequence[Any]) -> tuple[str, str, str]:
    _, at, situation, category, intensity, response, outcome, _note = row
    outcome_words = {"resisted": "got through it", "partly": "partly", "used": "used"}[outcome]
    title = f"Trigger · {category} · intensity {intensity} · {outcome_words}"
    text = situation + (f" — {response}" if response else "")
    return at, title, _clip(text)


def _describe_gratitude(row: Sequence[Any]) -> tuple[str, str, str]:
    _, date, items = row
    item_list = json.loads(items)
    return date, f"Grateful for {len(item_list)} thing{'s' if len(item_list) != 1 else ''}", _clip(
        " · ".join(item_list)
    )


def _describe_agenda(row: Sequence[Any]) -> tuple[str, str, str]:
    _, created, text, done = row
    return created, "To talk about" + (" (done)" if done else ""), _clip(text)


# kind -> (the query for the rows of some ids, the words for one row)
_DESCRIBE: Final[dict[str, tuple[str, Callable[[Sequence[Any]], tuple[str, str, str]]]]] = {
    "checkin": (
        f"SELECT id, at, mood, hope, craving, peer_contact, tags, {_one_line('note')} FROM checkins"
        " WHERE id IN (SELECT value FROM json_each(?))",
        _describe_checkin,
    ),
    "trigger": (
        f"SELECT id, at, {_one_line('situation')}, category, intensity, {_one_line('response')},"
        " outcome, '' FROM triggers WHERE id IN (SELECT value FROM json_each(?))",
        _describe_trigger,
    ),
    "gratitude": (
        "SELECT id, date, items FROM gratitude WHERE id IN (SELECT value FROM json_each(?))",
        _describe_gratitude,
    ),
    "agenda": (
        f"SELECT id, created, {_one_line('text')}, done FROM agenda"
        " WHERE id IN (SELECT value FROM json_each(?))",
        _describe_agenda,
    ),
}
