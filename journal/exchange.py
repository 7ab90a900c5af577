"""Export format v1 (docs/contracts.md): writing it, reading it, and deciding what an import adds.

An import is all or nothing: the whole file is read and checked before the first write, the first
bad field is named the way it appears in the file (`checkins[12].mood: 11 is out of range 0-10`),
and every record is then merged inside one transaction. Records merge by `id`: a record already
in the vault with the same content is skipped, so importing one file twice changes nothing; a
record whose id is in the vault with different content keeps the vault's version (an import never
overwrites words the person wrote since), and the report says how many.

This module knows the file and the records, not the database: `Vault.export_data` and
`Vault.import_data` (journal/vault/core.py) read and write the rows and call it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from . import messages
from .errors import InvalidInput
from .records import (
    CONTACT_ROLES,
    OUTCOMES,
    SUPPORT_KINDS,
    TRIGGER_CATEGORIES,
    AgendaItem,
    CheckIn,
    Contact,
    GratitudeList,
    Record,
    Trigger,
    check_bool,
    check_choice,
    check_date,
    check_id,
    check_scale,
    check_text,
    check_text_list,
    parse_instant,
)

FORMAT_NAME: Final = "recovery-journal"
FORMAT_VERSION: Final = 1
# Section in the file -> kind of record in the vault, in the order the file lists them.
SECTIONS: Final = (
    ("checkins", "checkin"),
    ("triggers", "trigger"),
    ("gratitude", "gratitude"),
    ("contacts", "contact"),
    ("agenda", "agenda"),
)


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    kept_different: int = 0

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    def sentence(self) -> str:
        parts = [f"Added {self.total_added:,} record{'s' if self.total_added != 1 else ''}"]
        if self.unchanged:
            parts.append(f"{self.unchanged:,} were already in your journal")
        if self.kept_different:
            parts.append(
                f"{self.kept_different:,} differ from your journal's copy and were left as they are"
            )
        return "; ".join(parts) + "."


# ---- export ------------------------------------------------------------------------------------


def record_to_json(record: Record) -> dict[str, Any]:
    """A record as export format v1 writes it, with its keys in the documented order."""
    if isinstance(record, CheckIn):
        return {
            "id": record.id, "at": record.at, "mood": record.mood, "hope": record.hope,
            "craving": record.craving, "peer_contact": record.peer_contact,
            "tags": list(record.tags), "note": record.note,
        }
    if isinstance(record, Trigger):
        return {
            "id": record.id, "at": record.at, "situation": record.situation,
            "category": record.category, "intensity": record.intensity,
            "response": record.response, "outcome": record.outcome, "note": record.note,
        }
    if isinstance(record, GratitudeList):
        return {"id": record.id, "date": record.date, "items": list(record.items)}
    if isinstance(record, Contact):
        return {
            "id": record.id, "name": record.name, "role": record.role, "phone": record.phone,
            "email": record.email, "notes": record.notes, "support": list(record.support),
            "crisis": record.crisis,
        }
    if isinstance(record, AgendaItem):
        return {"id": record.id, "created": record.created, "text": record.text, "done": record.done}
    raise TypeError(f"not exported: {type(record).__name__}")


def export_document(
    records: Mapping[str, Sequence[Record]], *, exported_at: str | None = None
) -> dict[str, Any]:
    """Export format v1 as a plain dict, from every record of each kind in its natural order."""
    data: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": exported_at or dt.datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    for section, kind in SECTIONS:
        data[section] = [record_to_json(r) for r in records[kind]]
    return data


def dumps(data: Mapping[str, Any]) -> str:
    """Compact UTF-8 JSON, one line, the same bytes for the same content."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


# ---- reading -----------------------------------------------------------------------------------


def loads(text: str | bytes, source: str = "The file") -> Any:
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        return json.loads(text)
    except UnicodeDecodeError:
        raise InvalidInput(messages.NOT_JSON.format(file=source, reason="it is not UTF-8 text")) from None
    except json.JSONDecodeError as exc:
        reason = f"it is not valid JSON (line {exc.lineno}, column {exc.colno})"
        raise InvalidInput(messages.NOT_JSON.format(file=source, reason=reason)) from None
    except RecursionError:
        raise InvalidInput(messages.NOT_JSON.format(file=source, reason="it is nested too deeply")) from None


