"""The export format (docs/contracts.md): writing version 2, reading versions 1 and 2, and deciding
what an import adds.

An import is all or nothing: the whole file is read and checked before the first write, the first
bad field is named the way it appears in the file (`checkins[12].mood: 11 is out of range 0-10`,
`capital[3].answers[2]: 7 is out of range 1-6`), and every record is then merged inside one
transaction. Records merge by `id`: a record already in the vault with the same content is
skipped, so importing one file twice changes nothing; a record whose id is in the vault with
different content keeps the vault's version (an import never overwrites words the person wrote
since), and the report says how many. Two kinds merge by more than their id: the safety plan
(one per vault: the vault's is kept when the file's differs, and the report says so) and the use
record (one answer per day and substance: the vault's answer is kept).

Contacts are named by id in a check-in's `with` and in the safety plan's `ask_for_help` and
`professionals`. A file naming an id that is neither in the file nor in the journal is refused
whole. A contact deleted from the journal leaves its id in older records (so undoing the delete
brings everything back); the export leaves such ids out, so every file it writes imports.

Long because (~680 lines) it is the whole file format in one place, each kind's writer beside its
reader, so the two cannot drift apart.

This module knows the file and the records, not the database: `Vault.export_data` and
`Vault.import_data` (journal/vault/core.py) read and write the rows and call it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from . import messages
from .errors import InvalidInput, UsageError
from .i18n import translate
from .localformat import format_number
from .records import (
    CONTACT_ROLES,
    GOAL_STATUSES,
    OUTCOMES,
    SAFETY_PLAN_CONTACT_LISTS,
    SAFETY_PLAN_LISTS,
    SUPPORT_KINDS,
    TRIGGER_CATEGORIES,
    AgendaItem,
    CapitalCheck,
    CheckIn,
    Contact,
    Goal,
    GoalStep,
    GratitudeList,
    Naloxone,
    Plan,
    Record,
    SafetyPlan,
    Trigger,
    UseRecord,
    check_answers,
    check_bool,
    check_choice,
    check_date,
    check_id,
    check_id_list,
    check_list,
    check_optional_date,
    check_scale,
    check_substance,
    check_text,
    check_text_list,
    contact_ids_named,
    parse_instant,
    quoted,
)

FORMAT_NAME: Final = "recovery-journal"
FORMAT_VERSION: Final = 2
READABLE_VERSIONS: Final = (1, 2)
# List sections in the file -> kind of record in the vault, in the order the file lists them.
SECTIONS_V1: Final = (
    ("checkins", "checkin"),
    ("triggers", "trigger"),
    ("gratitude", "gratitude"),
    ("contacts", "contact"),
    ("agenda", "agenda"),
)
SECTIONS: Final = (
    *SECTIONS_V1,
    ("goals", "goal"),
    ("plans", "plan"),
    ("capital", "capital"),
    ("use", "use"),
)
# The one object section: the safety plan (or null), written after the v1 lists.
SAFETY_PLAN_SECTION: Final = "safety_plan"
# Kinds an import may bring in (for pages that reload after one).
IMPORTED_KINDS: Final = (*(kind for _, kind in SECTIONS), "safety_plan")
# Far more than thirty years of daily writing (about 60 MB as made by journal/dataset.py), small
# enough that reading a planted file cannot exhaust an old laptop's memory.
MAX_FILE_BYTES: Final = 256 * 1024 * 1024


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    kept_different: int = 0
    # The file had a safety plan that differs from the journal's, which was kept.
    safety_plan_kept: bool = False

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    def sentence(self) -> str:
        """What the import did, in whole sentences (each translated on its own)."""
        parts = [translate("exchange", "Added %Ln records.", None, self.total_added)]
        if self.unchanged:
            parts.append(translate("exchange", "%Ln were already in your journal.", None, self.unchanged))
        if self.kept_different:
            parts.append(translate(
                "exchange", "%Ln differ from your journal's copy and were left as they are.", None,
                self.kept_different,
            ))
        if self.safety_plan_kept:
            parts.append(translate(
                "exchange",
                "Your journal's safety plan was kept; the one in the file is different and was not imported.",
            ))
        return " ".join(parts)


# ---- export ------------------------------------------------------------------------------------


def record_to_json(record: Record, known_contacts: Collection[str] | None = None) -> dict[str, Any]:
    """A record as the export format writes it, with its keys in the documented order.

    With `known_contacts`, contact ids not among them (contacts deleted since) are left out.
    """
    def contacts(ids: Sequence[str]) -> list[str]:
        return [i for i in ids if known_contacts is None or i in known_contacts]

    if isinstance(record, CheckIn):
        return {
            "id": record.id, "at": record.at, "mood": record.mood, "hope": record.hope,
            "craving": record.craving, "peer_contact": record.peer_contact,
            "with": contacts(record.with_ids), "tags": list(record.tags), "note": record.note,
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
    if isinstance(record, SafetyPlan):
        plan: dict[str, Any] = {"updated": record.updated}
        for name in SAFETY_PLAN_LISTS:
            items = getattr(record, name)
            plan[name] = contacts(items) if name in SAFETY_PLAN_CONTACT_LISTS else list(items)
        kit = record.naloxone
        plan["naloxone"] = {"kit": kit.kit, "expires": kit.expires, "where": kit.where}
        return plan
    if isinstance(record, Goal):
        return {
            "id": record.id, "created": record.created, "text": record.text, "why": record.why,
            "status": record.status, "target": record.target,
            "steps": [{"text": step.text, "done": step.done} for step in record.steps],
        }
    if isinstance(record, Plan):
        return {
            "id": record.id, "created": record.created, "if": record.if_part,
            "then": record.then_part, "category": record.category,
        }
    if isinstance(record, CapitalCheck):
        return {"id": record.id, "at": record.at, "answers": list(record.answers)}
    if isinstance(record, UseRecord):
        return {
            "id": record.id, "date": record.date, "substance": record.substance,
            "used": record.used, "amount": record.amount,
        }
    raise TypeError(f"not exported: {type(record).__name__}")


def export_document(
    records: Mapping[str, Sequence[Record]],
    *,
    safety_plan: SafetyPlan | None = None,
    exported_at: str | None = None,
) -> dict[str, Any]:
    """Export format v2 as a plain dict, from every record of each kind in its natural order.

    Contact ids that name no contact in `records["contact"]` are left out (see the module's
    docstring), so the file always imports.
    """
    known = {record.id for record in records["contact"]}
    data: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": exported_at or dt.datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    for section, kind in SECTIONS_V1:
        data[section] = [record_to_json(r, known) for r in records[kind]]
    data[SAFETY_PLAN_SECTION] = None if safety_plan is None else record_to_json(safety_plan, known)
    for section, kind in SECTIONS[len(SECTIONS_V1):]:
        data[section] = [record_to_json(r, known) for r in records[kind]]
    return data


def count_records(data: Mapping[str, Any]) -> int:
    """How many records an export file holds: every list's items, and the safety plan if any."""
    lists = sum(len(data.get(section) or ()) for section, _ in SECTIONS)
    return lists + (1 if data.get(SAFETY_PLAN_SECTION) else 0)


