"""Version 1 vaults become version 2 on opening, every record intact, and deleted words leave the
file (schema v2's FTS5 secure-delete).

The version 1 vault is built the way version 1 built it: the same encrypted file made by
`schema.migrate(..., to_version=1)` (the v1 DDL, still in schema.py as the first step of every
migration) and rows written with version 1's columns, from a version 1 export made by
journal/dataset.py. Opening it with today's code must migrate it; exporting it must then give back
each record byte for byte (plus the empty `with` every check-in gains).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from journal import cipher, dataset, exchange, files, kdf, paths, schema
from journal.records import CheckIn, Contact, Trigger
from journal.vault import Vault
from journal.vault.connection import connect
from tests.conftest import PASSPHRASE

V1_COLUMNS = {
    "checkins": ("id", "at", "at_utc", "day", "mood", "hope", "craving", "peer_contact", "tags", "note"),
    "triggers": ("id", "at", "at_utc", "day", "situation", "category", "intensity", "response", "outcome",
                 "note"),
    "gratitude": ("id", "date", "items"),
    "contacts": ("id", "name", "role", "phone", "email", "notes", "support", "crisis"),
    "agenda": ("id", "created", "created_utc", "text", "done"),
}


def _utc(at: str) -> str:
    return dt.datetime.fromisoformat(at).astimezone(dt.UTC).replace(tzinfo=None).isoformat(
        timespec="microseconds") + "Z"


def _v1_row(section: str, item: dict[str, Any]) -> tuple[Any, ...]:
    text = lambda values: json.dumps(values, ensure_ascii=False)  # noqa: E731
    if section == "checkins":
        return (item["id"], item["at"], _utc(item["at"]), item["at"][:10], item["mood"], item["hope"],
                item["craving"], int(item["peer_contact"]), text(item["tags"]), item["note"])
    if section == "triggers":
        return (item["id"], item["at"], _utc(item["at"]), item["at"][:10], item["situation"],
                item["category"], item["intensity"], item["response"], item["outcome"], item["note"])
    if section == "gratitude":
        return (item["id"], item["date"], text(item["items"]))
    if section == "contacts":
        return (item["id"], item["name"], item["role"], item["phone"], item["email"], item["notes"],
                text(item["support"]), int(item["crisis"]))
    return (item["id"], item["created"], _utc(item["created"]), item["text"], int(item["done"]))


def make_v1_vault(folder: Path, data: dict[str, Any]) -> Path:
    """An encrypted version 1 vault holding `data` (a version 1 export), as version 1 wrote it."""
    files.make_private_folder(folder)
    salt = kdf.new_salt()
    key = kdf.derive_key(PASSPHRASE, salt, kdf.TEST_PROFILE)
    connection = connect(paths.vault_path(folder), key, salt)
    try:
        connection.execute("BEGIN IMMEDIATE")
        assert schema.migrate(connection, 0, to_version=1) == 1
        for section, columns in V1_COLUMNS.items():
            connection.executemany(
                f"INSERT INTO {section} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
                [_v1_row(section, item) for item in data[section]],
            )
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return folder


def as_version_2(data: dict[str, Any]) -> dict[str, Any]:
    """What a version 1 export says, written as version 2: each check-in gains `"with": []` after
    its `peer_contact`, and the new sections are empty."""
    checkins = []
    for item in data["checkins"]:
        upgraded: dict[str, Any] = {}
        for key, value in item.items():
            upgraded[key] = value
            if key == "peer_contact":
                upgraded["with"] = []
        checkins.append(upgraded)
    return {**data, "version": 2, "checkins": checkins, "safety_plan": None, "goals": [], "plans": [],
            "capital": [], "use": []}


def raw(folder: Path, sql: str) -> list[tuple[Any, ...]]:
    return raw_file(paths.vault_path(folder), sql)


def raw_file(path: Path, sql: str) -> list[tuple[Any, ...]]:
    key, salt, _ = cipher.check_passphrase_on_file(path, PASSPHRASE)
    connection = connect(path, key, salt)
    try:
        return list(connection.execute(sql).fetchall())
    finally:
        connection.close()


@pytest.fixture(scope="module")
def v1_data() -> dict[str, Any]:
    return json.loads(exchange.dumps(dataset.generate(400, end="2026-11-21", version=1)))


def test_a_version_1_vault_opens_as_version_2_with_every_record_byte_for_byte(
    tmp_path: Path, v1_data: dict[str, Any]
) -> None:
    folder = make_v1_vault(tmp_path / "journal", v1_data)
    assert raw(folder, "PRAGMA user_version") == [(1,)]
    timeline_before = raw(folder, "SELECT ord, kind, record_id, day FROM timeline ORDER BY ord")
    found_before = raw(folder, "SELECT rowid FROM search WHERE search MATCH 'lighthouse' ORDER BY rowid")
    assert len(timeline_before) > 1000 and found_before

    with Vault.open(folder, PASSPHRASE) as vault:
        assert vault.query("PRAGMA user_version") == [(schema.CURRENT_VERSION,)]
        exported = vault.export_data(exported_at=v1_data["exported_at"])
        expected = as_version_2(v1_data)
        for section, _ in exchange.SECTIONS_V1:
            assert len(exported[section]) == len(expected[section])
            for mine, theirs in zip(exported[section], expected[section], strict=True):
                assert exchange.dumps(mine) == exchange.dumps(theirs)
        assert exchange.dumps(exported) == exchange.dumps(expected)
        # the timeline and the search index are those of version 1, row for row
        assert vault.query("SELECT ord, kind, record_id, day FROM timeline ORDER BY ord") == timeline_before
        assert vault.query(
            "SELECT rowid FROM search WHERE search MATCH 'lighthouse' ORDER BY rowid") == found_before
        assert vault.search_count("lighthouse") == len(found_before)
        assert vault.check().ok
        # and they keep following the records: a v2 check-in with hope alone, then deleted
        added = vault.save(CheckIn(hope=6, note="by the old lighthouse"))
        assert vault.search_count("lighthouse") == len(found_before) + 1
        assert added.id in {entry.id for entry in vault.search("lighthouse")}
        vault.delete("checkin", added.id)
        assert vault.search_count("lighthouse") == len(found_before)
    kept = list(paths.before_upgrade_path(folder, 1).parent.glob("before-upgrade-v1-*"))
    assert len(kept) == 1  # the version 1 file kept aside first, encrypted, as it was
    assert raw_file(kept[0], "PRAGMA user_version") == [(1,)]


def test_the_migration_is_one_transaction(tmp_path: Path, v1_data: dict[str, Any],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure at the last moment (every statement of the step run) leaves the vault at
    version 1, its check-ins in the version 1 table."""
    folder = make_v1_vault(tmp_path / "journal", v1_data)
    step = schema.MIGRATIONS[1]

    def fails_at_the_end(connection: Any) -> None:
        step(connection)
        raise OSError("the power went")

    monkeypatch.setitem(schema.MIGRATIONS, 1, fails_at_the_end)
    with pytest.raises(OSError, match="power"):
        Vault.open(folder, PASSPHRASE)
    monkeypatch.undo()
    assert raw(folder, "PRAGMA user_version") == [(1,)]
    assert len(raw(folder, "SELECT id FROM checkins")) == len(v1_data["checkins"])
    with Vault.open(folder, PASSPHRASE) as vault:  # and it migrates on the next opening
        assert vault.export_data(exported_at=v1_data["exported_at"]) == as_version_2(v1_data)


