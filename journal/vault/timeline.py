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
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..summary_sections import CATEGORY_WORDS


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
    # When searching: a few words around the match, the matching words between MATCH_START and
    # MATCH_END (FTS5 snippet()).
    snippet: str = ""


# Every kind the timeline table holds (schema.py's triggers write these four).
TIMELINE_KINDS: Final = frozenset({"checkin", "trigger", "gratitude", "agenda"})


@dataclass(frozen=True)
class TimelineFilter:
    kinds: frozenset[str] = TIMELINE_KINDS
    start_day: str | None = None
    end_day: str | None = None
    search: str = ""


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


def _query(where: TimelineFilter) -> tuple[str, list[str], list[Any], str] | None:
    """The FROM, WHERE clauses, parameters and position column of this filter's rows; None when
    nothing can match (no kind chosen, or a search with no words).

    Only the clauses that narrow something are written: the default filter (every kind, all
    time) asks SQLite for nothing but the newest rows, as a bare query would.
    """
    kinds = sorted(where.kinds)
    if not kinds:
        return None
    searching = bool(where.search.strip())
    match = fts_query(where.search) if searching else ""
    if searching and not match:
        return None
    position = "s.rowid" if searching else "t.ord"
    clauses: list[str] = []
    params: list[Any] = []
    if searching:
        clauses.append("s.search MATCH ?")
        params.append(match)
    low, high = _ord_range(where.start_day, where.end_day)
    if (low, high) != (_ORD_MIN, _ORD_MAX):  # a period
        clauses.append(f"{position} BETWEEN ? AND ?")
        params.extend((low, high))
    # The unary + keeps SQLite walking by position (newest first, stopping after one page)
    # instead of choosing the kind index and sorting everything.
    if not where.kinds >= TIMELINE_KINDS:
        clauses.append(f"+t.kind IN ({', '.join('?' for _ in kinds)})")
        params.extend(kinds)
    if where.start_day:
        clauses.append("+t.day >= ?")
        params.append(where.start_day)
    if where.end_day:
        clauses.append("+t.day <= ?")
        params.append(where.end_day)
    source = "search s JOIN timeline t ON t.ord = s.rowid" if searching else "timeline t"
    return source, clauses, params, position


def where_sql(clauses: list[str]) -> str:
    """" WHERE a AND b", or nothing when no clause narrows the rows."""
    return f" WHERE {' AND '.join(clauses)}" if clauses else ""


# Marks around the matching words in a search snippet (FTS5 snippet()); the UI draws them bold.
MATCH_START: Final = "\x02"
MATCH_END: Final = "\x03"
SNIPPET_TOKENS: Final = 12


def _select(where: TimelineFilter) -> str:
    """The columns of a row: its head, and for a search the few words around the match."""
    if where.search.strip():
        return (
            "SELECT t.kind, t.record_id, t.ord, t.day,"
            f" snippet(search, 0, '{MATCH_START}', '{MATCH_END}', '…', {SNIPPET_TOKENS})"
        )
    return "SELECT t.kind, t.record_id, t.ord, t.day, ''"


def timeline(
    connection: Any, where: TimelineFilter, *, before: tuple[str, str] | None, limit: int
) -> list[TimelineEntry]:
    """A page of entries newest first (see `Vault.timeline`)."""
    query = _query(where)
    if query is None:
        return []
    source, clauses, params, position = query
    if before is not None:
        clauses.append(f"{position} <= ?")  # lets SQLite start the walk at the page's edge
        params.append(int(before[0]))
        clauses.append("(t.ord, t.record_id) < (?, ?)")
        params.append(int(before[0]))
        params.append(before[1])
    sql = (
        f"{_select(where)} FROM {source}"
        f"{where_sql(clauses)} ORDER BY {position} DESC LIMIT {int(limit)}"
    )
    return _described(connection, connection.execute(sql, params).fetchall())


