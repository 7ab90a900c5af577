"""The vault's tables and migrations (journal/schema.py), on a plain SQLite connection: the tables
keep the timeline and the search index in step with the records by themselves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
import sqlcipher3

from journal import schema
from journal.vault import fts_query


@pytest.fixture
def connection() -> Iterator[Any]:
    opened = sqlcipher3.connect(":memory:", isolation_level=None)
    yield opened
    opened.close()


def tables(connection: Any) -> set[str]:
    return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def add_checkin(connection: Any, id_: str, at_utc: str, note: str) -> None:
    connection.execute(
        "INSERT INTO checkins (id, at, at_utc, day, mood, hope, note) VALUES (?, ?, ?, ?, 5, 5, ?)",
        (id_, at_utc, at_utc, at_utc[:10], note),
    )


def test_a_new_vault_gets_every_table_and_the_current_version(connection: Any) -> None:
    connection.execute("BEGIN")
    assert schema.migrate(connection, 0) == schema.CURRENT_VERSION
    connection.execute("COMMIT")
    assert connection.execute("PRAGMA user_version").fetchone()[0] == schema.CURRENT_VERSION
    assert {"checkins", "triggers", "gratitude", "contacts", "agenda", "helplines", "settings",
            "timeline", "search"} <= tables(connection)


def test_a_migration_is_whole_or_not_at_all(connection: Any) -> None:
    """Statements run one by one inside the caller's transaction (never executescript, which
    would commit it), so a rollback leaves the file as it was."""
    connection.execute("BEGIN")
    schema.migrate(connection, 0)
    connection.execute("ROLLBACK")
    assert tables(connection) == set()
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 0


def test_the_timeline_and_search_follow_the_records(connection: Any) -> None:
    schema.migrate(connection, 0)
    add_checkin(connection, "a", "2026-11-21T18:00:00Z", "walked to the lighthouse")
    add_checkin(connection, "b", "2026-11-20T09:00:00Z", "a quiet day")
    rows = connection.execute("SELECT record_id, kind, day, ord FROM timeline ORDER BY ord DESC").fetchall()
    assert [r[:3] for r in rows] == [("a", "checkin", "2026-11-21"), ("b", "checkin", "2026-11-20")]
    seconds = int(dt.datetime(2026, 11, 21, 18, tzinfo=dt.UTC).timestamp())
    assert rows[0][3] // schema.ORD_SECONDS_FACTOR == seconds  # the position starts with UTC seconds
    assert rows[0][3] % 8 == 1  # and ends with the kind's code (1: check-in)
    found = connection.execute(
        "SELECT rowid FROM search WHERE search MATCH ?", (fts_query("lighthou"),)
    ).fetchall()
    assert found == [(rows[0][3],)]  # the index's rowid is the timeline position

    connection.execute("UPDATE checkins SET note = 'by the harbour' WHERE id = 'a'")
    gone = connection.execute("SELECT count(*) FROM search WHERE search MATCH 'lighthouse'").fetchone()
    assert gone == (0,)
    connection.execute("DELETE FROM checkins WHERE id = 'a'")
    assert connection.execute("SELECT record_id FROM timeline").fetchall() == [("b",)]
    assert connection.execute("SELECT count(*) FROM search WHERE search MATCH 'harbour'").fetchone() == (0,)


def test_the_database_itself_refuses_values_out_of_range(connection: Any) -> None:
    schema.migrate(connection, 0)
    with pytest.raises(sqlcipher3.IntegrityError):
        connection.execute(
            "INSERT INTO checkins (id, at, at_utc, day, mood, hope) VALUES ('x', 't', 't', 'd', 11, 5)"
        )
    with pytest.raises(sqlcipher3.IntegrityError):
        connection.execute(
            "INSERT INTO triggers (id, at, at_utc, day, category, intensity, outcome)"
            " VALUES ('y', 't', 't', 'd', 'weather', 3, 'resisted')"
        )


def test_the_v0_prototype_layout_becomes_version_one(connection: Any) -> None:
    connection.execute(schema.V0_FIXTURE_SCHEMA)
    connection.execute(
        "INSERT INTO checkin VALUES ('old', '2025-03-01T09:00:00', 4, 6, NULL, 1, 'meeting, walk', 'note')"
    )
    schema.migrate(connection, 0)
    assert "checkin" not in tables(connection)
    row = connection.execute("SELECT id, at, day, peer_contact, tags FROM checkins").fetchone()
    assert row == ("old", "2025-03-01T09:00:00+00:00", "2025-03-01", 1, '["meeting", "walk"]')