def _field(item: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in item:
        raise InvalidInput(f"{where}.{key}: this field is missing")
    return item[key]


def _getter(item: Mapping[str, Any], where: str) -> Callable[[str], Any]:
    def get(key: str) -> Any:
        return _field(item, key, where)

    return get


def _checkin(item: Mapping[str, Any], where: str) -> CheckIn:
    f = _getter(item, where)
    at = check_text(f("at"), f"{where}.at")
    parse_instant(at, f"{where}.at")
    tags = check_text_list(f("tags"), f"{where}.tags")
    for i, tag in enumerate(tags):
        check_text(tag, f"{where}.tags[{i}]", required=True)
    return CheckIn(
        id=check_id(f("id"), f"{where}.id"),
        at=at,
        mood=_scale(f("mood"), f"{where}.mood"),
        hope=_scale(f("hope"), f"{where}.hope"),
        craving=check_scale(item.get("craving"), f"{where}.craving", optional=True),
        peer_contact=check_bool(f("peer_contact"), f"{where}.peer_contact"),
        tags=tags,
        note=check_text(f("note"), f"{where}.note"),
    )


def _scale(value: Any, where: str) -> int:
    result = check_scale(value, where)
    assert result is not None
    return result


def _trigger(item: Mapping[str, Any], where: str) -> Trigger:
    f = _getter(item, where)
    at = check_text(f("at"), f"{where}.at")
    parse_instant(at, f"{where}.at")
    return Trigger(
        id=check_id(f("id"), f"{where}.id"),
        at=at,
        situation=check_text(f("situation"), f"{where}.situation"),
        category=check_choice(f("category"), TRIGGER_CATEGORIES, f"{where}.category"),
        intensity=_scale(f("intensity"), f"{where}.intensity"),
        response=check_text(f("response"), f"{where}.response"),
        outcome=check_choice(f("outcome"), OUTCOMES, f"{where}.outcome"),
        note=check_text(f("note"), f"{where}.note"),
    )


def _gratitude(item: Mapping[str, Any], where: str) -> GratitudeList:
    f = _getter(item, where)
    date = check_date(check_text(f("date"), f"{where}.date"), f"{where}.date")
    return GratitudeList(
        id=check_id(f("id"), f"{where}.id"),
        date=date,
        items=check_text_list(f("items"), f"{where}.items"),
    )


def _contact(item: Mapping[str, Any], where: str) -> Contact:
    f = _getter(item, where)
    support = check_text_list(f("support"), f"{where}.support")
    for i, kind in enumerate(support):
        check_choice(kind, SUPPORT_KINDS, f"{where}.support[{i}]")
    return Contact(
        id=check_id(f("id"), f"{where}.id"),
        name=check_text(f("name"), f"{where}.name", required=True),
        role=check_choice(f("role"), CONTACT_ROLES, f"{where}.role"),
        phone=check_text(f("phone"), f"{where}.phone"),
        email=check_text(f("email"), f"{where}.email"),
        notes=check_text(f("notes"), f"{where}.notes"),
        support=support,
        crisis=check_bool(f("crisis"), f"{where}.crisis"),
    )


def _agenda(item: Mapping[str, Any], where: str) -> AgendaItem:
    f = _getter(item, where)
    created = check_text(f("created"), f"{where}.created")
    parse_instant(created, f"{where}.created")
    return AgendaItem(
        id=check_id(f("id"), f"{where}.id"),
        created=created,
        text=check_text(f("text"), f"{where}.text"),
        done=check_bool(f("done"), f"{where}.done"),
    )


_PARSERS: Final[dict[str, Callable[[Mapping[str, Any], str], Record]]] = {
    "checkin": _checkin, "trigger": _trigger, "gratitude": _gratitude, "contact": _contact,
    "agenda": _agenda,
}


def parse_export(data: Any) -> dict[str, list[Record]]:
    """Every record of an export, checked; raises InvalidInput naming the first bad field."""
    if not isinstance(data, dict):
        raise InvalidInput("The file is not a Recovery Journal export (it is not a JSON object).")
    if data.get("format") != FORMAT_NAME:
        raise InvalidInput(f"format: {data.get('format')!r} is not {FORMAT_NAME!r}")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise InvalidInput(f"version: {version!r} is not a version number")
    if version > FORMAT_VERSION:
        raise InvalidInput(
            f"version: this file is format version {version}, made by a newer Recovery Journal;"
            " please update the app to import it"
        )
    if version < FORMAT_VERSION:
        raise InvalidInput(f"version: {version} is not a known format version")
    result: dict[str, list[Record]] = {}
    for section, kind in SECTIONS:
        items = data.get(section, [])
        if not isinstance(items, list):
            raise InvalidInput(f"{section}: expected a list")
        parsed: list[Record] = []
        seen: set[str] = set()
        for index, item in enumerate(items):
            where = f"{section}[{index}]"
            if not isinstance(item, dict):
                raise InvalidInput(f"{where}: expected an object")
            record = _PARSERS[kind](item, where)
            if record.id in seen:
                raise InvalidInput(f"{where}.id: {record.id!r} appears twice in this file")
            seen.add(record.id)
            parsed.append(record)
        result[kind] = parsed
    return result


# ---- merging -----------------------------------------------------------------------------------


def merge(
    report: ImportReport, kind: str, incoming: Sequence[Record], existing: Sequence[Record]
) -> list[Record]:
    """The incoming records to add: those whose id the vault does not hold yet.

    The rest are counted in `report`: the same content as the vault's copy (unchanged), or
    different (the vault's copy is kept: an import never overwrites what the person wrote since).
    """
    held = {record.id: record for record in existing}
    new: list[Record] = []
    for record in incoming:
        current = held.get(record.id)
        if current is None:
            new.append(record)
        elif current == record:
            report.unchanged += 1
        else:
            report.kept_different += 1
    report.added[kind] = len(new)
    return new