def stored_bytes(folder: Path) -> bytes:
    """Every value the vault file stores, decrypted: every row of every table, the search index's
    own shadow tables (its segments, where a deleted word would linger) included."""
    key, salt, _ = cipher.check_passphrase_on_file(paths.vault_path(folder), PASSPHRASE)
    connection = connect(paths.vault_path(folder), key, salt)
    out = bytearray()
    try:
        names = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
        assert "search_data" in names
        for name in names:
            for row in connection.execute(f'SELECT * FROM "{name}"'):
                for value in row:
                    out += value if isinstance(value, bytes) else str(value).encode()
                    out += b"\x00"
    finally:
        connection.close()
    return bytes(out)


WORD = "zqxvorpelkin"  # a word no other record holds


def test_a_deleted_entrys_words_are_gone_from_the_file(vault: Vault, tmp_path: Path) -> None:
    """Issue 12, point 9: with FTS5 secure-delete the index forgets a deleted entry's words at
    once; without it they stayed in the index's shadow tables until a merge."""
    for number in range(30):  # an index with some segments, as after a few weeks of use
        vault.save(CheckIn(mood=5, note=f"an ordinary day {number} by the canal"))
    trigger = vault.save(Trigger(situation=f"walked past the {WORD}arcade", category="places", intensity=4))
    checkin = vault.save(CheckIn(hope=7, note=f"met Sam at the {WORD} café", tags=(f"{WORD}tag",)))
    contact = vault.save(Contact(name=f"Jo {WORD}son"))
    assert vault.search_count(WORD) == 2
    folder = vault.folder
    vault.close()
    assert WORD[4:].encode() in stored_bytes(folder)

    with Vault.open(folder, PASSPHRASE) as reopened:
        for record in (trigger, checkin, contact):
            reopened.delete(record.kind, record.id)
        assert reopened.search_count(WORD) == 0
        # at once, not only after the index is next merged (closing the vault merges it)
        assert WORD[4:].encode() not in stored_bytes(folder)
        assert reopened.query("SELECT v FROM search_config WHERE k = 'secure-delete'") == [(1,)]
    after = stored_bytes(folder)
    # not even the tail of the word (the index stores a word after the letters it shares with
    # the word before it)
    assert WORD[4:].encode() not in after
    assert b"canal" in after  # the other entries' words are all there


def test_a_backup_keeps_deleting_for_real(vault: Vault, tmp_path: Path) -> None:
    vault.save(CheckIn(note="something"))
    copy = vault.backup(tmp_path / "copy.db")
    key, salt, _ = cipher.check_passphrase_on_file(copy, PASSPHRASE)
    connection = connect(copy, key, salt)
    try:
        config = "SELECT v FROM search_config WHERE k = 'secure-delete'"
        assert connection.execute(config).fetchall() == [(1,)]
    finally:
        connection.close()