def timeline_count(connection: Any, where: TimelineFilter) -> int:
    """How many entries this filter holds: the length of the Journal's list, so its scroll bar
    spans every year at once."""
    query = _query(where)
    if query is None:
        return 0
    everything = where.kinds >= TIMELINE_KINDS and not where.start_day and not where.end_day
    if where.search.strip() and everything:
        # Every row of the index has its timeline row (the same triggers write both), so the
        # index alone counts them: 1 ms instead of 18 for a common word at 30 years.
        return search_count(connection, where.search)
    source, clauses, params, _ = query
    sql = f"SELECT count(*) FROM {source}{where_sql(clauses)}"
    return int(connection.execute(sql, params).fetchone()[0])


def timeline_slice(
    connection: Any, where: TimelineFilter, offset: int, limit: int, total: int
) -> list[TimelineEntry]:
    """The entries at rows offset … offset+limit-1 of the newest-first list of `total` rows.

    The half nearer the oldest end is read oldest first and turned round, so SQLite skips at most
    half the list: the last page of thirty years costs what the first does.
    """
    query = _query(where)
    if query is None or limit <= 0 or offset >= total:
        return []
    source, clauses, params, position = query
    limit = min(limit, total - offset)
    from_oldest = offset + limit / 2 > total / 2
    if from_oldest:
        skip, order = total - offset - limit, "ASC"
    else:
        skip, order = offset, "DESC"
    sql = (
        f"{_select(where)} FROM {source}{where_sql(clauses)}"
        f" ORDER BY {position} {order} LIMIT {int(limit)} OFFSET {int(max(0, skip))}"
    )
    rows = connection.execute(sql, params).fetchall()
    if from_oldest:
        rows.reverse()
    return _described(connection, rows)


def timeline_row(connection: Any, where: TimelineFilter, kind: str, record_id: str) -> int | None:
    """Where a record stands in this filter's newest-first list, or None when it is not in it:
    to show an entry put back by undo wherever in the years it lies."""
    head = connection.execute(
        "SELECT ord FROM timeline WHERE kind = ? AND record_id = ?", (kind, record_id)
    ).fetchone()
    query = _query(where)
    if head is None or query is None:
        return None
    source, clauses, params, position = query
    ord_ = int(head[0])
    matches = connection.execute(
        f"SELECT 1 FROM {source}{where_sql([*clauses, f'{position} = ?'])}", [*params, ord_]
    ).fetchone()
    if matches is None:
        return None
    newer = connection.execute(
        f"SELECT count(*) FROM {source}{where_sql([*clauses, f'{position} > ?'])}", [*params, ord_]
    ).fetchone()
    return int(newer[0])


def timeline_entry(connection: Any, kind: str, record_id: str) -> TimelineEntry | None:
    """One record's timeline row as it is now, to redraw it after an edit."""
    heads = connection.execute(
        "SELECT kind, record_id, ord, day, '' FROM timeline WHERE kind = ? AND record_id = ?",
        (kind, record_id),
    ).fetchall()
    return _described(connection, heads)[0] if heads else None


def search_count(connection: Any, text: str) -> int:
    match = fts_query(text)
    if not match:
        return 0
    return int(
        connection.execute("SELECT count(*) FROM search WHERE search MATCH ?", (match,)).fetchone()[0]
    )


def _described(connection: Any, rows: Sequence[Sequence[Any]]) -> list[TimelineEntry]:
    """The entries for rows of (kind, record id, position, day, snippet), in the same order, with
    one query per kind for their words.

    A page makes up to 200 entries, so the work per row is kept to what the words need. Records
    are read by their row number (`seq`), which their timeline position carries, rather than
    through the index of ids: one lookup a row instead of two. The translated words of the
    titles are looked up once per kind and page (`_WORDS`); each entry is made once, its snippet
    folded onto one line as it is made (`_one_line`).
    """
    ids: dict[str, list[str]] = {}
    row_numbers: dict[str, list[int]] = {}
    modulus = schema.ORD_SEQ_MODULUS
    for kind, record_id, position, _day, _snippet in rows:
        if kind not in ids:
            ids[kind], row_numbers[kind] = [], []
        ids[kind].append(record_id)
        row_numbers[kind].append((position >> 3) % modulus)
    details: dict[str, dict[str, Words]] = {}
    for kind, wanted in ids.items():
        words = _WORDS[kind]()
        by_row_number, by_id = _DESCRIBE[kind]
        found = details[kind] = {}
        for row in connection.execute(by_row_number, (json.dumps(row_numbers[kind]),)):
            found[row[0]] = words(row)
        # A position holds the row number modulo 2^21: past that (two million records of one
        # kind) the number found another record, or none, and the id finds the right one.
        missing = [record_id for record_id in wanted if record_id not in found]
        if missing:
            for row in connection.execute(by_id, (json.dumps(missing),)):
                found[row[0]] = words(row)
    return [
        _new_entry(TimelineEntry, (
            kind, record_id, str(position), day, *details[kind].get(record_id, _NO_WORDS),
            _one_line(snippet) if snippet else "",
        ))
        for kind, record_id, position, day, snippet in rows
    ]