def dumps(data: Mapping[str, Any]) -> str:
    """Compact UTF-8 JSON, one line, the same bytes for the same content."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


# ---- reading -----------------------------------------------------------------------------------


def read_file(path: Path) -> bytes:
    """An export file's bytes, refused plainly when it is not a readable file of sensible size."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise InvalidInput(too_large(path))
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise UsageError(messages.translated(messages.NO_FILE).format(file=path)) from None
    except IsADirectoryError:
        message = translate("exchange", "{file} is a folder, not an export file.")
        raise UsageError(message.format(file=path)) from None
    except OSError:
        message = translate("exchange", "{file} could not be read. Check the file and try again.")
        raise InvalidInput(message.format(file=path)) from None
    if len(data) > MAX_FILE_BYTES:  # it grew while being read (a pipe, a device)
        raise InvalidInput(too_large(path))
    return data


def too_large(path: Path | str) -> str:
    message = translate(
        "exchange",
        "{file} is larger than {size} MB, far more than any journal's export, so it was not imported.",
    )
    return message.format(file=path, size=format_number(MAX_FILE_BYTES // (1024 * 1024)))


def loads(text: str | bytes, source: str = "The file") -> Any:
    """Parse an export file; every way it can fail is InvalidInput (exit 5), never a crash."""
    if len(text) > MAX_FILE_BYTES:
        raise InvalidInput(too_large(source))
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        return json.loads(text)
    except UnicodeDecodeError:
        reason = translate("exchange", "it is not UTF-8 text")
        raise InvalidInput(messages.translated(messages.NOT_JSON).format(file=source,
                reason=reason)) from None
    except json.JSONDecodeError as exc:
        reason = translate("exchange", "it is not valid JSON (line {line}, column {column})").format(
            line=exc.lineno, column=exc.colno
        )
        raise InvalidInput(messages.translated(messages.NOT_JSON).format(file=source,
                reason=reason)) from None
    except RecursionError:
        reason = translate("exchange", "it is nested too deeply")
        raise InvalidInput(messages.translated(messages.NOT_JSON).format(file=source,
                reason=reason)) from None
    except (ValueError, OverflowError, MemoryError):
        # A number of thousands of digits (Python refuses to convert it), and the like.
        reason = translate("exchange", "it holds invalid input")
        raise InvalidInput(messages.translated(messages.NOT_JSON).format(file=source,
                reason=reason)) from None


def _field(item: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in item:
        message = translate("exchange", "{where}: this field is missing")
        raise InvalidInput(message.format(where=f"{where}.{key}"))
    return item[key]


def _getter(item: Mapping[str, Any], where: str) -> Callable[[str], Any]:
    def get(key: str) -> Any:
        return _field(item, key, where)

    return get


def _instant(value: Any, where: str) -> str:
    text = check_text(value, where)
    parse_instant(text, where)
    return text


def _object(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise InvalidInput(translate("exchange", "{where}: expected an object").format(where=where))
    return value


def _checkin(item: Mapping[str, Any], where: str, version: int) -> CheckIn:
    f = _getter(item, where)
    at = _instant(f("at"), f"{where}.at")
    # Version 1 always answered mood and hope; from version 2 any scale may be null.
    optional = version >= 2
    tags = check_text_list(f("tags"), f"{where}.tags")
    for i, tag in enumerate(tags):
        check_text(tag, f"{where}.tags[{i}]", required=True)
    record = CheckIn(
        id=check_id(f("id"), f"{where}.id"),
        at=at,
        mood=check_scale(f("mood"), f"{where}.mood", optional=optional),
        hope=check_scale(f("hope"), f"{where}.hope", optional=optional),
        craving=check_scale(item.get("craving"), f"{where}.craving", optional=True),
        peer_contact=check_bool(f("peer_contact"), f"{where}.peer_contact"),
        tags=tags,
        note=check_text(f("note"), f"{where}.note"),
        with_ids=check_id_list(item.get("with", []), f"{where}.with"),
    )
    if not record.has_an_answer():
        message = translate(
            "records",
            "{where}: a check-in needs at least one answer: a scale, time with someone in recovery, "
            "a tag or a note",
        )
        raise InvalidInput(message.format(where=where))
    return record


def _trigger(item: Mapping[str, Any], where: str, version: int) -> Trigger:
    f = _getter(item, where)
    return Trigger(
        id=check_id(f("id"), f"{where}.id"),
        at=_instant(f("at"), f"{where}.at"),
        situation=check_text(f("situation"), f"{where}.situation"),
        category=check_choice(f("category"), TRIGGER_CATEGORIES, f"{where}.category"),
        intensity=_scale(f("intensity"), f"{where}.intensity"),
        response=check_text(f("response"), f"{where}.response"),
        outcome=check_choice(f("outcome"), OUTCOMES, f"{where}.outcome"),
        note=check_text(f("note"), f"{where}.note"),
    )


def _scale(value: Any, where: str) -> int:
    result = check_scale(value, where)
    assert result is not None
    return result


def _gratitude(item: Mapping[str, Any], where: str, version: int) -> GratitudeList:
    f = _getter(item, where)
    date = check_date(check_text(f("date"), f"{where}.date"), f"{where}.date")
    return GratitudeList(
        id=check_id(f("id"), f"{where}.id"),
        date=date,
        items=check_text_list(f("items"), f"{where}.items"),
    )


def _contact(item: Mapping[str, Any], where: str, version: int) -> Contact:
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


def _agenda(item: Mapping[str, Any], where: str, version: int) -> AgendaItem:
    f = _getter(item, where)
    return AgendaItem(
        id=check_id(f("id"), f"{where}.id"),
        created=_instant(f("created"), f"{where}.created"),
        text=check_text(f("text"), f"{where}.text"),
        done=check_bool(f("done"), f"{where}.done"),
    )


def _goal(item: Mapping[str, Any], where: str, version: int) -> Goal:
    f = _getter(item, where)
    steps = []
    for i, step in enumerate(check_list(f("steps"), f"{where}.steps")):
        at = f"{where}.steps[{i}]"
        step_item = _object(step, at)
        steps.append(GoalStep(
            text=check_text(_field(step_item, "text", at), f"{at}.text"),
            done=check_bool(_field(step_item, "done", at), f"{at}.done"),
        ))
    return Goal(
        id=check_id(f("id"), f"{where}.id"),
        created=_instant(f("created"), f"{where}.created"),
        text=check_text(f("text"), f"{where}.text", required=True),
        why=check_text(f("why"), f"{where}.why"),
        status=check_choice(f("status"), GOAL_STATUSES, f"{where}.status"),
        target=check_optional_date(f("target"), f"{where}.target"),
        steps=tuple(steps),
    )


def _plan(item: Mapping[str, Any], where: str, version: int) -> Plan:
    f = _getter(item, where)
    category = f("category")
    if category is not None:
        check_choice(category, TRIGGER_CATEGORIES, f"{where}.category")
    record = Plan(
        id=check_id(f("id"), f"{where}.id"),
        created=_instant(f("created"), f"{where}.created"),
        if_part=check_text(f("if"), f"{where}.if"),
        then_part=check_text(f("then"), f"{where}.then"),
        category=category,
    )
    if not record.if_part.strip() and not record.then_part.strip():
        message = translate("records", "{where}: write the 'if' or the 'then' of the plan")
        raise InvalidInput(message.format(where=where))
    return record


def _capital(item: Mapping[str, Any], where: str, version: int) -> CapitalCheck:
    f = _getter(item, where)
    return CapitalCheck(
        id=check_id(f("id"), f"{where}.id"),
        at=_instant(f("at"), f"{where}.at"),
        answers=check_answers(f("answers"), f"{where}.answers"),
    )


def _use(item: Mapping[str, Any], where: str, version: int) -> UseRecord:
    f = _getter(item, where)
    return UseRecord(
        id=check_id(f("id"), f"{where}.id"),
        date=check_date(check_text(f("date"), f"{where}.date"), f"{where}.date"),
        substance=check_substance(f("substance"), f"{where}.substance"),
        used=check_bool(f("used"), f"{where}.used"),
        amount=check_text(f("amount"), f"{where}.amount"),
    )


def _safety_plan(value: Any, where: str) -> SafetyPlan:
    item = _object(value, where)
    f = _getter(item, where)
    lists: dict[str, tuple[str, ...]] = {}
    for name in SAFETY_PLAN_LISTS:
        check = check_id_list if name in SAFETY_PLAN_CONTACT_LISTS else check_text_list
        lists[name] = check(f(name), f"{where}.{name}")
    kit = _object(f("naloxone"), f"{where}.naloxone")
    k = _getter(kit, f"{where}.naloxone")
    return SafetyPlan(
        warning_signs=lists["warning_signs"],
        coping=lists["coping"],
        distractions=lists["distractions"],
        ask_for_help=lists["ask_for_help"],
        professionals=lists["professionals"],
        safer_surroundings=lists["safer_surroundings"],
        reasons=lists["reasons"],
        naloxone=Naloxone(
            kit=check_bool(k("kit"), f"{where}.naloxone.kit"),
            expires=check_optional_date(k("expires"), f"{where}.naloxone.expires"),
            where=check_text(k("where"), f"{where}.naloxone.where"),
        ),
        updated=_instant(f("updated"), f"{where}.updated"),
    )


_PARSERS: Final[dict[str, Callable[[Mapping[str, Any], str, int], Record]]] = {
    "checkin": _checkin, "trigger": _trigger, "gratitude": _gratitude, "contact": _contact,
    "agenda": _agenda, "goal": _goal, "plan": _plan, "capital": _capital, "use": _use,
}


@dataclass(frozen=True)
class ParsedExport:
    """Every record of an export file, checked: lists by kind (file order) and the safety plan."""

    records: dict[str, list[Record]]
    safety_plan: SafetyPlan | None
    version: int


def parse_export(data: Any) -> ParsedExport:
    """Every record of an export, checked; raises InvalidInput naming the first bad field.

    Checks everything the file alone can tell, including that each contact id it names is a
    contact in the file or (`check_contacts`, with the vault) in the journal.
    """
    if not isinstance(data, dict):
        raise InvalidInput(translate(
            "exchange", "The file is not a Recovery Journal export (it is not a JSON object)."
        ))
    if data.get("format") != FORMAT_NAME:
        message = translate("exchange", "format: {value} is not {name}")
        raise InvalidInput(message.format(value=quoted(data.get("format")), name=quoted(FORMAT_NAME)))
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        message = translate("exchange", "version: {value} is not a version number")
        raise InvalidInput(message.format(value=quoted(version)))
    if version > FORMAT_VERSION:
        message = translate(
            "exchange",
            "version: this file is format version {version}, made by a newer Recovery Journal;"
            " please update the app to import it",
        )
        raise InvalidInput(message.format(version=quoted(version)))
    if version not in READABLE_VERSIONS:
        message = translate("exchange", "version: {version} is not a known format version")
        raise InvalidInput(message.format(version=quoted(version)))
    result: dict[str, list[Record]] = {}
    for section, kind in SECTIONS:
        if version < 2 and (section, kind) not in SECTIONS_V1:
            result[kind] = []  # a version 1 file has none of these (any such key is not read)
            continue
        result[kind] = _parse_section(data.get(section, []), section, kind, version)
    plan = data.get(SAFETY_PLAN_SECTION) if version >= 2 else None
    parsed = ParsedExport(
        records=result,
        safety_plan=None if plan is None else _safety_plan(plan, SAFETY_PLAN_SECTION),
        version=version,
    )
    _check_one_use_answer_a_day(parsed.records["use"])
    return parsed


def _parse_section(items: Any, section: str, kind: str, version: int) -> list[Record]:
    if not isinstance(items, list):
        raise InvalidInput(translate("exchange", "{where}: expected a list").format(where=section))
    parse = _PARSERS[kind]
    parsed: list[Record] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        where = f"{section}[{index}]"
        record = parse(_object(item, where), where, version)
        if record.id in seen:
            message = translate("exchange", "{where}: {value} appears twice in this file")
            raise InvalidInput(message.format(where=f"{where}.id", value=quoted(record.id)))
        seen.add(record.id)
        parsed.append(record)
    return parsed


def _check_one_use_answer_a_day(records: Sequence[Record]) -> None:
    seen: set[tuple[str, str]] = set()
    for index, record in enumerate(records):
        assert isinstance(record, UseRecord)
        key = (record.date, record.substance)
        if key in seen:
            message = translate("exchange", "{where}: {substance} on {date} appears twice in this file")
            raise InvalidInput(message.format(
                where=f"use[{index}].substance", substance=quoted(record.substance), date=record.date
            ))
        seen.add(key)


def check_contacts(parsed: ParsedExport, journal_contacts: Collection[str]) -> None:
    """Refuse the file if it names a contact id that is neither in it nor in the journal."""
    known = {record.id for record in parsed.records["contact"]}
    message = translate("exchange", "{where}: {value} is not a contact in this file or in your journal")

    def check(fields: Sequence[tuple[str, Sequence[str]]], prefix: str) -> None:
        for name, ids in fields:
            for i, contact_id in enumerate(ids):
                if contact_id not in known and contact_id not in journal_contacts:
                    where = f"{prefix}.{name}[{i}]"
                    raise InvalidInput(message.format(where=where, value=quoted(contact_id)))

    for index, record in enumerate(parsed.records["checkin"]):
        if isinstance(record, CheckIn) and record.with_ids:
            check(contact_ids_named(record), f"checkins[{index}]")
    if parsed.safety_plan is not None:
        check(contact_ids_named(parsed.safety_plan), SAFETY_PLAN_SECTION)


def contact_ids_in(parsed: ParsedExport) -> list[str]:
    """Every contact id the file's records name (to look up in the journal)."""
    named: dict[str, None] = {}
    records: list[Record] = list(parsed.records["checkin"])
    if parsed.safety_plan is not None:
        records.append(parsed.safety_plan)
    for record in records:
        for _, ids in contact_ids_named(record):
            named.update(dict.fromkeys(ids))
    return list(named)


# ---- merging -----------------------------------------------------------------------------------


def as_exported(record: Record, known_contacts: Collection[str]) -> Record:
    """The record as an export would write it: contact ids not among `known_contacts` left out.

    An import compares the journal's copy in this form, so a check-in that still names a
    contact deleted since matches the file exported after the delete."""
    if isinstance(record, CheckIn) and any(i not in known_contacts for i in record.with_ids):
        return dataclasses.replace(record, with_ids=tuple(i for i in record.with_ids if i in known_contacts))
    if isinstance(record, SafetyPlan):
        changes = {
            name: tuple(i for i in getattr(record, name) if i in known_contacts)
            for name in SAFETY_PLAN_CONTACT_LISTS
        }
        return dataclasses.replace(record, **changes)  # type: ignore[arg-type]
    return record


def merge(
    report: ImportReport,
    kind: str,
    incoming: Sequence[Record],
    existing: Sequence[Record],
    same_slot: Mapping[Any, Record] | None = None,
) -> list[Record]:
    """The incoming records to add: those whose id the vault does not hold yet.

    The rest are counted in `report`: the same content as the vault's copy (unchanged), or
    different (the vault's copy is kept: an import never overwrites what the person wrote since).
    `same_slot` (for the use record: the vault's answers by (date, substance)) keeps the vault's
    answer when the file holds another record for the same day and substance.
    """
    held = {record.id: record for record in existing}
    new: list[Record] = []
    for record in incoming:
        current = held.get(record.id)
        if current is None:
            slot = _slot(record)
            taken = same_slot.get(slot) if same_slot is not None and slot is not None else None
            if taken is None:
                new.append(record)
            elif dataclasses.replace(taken, id=record.id) == record:
                report.unchanged += 1
            else:
                report.kept_different += 1
        elif current == record:
            report.unchanged += 1
        else:
            report.kept_different += 1
    report.added[kind] = len(new)
    return new


def _slot(record: Record) -> tuple[str, str] | None:
    return (record.date, record.substance) if isinstance(record, UseRecord) else None


def merge_safety_plan(
    report: ImportReport, incoming: SafetyPlan | None, existing: SafetyPlan | None
) -> SafetyPlan | None:
    """The plan to save: the file's when the journal has none; the journal's is always kept."""
    if incoming is None:
        return None
    if existing is None:
        report.added["safety_plan"] = 1
        return incoming
    if existing == incoming:
        report.unchanged += 1
    else:
        report.safety_plan_kept = True
    return None
