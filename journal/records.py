"""The kinds of record a vault keeps, and the rules each field must follow.

Records are frozen dataclasses: an edit is `dataclasses.replace(record, note=...)` saved back with
`Vault.save`, which keeps undo simple (the old value is still there to put back).
Validation lives here once and is used by the app, the command line and import alike, so a value
refused in one place is refused everywhere with the same sentence.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import ClassVar, Final, TypeAlias

from .errors import InvalidInput

TRIGGER_CATEGORIES: Final = ("people", "places", "feelings", "things", "times", "other")
OUTCOMES: Final = ("resisted", "partly", "used")
CONTACT_ROLES: Final = (
    "sponsor", "keyworker", "peer supporter", "family", "friend", "GP", "counsellor", "helpline",
    "other",
)
SUPPORT_KINDS: Final = ("emotional", "practical", "information", "company")
SCALE_MIN: Final = 0
SCALE_MAX: Final = 10
# Far beyond any real note, small enough that one record cannot exhaust memory on an old laptop.
MAX_TEXT_CHARS: Final = 1_000_000


def new_id() -> str:
    return str(uuid.uuid4())


def now_iso() -> str:
    """Now, in the person's local time with its UTC offset, to the second."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def today_iso() -> str:
    return dt.date.today().isoformat()


@dataclass(frozen=True)
class CheckIn:
    mood: int
    hope: int
    craving: int | None = None
    peer_contact: bool = False
    tags: tuple[str, ...] = ()
    note: str = ""
    at: str = field(default_factory=now_iso)
    id: str = field(default_factory=new_id)

    kind: ClassVar[str] = "checkin"


@dataclass(frozen=True)
class Trigger:
    situation: str
    category: str
    intensity: int
    response: str = ""
    outcome: str = "resisted"
    note: str = ""
    at: str = field(default_factory=now_iso)
    id: str = field(default_factory=new_id)

    kind: ClassVar[str] = "trigger"


@dataclass(frozen=True)
class GratitudeList:
    items: tuple[str, ...]
    date: str = field(default_factory=today_iso)
    id: str = field(default_factory=new_id)

    kind: ClassVar[str] = "gratitude"


@dataclass(frozen=True)
class Contact:
    name: str
    role: str = "friend"
    phone: str = ""
    email: str = ""
    notes: str = ""
    support: tuple[str, ...] = ()
    crisis: bool = False
    id: str = field(default_factory=new_id)

    kind: ClassVar[str] = "contact"


@dataclass(frozen=True)
class AgendaItem:
    text: str
    done: bool = False
    created: str = field(default_factory=now_iso)
    id: str = field(default_factory=new_id)

    kind: ClassVar[str] = "agenda"


@dataclass(frozen=True)
class Helpline:
    """A built-in crisis line the person can edit; kept in the vault, not in the export."""

    name: str
    phone: str
    notes: str = ""
    position: int = 0
    id: str = field(default_factory=new_id)

    kind: ClassVar[str] = "helpline"


Record: TypeAlias = CheckIn | Trigger | GratitudeList | Contact | AgendaItem | Helpline
RECORD_TYPES: Final[dict[str, type]] = {
    "checkin": CheckIn, "trigger": Trigger, "gratitude": GratitudeList, "contact": Contact,
    "agenda": AgendaItem, "helpline": Helpline,
}

# The UK defaults (docs/contracts.md); the person can change or remove them on the Crisis page.
DEFAULT_HELPLINES: Final = (
    ("Samaritans", "116 123", "Free, day or night, for anyone who is struggling."),
    ("FRANK", "0300 123 6600", "Honest information and advice about drugs, any time."),
)


# ---- validation ------------------------------------------------------------------------------