_NO_WORDS: Final = ("", "", "")
# TimelineEntry(*fields) without the Python-level __new__ a NamedTuple adds (its own `_make`
# does the same): half a microsecond less for each of a page's entries.
_new_entry: Final = tuple.__new__


# ---- the words for each kind of row --------------------------------------------------------------


def _clip(text: str) -> str:
    """One line of at most PREVIEW_CHARS, '…' where the text goes on.

    The SQL below already cut the text to one character more than fits (`_cut`), so the words
    of a long note are never split in Python; a text is folded onto one line only when it has
    line breaks, tabs or runs of spaces (a quick scan finds that), which most rows do not.
    """
    if "\n" in text or "  " in text or "\t" in text or "\r" in text:
        text = " ".join(text.split())
    else:
        text = text.strip()
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


def _one_line(snippet: str) -> str:
    """The snippet on one line: each run of whitespace one space, none at either end (as
    `" ".join(snippet.split())` makes it, which a snippet reaching a line break needs).

    Most snippets are one line already, and proving it costs half as much as folding: with the
    match marks set aside, a snippet whose characters are all printable holds no whitespace but
    plain spaces (every other whitespace character is unprintable), so with no two spaces
    together and none at an end, folding would give back the same text.
    """
    if (
        "\n" in snippet
        or "  " in snippet
        or snippet[0] == " "
        or snippet[-1] == " "
        or not snippet.replace(MATCH_START, "x").replace(MATCH_END, "x").isprintable()
    ):
        return " ".join(snippet.split())
    return snippet


def _cut(column: str) -> str:
    """SQL for a column's first PREVIEW_CHARS + 1 characters: enough to know it goes on."""
    return f"substr({column}, 1, {PREVIEW_CHARS + 1})"


# Pages of index the occasional tidy may write at most (FTS5 'merge'), so closing stays quick.
TIDY_PAGES: Final = 500


def tidy_search_index(connection: Any) -> None:
    """The occasional optimize, bounded: merge the search index's segments where enough have
    piled up (FTS5 'merge', a no-op costing microseconds otherwise). Run when the vault closes,
    it keeps searches fast over years of edits. Deleted words need no tidy: with 'secure-delete'
    (schema v2) a delete removes them from the index at once."""
    connection.execute("INSERT INTO search (search, rank) VALUES ('merge', ?)", (TIDY_PAGES,))


OUTCOME_WORDS: Final = {
    "resisted": QT_TRANSLATE_NOOP("timeline", "got through it"),
    "partly": QT_TRANSLATE_NOOP("timeline", "partly"),
    "used": QT_TRANSLATE_NOOP("timeline", "used"),
}

# The words of one row: (when, title, preview text).
Words = tuple[str, str, str]


class _Remembered(dict[Any, str]):
    """Words made from a value the first time a page meets it, then looked up: a page of 200
    check-ins holds only eleven moods, eleven hopes and eleven cravings."""

    def __init__(self, make: Callable[[Any], str]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, value: Any) -> str:
        words = self[value] = self.make(value)
        return words


def _value_words(template: str) -> _Remembered:
    """"Mood {value}" (translated) for each value a page holds, each made once."""
    return _Remembered(lambda value: template.format(value=value))


