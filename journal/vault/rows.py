"""Records as rows: which table holds each kind, the columns, and reading and writing them.

Every function takes an open connection; `Vault` calls them under its lock and inside its
transactions, and the benchmarks call them on a bare connection to measure the floor.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Final

from ..errors import InvalidInput
from ..records import (
    AgendaItem,
    CapitalCheck,
    CheckIn,
    Contact,
    Goal,
    GoalStep,
    GratitudeList,
    Helpline,
    Naloxone,
    Plan,
    Record,
    SafetyPlan,
    Trigger,
    UseRecord,
    parse_instant,
    utc_key,
)

# kind -> (table, ORDER BY columns)
TABLES: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "checkin": ("checkins", ("at_utc", "seq")),
    "trigger": ("triggers", ("at_utc", "seq")),
    "gratitude": ("gratitude", ("date", "seq")),
    "contact": ("contacts", ("seq",)),
    "agenda": ("agenda", ("seq",)),
    "helpline": ("helplines", ("position", "seq")),
    "safety_plan": ("safety_plan", ("seq",)),
    "goal": ("goals", ("created_utc", "seq")),
    "plan": ("plans", ("created_utc", "seq")),
    "capital": ("capital", ("at_utc", "seq")),
    "use": ("use_records", ("date", "substance", "seq")),
}

COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "checkin": ("id", "at", "mood", "hope", "craving", "peer_contact", "tags", "note", "with_ids"),
    "trigger": ("id", "at", "situation", "category", "intensity", "response", "outcome", "note"),
    "gratitude": ("id", "date", "items"),
    "contact": ("id", "name", "role", "phone", "email", "notes", "support", "crisis"),
    "agenda": ("id", "created", "text", "done"),
    "helpline": ("id", "name", "phone", "notes", "position"),
    "safety_plan": (
        "id", "updated", "warning_signs", "coping", "distractions", "ask_for_help", "professionals",
        "safer_surroundings", "reasons", "naloxone",
    ),
    "goal": ("id", "created", "text", "why", "status", "target", "steps"),
    "plan": ("id", "created", "if_part", "then_part", "category"),
    "capital": ("id", "at", "answers"),
    "use": ("id", "date", "substance", "used", "amount"),
}

# The column that holds a dated kind's local day, for listing a period.
_DAY_COLUMNS: Final = {
    "checkin": "day", "trigger": "day", "gratitude": "date", "capital": "day", "use": "date",
}


def select_columns(kind: str) -> str:
    return ", ".join(COLUMNS[kind])


def json_list(text: str) -> tuple[Any, ...]:
    """A JSON list column as a tuple; most tags and 'with' lists are empty, so skip parsing '[]'."""
    return () if text == "[]" else tuple(json.loads(text))


def row_to_record(kind: str, row: Sequence[Any]) -> Record:
    """The record a row of `select_columns(kind)` holds."""
    if kind == "checkin":
        id_, at, mood, hope, craving, peer, tags, note, with_ids = row
        return CheckIn(
            mood, hope, craving, bool(peer), json_list(tags), note, at, id_, json_list(with_ids),
        )
    if kind == "trigger":
        id_, at, situation, category, intensity, response, outcome, note = row
        return Trigger(situation, category, intensity, response, outcome, note, at, id_)
    if kind == "gratitude":
        id_, date, items = row
        return GratitudeList(tuple(json.loads(items)), date, id_)
    if kind == "contact":
        id_, name, role, phone, email, notes, support, crisis = row
        return Contact(name, role, phone, email, notes, tuple(json.loads(support)), bool(crisis), id_)
    if kind == "agenda":
        id_, created, text, done = row
        return AgendaItem(text, bool(done), created, id_)
    if kind == "helpline":
        id_, name, phone, notes, position = row
        return Helpline(name, phone, notes, position, id_)
    if kind == "safety_plan":
        id_, updated, signs, coping, distractions, ask, professionals, safer, reasons, kit = row
        naloxone = json.loads(kit)
        return SafetyPlan(
            warning_signs=tuple(json.loads(signs)),
            coping=tuple(json.loads(coping)),
            distractions=tuple(json.loads(distractions)),
            ask_for_help=tuple(json.loads(ask)),
            professionals=tuple(json.loads(professionals)),
            safer_surroundings=tuple(json.loads(safer)),
            reasons=tuple(json.loads(reasons)),
            naloxone=Naloxone(bool(naloxone["kit"]), naloxone["expires"], naloxone["where"]),
            updated=updated,
            id=id_,
        )
    if kind == "goal":
        id_, created, text, why, status, target, steps = row
        return Goal(
            text, why, status, target,
            tuple(GoalStep(step["text"], bool(step["done"])) for step in json.loads(steps)),
            created, id_,
        )
    if kind == "plan":
        id_, created, if_part, then_part, category = row
        return Plan(if_part, then_part, category, created, id_)
    if kind == "capital":
        id_, at, answers = row
        return CapitalCheck(tuple(json.loads(answers)), at, id_)
    if kind == "use":
        id_, date, substance, used, amount = row
        return UseRecord(substance, bool(used), amount, date, id_)
    raise KeyError(kind)


def _json_list(values: Sequence[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _timed(at: str) -> dict[str, str]:
    moment = parse_instant(at, "at")
    return {"at": at, "at_utc": utc_key(moment), "day": moment.date().isoformat()}


def _created(created: str) -> dict[str, str]:
    return {"created": created, "created_utc": utc_key(parse_instant(created, "created"))}


def record_columns(record: Record) -> tuple[str, dict[str, Any]]:
    """The table and column values for a record (used by save and by import)."""
    if isinstance(record, CheckIn):
        return "checkins", {
            "id": record.id, **_timed(record.at), "mood": record.mood, "hope": record.hope,
            "craving": record.craving, "peer_contact": int(record.peer_contact),
            "tags": _json_list(record.tags), "note": record.note,
            "with_ids": _json_list(record.with_ids),
        }
    if isinstance(record, Trigger):
        return "triggers", {
            "id": record.id, **_timed(record.at), "situation": record.situation,
            "category": record.category, "intensity": record.intensity,
            "response": record.response, "outcome": record.outcome, "note": record.note,
        }
    if isinstance(record, GratitudeList):
        return "gratitude", {"id": record.id, "date": record.date, "items": _json_list(record.items)}
    if isinstance(record, Contact):
        return "contacts", {
            "id": record.id, "name": record.name, "role": record.role, "phone": record.phone,
            "email": record.email, "notes": record.notes, "support": _json_list(record.support),
            "crisis": int(record.crisis),
        }
    if isinstance(record, AgendaItem):
        return "agenda", {
            "id": record.id, **_created(record.created), "text": record.text,
            "done": int(record.done),
        }
    if isinstance(record, Helpline):
        return "helplines", {
            "id": record.id, "name": record.name, "phone": record.phone, "notes": record.notes,
            "position": record.position,
        }
    if isinstance(record, SafetyPlan):
        kit = record.naloxone
        return "safety_plan", {
            "id": record.id, "updated": record.updated,
            "warning_signs": _json_list(record.warning_signs), "coping": _json_list(record.coping),
            "distractions": _json_list(record.distractions),
            "ask_for_help": _json_list(record.ask_for_help),
            "professionals": _json_list(record.professionals),
            "safer_surroundings": _json_list(record.safer_surroundings),
            "reasons": _json_list(record.reasons),
            "naloxone": json.dumps(
                {"kit": kit.kit, "expires": kit.expires, "where": kit.where}, ensure_ascii=False
            ),
        }
    if isinstance(record, Goal):
        return "goals", {
            "id": record.id, **_created(record.created), "text": record.text, "why": record.why,
            "status": record.status, "target": record.target,
            "steps": json.dumps(
                [{"text": step.text, "done": step.done} for step in record.steps], ensure_ascii=False
            ),
        }
    if isinstance(record, Plan):
        return "plans", {
            "id": record.id, **_created(record.created), "if_part": record.if_part,
            "then_part": record.then_part, "category": record.category,
        }
    if isinstance(record, CapitalCheck):
        return "capital", {
            "id": record.id, **_timed(record.at), "answers": json.dumps(list(record.answers)),
            "score": record.score,
        }
    if isinstance(record, UseRecord):
        return "use_records", {
            "id": record.id, "date": record.date, "substance": record.substance,
            "used": int(record.used), "amount": record.amount,
        }
    raise InvalidInput(f"Unknown kind of record: {type(record).__name__}")


# ---- writing ------------------------------------------------------------------------------------


def write_record(connection: Any, record: Record) -> None:
    """Add the record, or replace the stored one with the same id (inside a transaction)."""
    table, columns = record_columns(record)
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f"{name} = excluded.{name}" for name in columns if name != "id")
    connection.execute(
        f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {updates}",
        tuple(columns.values()),
    )


def insert_new(connection: Any, records: Sequence[Record]) -> None:
    """Add records of one kind known not to be there yet, in one statement (an import)."""
    if not records:
        return
    table, columns = record_columns(records[0])
    names = tuple(columns)
    connection.executemany(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
        [tuple(record_columns(record)[1].values()) for record in records],
    )


def delete(connection: Any, kind: str, record_id: str) -> None:
    table, _ = TABLES[kind]
    connection.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))


def set_setting(connection: Any, key: str, text: str) -> None:
    connection.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, text),
    )


# ---- reading ------------------------------------------------------------------------------------


def get(connection: Any, kind: str, record_id: str) -> Record | None:
    table, _ = TABLES[kind]
    row = connection.execute(
        f"SELECT {select_columns(kind)} FROM {table} WHERE id = ?", (record_id,)
    ).fetchone()
    return row_to_record(kind, row) if row else None


def get_many(connection: Any, kind: str, record_ids: Sequence[str]) -> list[Record]:
    """The records among `record_ids` that exist, in one query, in their natural order."""
    table, order = TABLES[kind]
    rows = connection.execute(
        f"SELECT {select_columns(kind)} FROM {table}"
        f" WHERE id IN (SELECT value FROM json_each(?)) ORDER BY {', '.join(order)}",
        (json.dumps(list(record_ids)),),
    ).fetchall()
    return [row_to_record(kind, row) for row in rows]


def list_records(
    connection: Any,
    kind: str,
    *,
    start_day: str | None = None,
    end_day: str | None = None,
    newest_first: bool = False,
    limit: int | None = None,
) -> list[Record]:
    """Records of one kind in their natural order (time for dated kinds, entry order otherwise)."""
    table, order = TABLES[kind]
    day_column = _DAY_COLUMNS.get(kind)
    where, params = [], []
    if day_column and start_day:
        where.append(f"{day_column} >= ?")
        params.append(start_day)
    if day_column and end_day:
        where.append(f"{day_column} <= ?")
        params.append(end_day)
    sql = f"SELECT {select_columns(kind)} FROM {table}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    direction = " DESC" if newest_first else ""
    sql += " ORDER BY " + ", ".join(f"{c}{direction}" for c in order)
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [row_to_record(kind, row) for row in connection.execute(sql, params).fetchall()]


def count(connection: Any, kind: str) -> int:
    table, _ = TABLES[kind]
    return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def count_all(connection: Any, schema_name: str = "main") -> dict[str, int]:
    """Records of each kind, for the kinds whose table exists (an old vault may lack some)."""
    present = {
        row[0]
        for row in connection.execute(
            f"SELECT name FROM {schema_name}.sqlite_master WHERE type = 'table'"
        ).fetchall()
    }
    return {
        kind: int(connection.execute(f"SELECT count(*) FROM {schema_name}.{table}").fetchone()[0])
        for kind, (table, _) in TABLES.items()
        if table in present
    }


def tags_by_use(connection: Any) -> list[str]:
    """Every tag used before, most used first, for completion."""
    rows = connection.execute(
        "SELECT value, count(*) AS n FROM checkins, json_each(checkins.tags)"
        " GROUP BY value ORDER BY n DESC, value"
    ).fetchall()
    return [row[0] for row in rows]


def setting(connection: Any, key: str) -> str | None:
    """The stored JSON text of a personal setting, or None."""
    row = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None
