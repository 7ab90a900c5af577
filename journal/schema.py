"""The vault's tables and the steps that bring an older vault up to date.

The schema version lives in SQLite's `user_version`. Each migration is one function that takes a
vault from version N-1 to N inside the caller's transaction, so a migration either happens whole
or not at all. A vault whose version is newer than `CURRENT_VERSION` is refused before anything
is written.

Version 2 (docs/contracts.md, "Version 2"): check-ins keep only what was answered (mood, hope and
craving may be NULL, with at least one answer of any kind) and may name who the time in recovery
was spent with (`with_ids`, a JSON list of contact ids); new tables hold the safety plan (one row),
goals, if-then plans, recovery-capital checks and the use record; and the search index deletes
for real (FTS5 `secure-delete`), so a deleted entry's words do not linger in the file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

CURRENT_VERSION: Final = 2

# A timeline position (`ord`, see the timeline table) is UTC seconds times this, plus a
# record's sequence number (`seq`, modulo ORD_SEQ_MODULUS) times 8, plus its kind code
# (1 check-in, 2 trigger, 3 gratitude, 4 agenda) in the low three bits.
ORD_SECONDS_FACTOR: Final = 1 << 24
ORD_SEQ_MODULUS: Final = 1 << 21

# The check-in table's indexes and the triggers that keep its timeline rows and search text;
# version 2 rebuilds the table and puts the same ones back.
_CHECKIN_INDEXES_AND_TRIGGERS = """
CREATE INDEX checkins_by_time ON checkins (at_utc);
CREATE INDEX checkins_by_day ON checkins (day);

CREATE TRIGGER checkins_ai AFTER INSERT ON checkins BEGIN
    INSERT INTO search (rowid, body) VALUES ((unixepoch(new.at_utc) * 16777216 + (new.seq % 2097152) * 8 + 1),
        new.note || char(10) || (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(new.tags)));
    INSERT INTO timeline (ord, kind, record_id, day) VALUES ((unixepoch(new.at_utc) * 16777216 + (new.seq % 2097152) * 8 + 1), 'checkin', new.id, new.day);
END;
CREATE TRIGGER checkins_au AFTER UPDATE ON checkins BEGIN
    DELETE FROM search WHERE rowid = (unixepoch(old.at_utc) * 16777216 + (old.seq % 2097152) * 8 + 1);
    DELETE FROM timeline WHERE ord = (unixepoch(old.at_utc) * 16777216 + (old.seq % 2097152) * 8 + 1);
    INSERT INTO search (rowid, body) VALUES ((unixepoch(new.at_utc) * 16777216 + (new.seq % 2097152) * 8 + 1),
        new.note || char(10) || (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(new.tags)));
    INSERT INTO timeline (ord, kind, record_id, day) VALUES ((unixepoch(new.at_utc) * 16777216 + (new.seq % 2097152) * 8 + 1), 'checkin', new.id, new.day);
END;
CREATE TRIGGER checkins_ad AFTER DELETE ON checkins BEGIN
    DELETE FROM search WHERE rowid = (unixepoch(old.at_utc) * 16777216 + (old.seq % 2097152) * 8 + 1);
    DELETE FROM timeline WHERE ord = (unixepoch(old.at_utc) * 16777216 + (old.seq % 2097152) * 8 + 1);