def _checkin_words() -> Callable[[Sequence[Any]], Words]:
    moods = _value_words(translate("timeline", "Mood {value}"))
    hopes = _value_words(translate("timeline", "Hope {value}"))
    cravings = _value_words(translate("timeline", "Craving {value}"))
    with_someone = translate("timeline", "time with someone in recovery")

    def words(row: Sequence[Any]) -> Words:
        _, at, mood, hope, craving, peer, tags, note = row  # tags: joined by the query
        parts = []  # only what was answered (version 2: any scale may be unanswered)
        if mood is not None:
            parts.append(moods[mood])
        if hope is not None:
            parts.append(hopes[hope])
        if craving is not None:
            parts.append(cravings[craving])
        if peer:
            parts.append(with_someone)
        if tags is not None:
            parts.append(tags)
        return at, " · ".join(parts), _clip(note)

    return words


def _trigger_words() -> Callable[[Sequence[Any]], Words]:
    template = translate("timeline", "Trigger · {category} · intensity {intensity} · {outcome}")
    outcomes = {key: translate("timeline", text) for key, text in OUTCOME_WORDS.items()}
    categories = {key: translate("summary", text).lower() for key, text in CATEGORY_WORDS.items()}

    def words(row: Sequence[Any]) -> Words:
        _, at, situation, category, intensity, response, outcome, _note = row
        title = template.format(
            category=categories.get(category, category), intensity=intensity,
            outcome=outcomes.get(outcome, outcome),
        )
        text = situation + (f" — {response}" if response else "")
        return at, title, _clip(text)

    return words


def _gratitude_words() -> Callable[[Sequence[Any]], Words]:
    titles = _Remembered(lambda count: translate("timeline", "Grateful for %n things", None, count))

    def words(row: Sequence[Any]) -> Words:
        _, date, count, items = row  # the items joined by the query
        return date, titles[count], _clip(items)

    return words


def _agenda_words() -> Callable[[Sequence[Any]], Words]:
    to_talk_about = translate("timeline", "To talk about")
    done_words = translate("timeline", "To talk about (done)")

    def words(row: Sequence[Any]) -> Words:
        _, created, text, done = row
        return created, done_words if done else to_talk_about, _clip(text)

    return words


# A check-in's tags joined by ", " (NULL for none) and a gratitude list's items by " · ": in
# SQL, since parsing each row's JSON list in Python cost three times as much. json_each gives the
# items in their order, as the search text's own list of tags relies on (schema.py).
_TAG_WORDS: Final = (
    "CASE tags WHEN '[]' THEN NULL ELSE (SELECT group_concat(value, ', ') FROM json_each(tags)) END"
)
_GRATITUDE_WORDS: Final = (
    "json_array_length(items), coalesce((SELECT group_concat(value, ' · ') FROM json_each(items)), '')"
)
# The columns each kind's words need (the record's id first).
_COLUMNS: Final = {
    "checkin": f"id, at, mood, hope, craving, peer_contact, {_TAG_WORDS}, {_cut('note')} FROM checkins",
    "trigger": f"id, at, {_cut('situation')}, category, intensity, {_cut('response')}, outcome, ''"
    " FROM triggers",
    "gratitude": f"id, date, {_GRATITUDE_WORDS} FROM gratitude",
    "agenda": f"id, created, {_cut('text')}, done FROM agenda",
}
# kind -> the queries for the rows of some row numbers and of some ids (each a JSON list)
_DESCRIBE: Final[dict[str, tuple[str, str]]] = {
    kind: (
        f"SELECT {columns} WHERE seq IN (SELECT value FROM json_each(?))",
        f"SELECT {columns} WHERE id IN (SELECT value FROM json_each(?))",
    )
    for kind, columns in _COLUMNS.items()
}
# kind -> a maker of the words for one row of that query, made once per page: the translated
# words are looked up as it is made, once, instead of for every row (in the app each lookup is a
# call into Qt).
_WORDS: Final[dict[str, Callable[[], Callable[[Sequence[Any]], Words]]]] = {
    "checkin": _checkin_words,
    "trigger": _trigger_words,
    "gratitude": _gratitude_words,
    "agenda": _agenda_words,
}