def parse_instant(value: str, where: str) -> dt.datetime:
    """An ISO 8601 moment that must carry its UTC offset, so days and order are never guessed."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"{where}: {value!r} is not a date and time (ISO 8601)") from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidInput(f"{where}: {value!r} needs a UTC offset, like +00:00")
    try:
        moment.astimezone(dt.UTC)
    except OverflowError:  # 0001-01-01 at +01:00 is before the first day a computer can count
        raise InvalidInput(f"{where}: {value!r} is outside the dates that can be kept") from None
    return moment


def utc_key(moment: dt.datetime) -> str:
    """A sortable UTC text for a moment: the same instant always gives the same key."""
    # isoformat, not strftime: strftime("%Y") drops the zero padding of years before 1000 on
    # Linux, which would sort "999-…" after "2026-…".
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def check_date(value: str, where: str) -> str:
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None
    if len(value) != 10:
        raise InvalidInput(f"{where}: {value!r} is not a date (YYYY-MM-DD)")
    return value


def check_scale(value: object, where: str, *, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"{where}: {value!r} is not a whole number from 0 to 10")
    if not SCALE_MIN <= value <= SCALE_MAX:
        raise InvalidInput(f"{where}: {value} is out of range {SCALE_MIN}-{SCALE_MAX}")
    return value


def check_text(value: object, where: str, *, required: bool = False) -> str:
    if not isinstance(value, str):
        raise InvalidInput(f"{where}: expected text, got {type(value).__name__}")
    if len(value) > MAX_TEXT_CHARS:
        raise InvalidInput(f"{where}: the text is longer than {MAX_TEXT_CHARS:,} characters")
    if "\x00" in value:
        # SQLite's text functions and every file format downstream stop at NUL; refuse it plainly.
        raise InvalidInput(f"{where}: the text contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        # A lone surrogate (JSON "\ud800", or a broken paste) has no UTF-8 form, so SQLite
        # cannot store it: refuse it here with a sentence instead of failing inside the save.
        raise InvalidInput(
            f"{where}: the text contains a broken character (a lone surrogate, "
            f"U+{ord(value[exc.start]):04X}) at position {exc.start + 1}"
        ) from None
    if required and not value.strip():
        raise InvalidInput(f"{where}: this cannot be empty")
    return value


def check_bool(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(f"{where}: expected true or false, got {value!r}")
    return value


def check_choice(value: object, choices: Iterable[str], where: str) -> str:
    allowed = tuple(choices)
    if value not in allowed:
        raise InvalidInput(f"{where}: {value!r} is not one of {', '.join(allowed)}")
    assert isinstance(value, str)
    return value


def check_text_list(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, (list, tuple)):
        raise InvalidInput(f"{where}: expected a list of text")
    return tuple(check_text(item, f"{where}[{i}]") for i, item in enumerate(value))


def check_id(value: object, where: str) -> str:
    text = check_text(value, where, required=True)
    if len(text) > 200:
        raise InvalidInput(f"{where}: the id is longer than 200 characters")
    return text


def validate(record: Record, where: str = "") -> None:
    """Raise InvalidInput naming the first field that breaks the rules; return quietly if all hold."""
    p = f"{where}." if where else ""
    check_id(record.id, f"{p}id")
    if isinstance(record, CheckIn):
        parse_instant(record.at, f"{p}at")
        check_scale(record.mood, f"{p}mood")
        check_scale(record.hope, f"{p}hope")
        check_scale(record.craving, f"{p}craving", optional=True)
        check_bool(record.peer_contact, f"{p}peer_contact")
        tags = check_text_list(record.tags, f"{p}tags")
        for i, tag in enumerate(tags):
            check_text(tag, f"{p}tags[{i}]", required=True)
        check_text(record.note, f"{p}note")
    elif isinstance(record, Trigger):
        parse_instant(record.at, f"{p}at")
        check_text(record.situation, f"{p}situation")
        check_choice(record.category, TRIGGER_CATEGORIES, f"{p}category")
        check_scale(record.intensity, f"{p}intensity")
        check_text(record.response, f"{p}response")
        check_choice(record.outcome, OUTCOMES, f"{p}outcome")
        check_text(record.note, f"{p}note")
    elif isinstance(record, GratitudeList):
        check_date(record.date, f"{p}date")
        check_text_list(record.items, f"{p}items")
    elif isinstance(record, Contact):
        check_text(record.name, f"{p}name", required=True)
        check_choice(record.role, CONTACT_ROLES, f"{p}role")
        check_text(record.phone, f"{p}phone")
        check_text(record.email, f"{p}email")
        check_text(record.notes, f"{p}notes")
        for i, kind in enumerate(check_text_list(record.support, f"{p}support")):
            check_choice(kind, SUPPORT_KINDS, f"{p}support[{i}]")
        check_bool(record.crisis, f"{p}crisis")
    elif isinstance(record, AgendaItem):
        parse_instant(record.created, f"{p}created")
        check_text(record.text, f"{p}text")
        check_bool(record.done, f"{p}done")
    elif isinstance(record, Helpline):
        check_text(record.name, f"{p}name", required=True)
        check_text(record.phone, f"{p}phone")
        check_text(record.notes, f"{p}notes")