END;
"""

_V1 = """
CREATE TABLE checkins (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    at_utc TEXT NOT NULL,
    day TEXT NOT NULL,
    mood INTEGER NOT NULL CHECK (mood BETWEEN 0 AND 10),
    hope INTEGER NOT NULL CHECK (hope BETWEEN 0 AND 10),
    craving INTEGER CHECK (craving IS NULL OR craving BETWEEN 0 AND 10),
    peer_contact INTEGER NOT NULL DEFAULT 0 CHECK (peer_contact IN (0, 1)),
    tags TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE triggers (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    at_utc TEXT NOT NULL,
    day TEXT NOT NULL,
    situation TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL
        CHECK (category IN ('people', 'places', 'feelings', 'things', 'times', 'other')),
    intensity INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
    response TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL CHECK (outcome IN ('resisted', 'used', 'partly')),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX triggers_by_time ON triggers (at_utc);
CREATE INDEX triggers_by_day ON triggers (day);

CREATE TABLE gratitude (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    date TEXT NOT NULL,
    items TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX gratitude_by_date ON gratitude (date);

CREATE TABLE contacts (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    support TEXT NOT NULL DEFAULT '[]',
    crisis INTEGER NOT NULL DEFAULT 0 CHECK (crisis IN (0, 1))
);

CREATE TABLE agenda (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL,
    created_utc TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
);

CREATE TABLE helplines (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

-- Personal settings (name, keyworker, auto-lock minutes): values are JSON.
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One ordered list of everything for the Journal page, kept by triggers. `ord` is a unique
-- integer that sorts by time: UTC seconds * 2^24 + (seq mod 2^21) * 8 + kind code. The search
-- index uses the same number as its rowid, so "newest matches first" is read straight off the
-- full-text index and stops after one page, however many years the vault holds.
CREATE TABLE timeline (
    ord INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    day TEXT NOT NULL
);
CREATE UNIQUE INDEX timeline_by_record ON timeline (kind, record_id);

CREATE VIRTUAL TABLE search USING fts5(
    body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

CREATE TRIGGER triggers_ai AFTER INSERT ON triggers BEGIN
    INSERT INTO search (rowid, body) VALUES ((unixepoch(new.at_utc) * 16777216 + (new.seq % 2097152) * 8 + 2),
        new.situation || char(10) || new.response || char(10) || new.note);
    INSERT INTO timeline (ord, kind, record_id, day) VALUES ((unixepoch(new.at_utc) * 16777216 + (new.seq % 2097152) * 8 + 2), 'trigger', new.id, new.day);
END;
CREATE TRIGGER triggers_au AFTER UPDATE ON triggers BEGIN
    DELETE FROM search WHERE rowid = (unixepoch(old.at_utc) * 16777216 + (old.seq % 2097152) * 8 + 2);
    DELETE FROM timeline WHERE ord = (unixepoch(old.at_utc) * 16777216 + (old.seq % 2097152) * 8 + 2);
    INSERT INTO search (rowid, body) VALUES ((unixepoch(new.at_utc) * 16777216 + (new.seq % 2097152) * 8 + 2),
        new.situation || char(10) || new.response || char(10) || new.note);
    INSERT INTO timeline (ord, kind, record_id, day) VALUES ((unixepoch(new.at_utc) * 16777216 + (new.seq % 2097152) * 8 + 2), 'trigger', new.id, new.day);
END;
CREATE TRIGGER triggers_ad AFTER DELETE ON triggers BEGIN
    DELETE FROM search WHERE rowid = (unixepoch(old.at_utc) * 16777216 + (old.seq % 2097152) * 8 + 2);
    DELETE FROM timeline WHERE ord = (unixepoch(old.at_utc) * 16777216 + (old.seq % 2097152) * 8 + 2);
END;

CREATE TRIGGER gratitude_ai AFTER INSERT ON gratitude BEGIN
    INSERT INTO search (rowid, body) VALUES ((unixepoch(new.date || 'T23:59:59Z') * 16777216 + (new.seq % 2097152) * 8 + 3),
        (SELECT coalesce(group_concat(value, char(10)), '') FROM json_each(new.items)));
    INSERT INTO timeline (ord, kind, record_id, day) VALUES ((unixepoch(new.date || 'T23:59:59Z') * 16777216 + (new.seq % 2097152) * 8 + 3), 'gratitude', new.id, new.date);
END;
CREATE TRIGGER gratitude_au AFTER UPDATE ON gratitude BEGIN
    DELETE FROM search WHERE rowid = (unixepoch(old.date || 'T23:59:59Z') * 16777216 + (old.seq % 2097152) * 8 + 3);
    DELETE FROM timeline WHERE ord = (unixepoch(old.date || 'T23:59:59Z') * 16777216 + (old.seq % 2097152) * 8 + 3);
    INSERT INTO search (rowid, body) VALUES ((unixepoch(new.date || 'T23:59:59Z') * 16777216 + (new.seq % 2097152) * 8 + 3),
        (SELECT coalesce(group_concat(value, char(10)), '') FROM json_each(new.items)));
    INSERT INTO timeline (ord, kind, record_id, day) VALUES ((unixepoch(new.date || 'T23:59:59Z') * 16777216 + (new.seq % 2097152) * 8 + 3), 'gratitude', new.id, new.date);
END;
CREATE TRIGGER gratitude_ad AFTER DELETE ON gratitude BEGIN
    DELETE FROM search WHERE rowid = (unixepoch(old.date || 'T23:59:59Z') * 16777216 + (old.seq % 2097152) * 8 + 3);
    DELETE FROM timeline WHERE ord = (unixepoch(old.date || 'T23:59:59Z') * 16777216 + (old.seq % 2097152) * 8 + 3);
END;

CREATE TRIGGER agenda_ai AFTER INSERT ON agenda BEGIN
    INSERT INTO search (rowid, body) VALUES ((unixepoch(new.created_utc) * 16777216 + (new.seq % 2097152) * 8 + 4),
        new.text);
    INSERT INTO timeline (ord, kind, record_id, day) VALUES ((unixepoch(new.created_utc) * 16777216 + (new.seq % 2097152) * 8 + 4), 'agenda', new.id, substr(new.created, 1, 10));
END;
CREATE TRIGGER agenda_au AFTER UPDATE ON agenda BEGIN
    DELETE FROM search WHERE rowid = (unixepoch(old.created_utc) * 16777216 + (old.seq % 2097152) * 8 + 4);
    DELETE FROM timeline WHERE ord = (unixepoch(old.created_utc) * 16777216 + (old.seq % 2097152) * 8 + 4);
    INSERT INTO search (rowid, body) VALUES ((unixepoch(new.created_utc) * 16777216 + (new.seq % 2097152) * 8 + 4),
        new.text);
    INSERT INTO timeline (ord, kind, record_id, day) VALUES ((unixepoch(new.created_utc) * 16777216 + (new.seq % 2097152) * 8 + 4), 'agenda', new.id, substr(new.created, 1, 10));
END;
CREATE TRIGGER agenda_ad AFTER DELETE ON agenda BEGIN
    DELETE FROM search WHERE rowid = (unixepoch(old.created_utc) * 16777216 + (old.seq % 2097152) * 8 + 4);
    DELETE FROM timeline WHERE ord = (unixepoch(old.created_utc) * 16777216 + (old.seq % 2097152) * 8 + 4);
END;
""" + _CHECKIN_INDEXES_AND_TRIGGERS


# Version 2. SQLite cannot relax NOT NULL in place, so the check-in table is rebuilt: the rows are
# copied with their `seq`, so every timeline position and search rowid (both made from `seq`)
# stays valid; the copy is made before the triggers exist, so nothing is indexed twice, and
# DROP TABLE fires no delete triggers. The indexes and triggers then come back as in version 1.
_V1_TO_V2 = """
CREATE TABLE checkins_v2 (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    at_utc TEXT NOT NULL,
    day TEXT NOT NULL,
    mood INTEGER CHECK (mood IS NULL OR mood BETWEEN 0 AND 10),
    hope INTEGER CHECK (hope IS NULL OR hope BETWEEN 0 AND 10),
    craving INTEGER CHECK (craving IS NULL OR craving BETWEEN 0 AND 10),
    peer_contact INTEGER NOT NULL DEFAULT 0 CHECK (peer_contact IN (0, 1)),
    tags TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT '',
    with_ids TEXT NOT NULL DEFAULT '[]',
    CHECK (mood IS NOT NULL OR hope IS NOT NULL OR craving IS NOT NULL OR peer_contact = 1
           OR tags != '[]' OR note != '')
);
INSERT INTO checkins_v2 (seq, id, at, at_utc, day, mood, hope, craving, peer_contact, tags, note)
    SELECT seq, id, at, at_utc, day, mood, hope, craving, peer_contact, tags, note FROM checkins ORDER BY seq;
DROP TABLE checkins;
ALTER TABLE checkins_v2 RENAME TO checkins;
""" + _CHECKIN_INDEXES_AND_TRIGGERS + """
-- The safety plan: one row, its lists as JSON (contact ids in ask_for_help and professionals).
CREATE TABLE safety_plan (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (id = 'safety-plan'),
    updated TEXT NOT NULL,
    warning_signs TEXT NOT NULL DEFAULT '[]',
    coping TEXT NOT NULL DEFAULT '[]',
    distractions TEXT NOT NULL DEFAULT '[]',
    ask_for_help TEXT NOT NULL DEFAULT '[]',
    professionals TEXT NOT NULL DEFAULT '[]',
    safer_surroundings TEXT NOT NULL DEFAULT '[]',
    reasons TEXT NOT NULL DEFAULT '[]',
    naloxone TEXT NOT NULL DEFAULT '{"kit":false,"expires":null,"where":""}'
);

CREATE TABLE goals (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL,
    created_utc TEXT NOT NULL,
    text TEXT NOT NULL,
    why TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('active', 'done', 'paused')),
    target TEXT,
    steps TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE plans (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL,
    created_utc TEXT NOT NULL,
    if_part TEXT NOT NULL DEFAULT '',
    then_part TEXT NOT NULL DEFAULT '',
    category TEXT CHECK (category IS NULL OR
        category IN ('people', 'places', 'feelings', 'things', 'times', 'other'))
);
CREATE INDEX plans_by_category ON plans (category);

-- BARC-10 answer sheets: ten answers of 1-6 as a JSON list; the score is their sum.
CREATE TABLE capital (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    at_utc TEXT NOT NULL,
    day TEXT NOT NULL,
    answers TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 10 AND 60)
);
CREATE INDEX capital_by_time ON capital (at_utc);

-- The use record: one answer per day and substance; used = 0 is an answer too.
CREATE TABLE use_records (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    date TEXT NOT NULL,
    substance TEXT NOT NULL,
    used INTEGER NOT NULL CHECK (used IN (0, 1)),
    amount TEXT NOT NULL DEFAULT '',
    UNIQUE (date, substance)
);

-- FTS5 removes a deleted row's words from the index itself, not only from its content.
INSERT INTO search (search, rank) VALUES ('secure-delete', 1);
"""


def _execute_script(connection: Any, script: str) -> None:
    """Run each statement on its own: `executescript` would COMMIT the caller's transaction."""
    statement = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        statement += line
        if _complete(statement):
            if statement.strip():
                connection.execute(statement)
            statement = ""
    if statement.strip():
        connection.execute(statement)


def _complete(statement: str) -> bool:
    """A statement ends at `;` outside a trigger body; trigger bodies end at `END;`."""
    text = statement.strip()
    if not text.endswith(";"):
        return False
    if text.upper().startswith("CREATE TRIGGER"):
        return text.upper().endswith("END;")
    return True


def _to_v1(connection: Any) -> None:
    _execute_script(connection, _V1)


def _v0_to_v1(connection: Any) -> None:
    """Version 0 was the prototype: check-ins only, with tags as a comma-separated text."""
    rows = connection.execute(
        "SELECT id, at, mood, hope, craving, peer, tags, note FROM checkin ORDER BY rowid"
    ).fetchall()
    connection.execute("DROP TABLE checkin")
    _to_v1(connection)
    import datetime as dt
    import json

    for id_, at, mood, hope, craving, peer, tags, note in rows:
        moment = dt.datetime.fromisoformat(at)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        tag_list = [t.strip() for t in (tags or "").split(",") if t.strip()]
        connection.execute(
            "INSERT INTO checkins (id, at, at_utc, day, mood, hope, craving, peer_contact, tags, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (id_, moment.isoformat(), moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
             moment.date().isoformat(), mood, hope, craving, 1 if peer else 0,
             json.dumps(tag_list, ensure_ascii=False), note or ""),
        )


def _has_table(connection: Any, name: str) -> bool:
    row = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def _v1_to_v2(connection: Any) -> None:
    _execute_script(connection, _V1_TO_V2)


# MIGRATIONS[n] takes a vault at version n to version n + 1.
MIGRATIONS: Final[dict[int, Callable[[Any], None]]] = {
    0: lambda c: _from_zero(c),
    1: _v1_to_v2,
}


def _from_zero(connection: Any) -> None:
    """Version 0 is either a brand-new empty file or the v0 prototype's layout."""
    if _has_table(connection, "checkin"):
        _v0_to_v1(connection)
    else:
        _to_v1(connection)


def migrate(connection: Any, from_version: int, to_version: int = CURRENT_VERSION) -> int:
    """Apply every step from `from_version` to `to_version` (the current one unless a test builds
    an older vault); the caller holds the transaction."""
    version = from_version
    while version < to_version:
        MIGRATIONS[version](connection)
        version += 1
        connection.execute(f"PRAGMA user_version = {version:d}")
    return version


# The v0 prototype's layout, kept so a test can build a v0 vault and migrate it.
V0_FIXTURE_SCHEMA: Final = (
    "CREATE TABLE checkin (id TEXT PRIMARY KEY, at TEXT, mood INTEGER, hope INTEGER, "
    "craving INTEGER, peer INTEGER, tags TEXT, note TEXT)"
)
