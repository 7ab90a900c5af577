"""The kinds of record a vault keeps, and the rules each field must follow.

Records are frozen dataclasses: an edit is `dataclasses.replace(record, note=...)` saved back with
`Vault.save`, which keeps undo simple (the old value is still there to put back; a delete hands
the record back, and saving it again is the undo).
Validation lives here once and is used by the app, the command line and import alike, so a value
refused in one place is refused everywhere with the same sentence, naming the field the way the
export file does (`capital[3].answers[2]: 7 is out of range 1-6`).

Version 2 (docs/contracts.md, "Version 2") adds: check-ins whose scales may be unanswered (None)
and that may name who the time in recovery was spent with (`with_ids`); the contact role
`group`; and five kinds: the safety plan (one per vault), goals with steps, if-then plans,
recovery-capital checks (BARC-10) and the use record.

Long because (~620 lines) it is the one list of every field of every kind with its rule; split,
the export format and the app would drift apart on what a field may hold.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar, Final, TypeAlias

from .errors import InvalidInput
from .i18n import QT_TRANSLATE_NOOP, translate
from .languages import POLISH, current_language
from .localformat import format_number

TRIGGER_CATEGORIES: Final = ("people", "places", "feelings", "things", "times", "other")
OUTCOMES: Final = ("resisted", "partly", "used")
CONTACT_ROLES: Final = (
    "sponsor", "keyworker", "peer supporter", "family", "friend", "GP", "counsellor", "helpline",
    "group", "other",
)
SUPPORT_KINDS: Final = ("emotional", "practical", "information", "company")
GOAL_STATUSES: Final = ("active", "done", "paused")
SCALE_MIN: Final = 0
SCALE_MAX: Final = 10
# BARC-10 (Vilsaint et al. 2017): ten statements, each 1 (strongly disagree) to 6 (strongly agree).
BARC_STATEMENTS: Final = 10
BARC_MIN: Final = 1
BARC_MAX: Final = 6
# The safety plan is one per vault: it always has this id (not written in the export file).
SAFETY_PLAN_ID: Final = "safety-plan"
# The safety plan's lists, in the Stanley-Brown order; the two contact lists hold contact ids.
SAFETY_PLAN_LISTS: Final = (
    "warning_signs", "coping", "distractions", "ask_for_help", "professionals",
    "safer_surroundings", "reasons",
)
SAFETY_PLAN_CONTACT_LISTS: Final = ("ask_for_help", "professionals")
# Far beyond any real note, small enough that one record cannot exhaust memory on an old laptop.
MAX_TEXT_CHARS: Final = 1_000_000
# What a person tracks in the use record: a short name each, and a handful at most.
MAX_SUBSTANCE_CHARS: Final = 100
MAX_TRACKED_SUBSTANCES: Final = 20
# A value quoted back in an error message is cut to this many characters, so a 30 MB string in
# a bad file never fills the terminal or a label.
QUOTE_CHARS: Final = 60


def new_id() -> str:
    return str(uuid.uuid4())


def now_iso() -> str:
    """Now, in the person's local time with its UTC offset, to the second."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def today_iso() -> str:
    return dt.date.today().isoformat()


@dataclass(frozen=True)
class CheckIn:
    """A moment's check-in. Each scale is 0-10, or None when the person did not answer it.

    A check-in holds at least one answer: a scale, the peer flag, a tag or a note.
    `with_ids` names the contacts (people or groups) the time in recovery was spent with; it is
    kept last so older positional constructions still read the same.
    """

    mood: int | None = None
    hope: int | None = None
    craving: int | None = None
    peer_contact: bool = False
    tags: tuple[str, ...] = ()
    note: str = ""
    at: str = field(default_factory=now_iso)
    id: str = field(default_factory=new_id)
    with_ids: tuple[str, ...] = ()

    kind: ClassVar[str] = "checkin"

    def has_an_answer(self) -> bool:
        """Whether there is anything to keep: an answered scale, the peer flag, a tag or a note."""
        return (
            any(value is not None for value in (self.mood, self.hope, self.craving))
            or self.peer_contact
            or bool(self.tags)
            or bool(self.note.strip())
        )


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
    """A person or a group in the support network. A `group` (AA, NA, SMART Recovery, a recovery
    café…) keeps when and where it meets in its notes."""

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


@dataclass(frozen=True)
class Naloxone:
    """The person's naloxone kit: whether they have one, when it expires (a date or None), where."""

    kit: bool = False
    expires: str | None = None
    where: str = ""


@dataclass(frozen=True)
class SafetyPlan:
    """The person's safety plan, after the Stanley-Brown plan; one per vault (its id is fixed).

    Each list is short lines in the person's own words, in the order they chose, except
    `ask_for_help` and `professionals`, which hold contact ids so a number is kept in one place
    (the Support page's). `updated` is when it was last changed: use `edited(...)` to change
    fields and stamp the time in one step.
    """

    warning_signs: tuple[str, ...] = ()
    coping: tuple[str, ...] = ()
    distractions: tuple[str, ...] = ()
    ask_for_help: tuple[str, ...] = ()
    professionals: tuple[str, ...] = ()
    safer_surroundings: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    naloxone: Naloxone = field(default_factory=Naloxone)
    updated: str = field(default_factory=now_iso)
    id: str = SAFETY_PLAN_ID

    kind: ClassVar[str] = "safety_plan"

    def edited(self, **changes: object) -> SafetyPlan:
        """A copy with `changes` and `updated` set to now: what the plan page saves."""
        return dataclasses.replace(self, **changes, updated=now_iso())  # type: ignore[arg-type]

    def is_empty(self) -> bool:
        """Nothing written in any part and no kit: a plan not started yet."""
        return not any(getattr(self, name) for name in SAFETY_PLAN_LISTS) and (
            self.naloxone == Naloxone()
        )


@dataclass(frozen=True)
class GoalStep:
    """One small step towards a goal, ticked when done."""

    text: str
    done: bool = False


@dataclass(frozen=True)
class Goal:
    """A goal in the person's words, why it matters, and small steps.

    `status` is one of GOAL_STATUSES; `target` an optional date (YYYY-MM-DD), never a deadline
    the app scolds about.
    """

    text: str
    why: str = ""
    status: str = "active"
    target: str | None = None
    steps: tuple[GoalStep, ...] = ()
    created: str = field(default_factory=now_iso)
    id: str = field(default_factory=new_id)

    kind: ClassVar[str] = "goal"

    @property
    def steps_done(self) -> int:
        return sum(1 for step in self.steps if step.done)

    def next_step(self) -> GoalStep | None:
        """The first step not done yet, in the person's order (what Today shows)."""
        return next((step for step in self.steps if not step.done), None)


@dataclass(frozen=True)
class Plan:
    """An if-then coping plan: "if I pass the pub on Friday, then I ring Sam".

    `category` is a trigger category (TRIGGER_CATEGORIES), so the trigger page can show the plans
    for a trigger of that kind, or None. At least one of the two parts is written.
    """

    if_part: str
    then_part: str
    category: str | None = None
    created: str = field(default_factory=now_iso)
    id: str = field(default_factory=new_id)

    kind: ClassVar[str] = "plan"


@dataclass(frozen=True)
class CapitalCheck:
    """One BARC-10 answer sheet: ten answers, 1 (strongly disagree) to 6 (strongly agree)."""

    answers: tuple[int, ...]
    at: str = field(default_factory=now_iso)
    id: str = field(default_factory=new_id)

    kind: ClassVar[str] = "capital"

    @property
    def score(self) -> int:
        """The published score: the sum of the ten answers, 10 to 60."""
        return sum(self.answers)


@dataclass(frozen=True)
class UseRecord:
    """Whether the person used a substance on a day (`used=False` is an answer too).

    One per day and substance: `Vault.answer_use` replaces the day's answer in place.
    """

    substance: str
    used: bool
    amount: str = ""
    date: str = field(default_factory=today_iso)
    id: str = field(default_factory=new_id)

    kind: ClassVar[str] = "use"


@dataclass(frozen=True)
class UseTracking:
    """The use-record setting (personal, kept inside the vault): on or off, and what is tracked.

    Off until the person turns it on in Settings and names what they want to keep track of.
    """

    on: bool = False
    substances: tuple[str, ...] = ()


Record: TypeAlias = (
    CheckIn | Trigger | GratitudeList | Contact | AgendaItem | Helpline | SafetyPlan | Goal | Plan
    | CapitalCheck | UseRecord
)
RECORD_TYPES: Final[dict[str, type]] = {
    "checkin": CheckIn, "trigger": Trigger, "gratitude": GratitudeList, "contact": Contact,
    "agenda": AgendaItem, "helpline": Helpline, "safety_plan": SafetyPlan, "goal": Goal,
    "plan": Plan, "capital": CapitalCheck, "use": UseRecord,
}

# The UK defaults (docs/contracts.md); the person can change or remove them on the Crisis page.
# The notes are shown in the chosen language (`default_helplines`).
DEFAULT_HELPLINES: Final = (
    ("Samaritans", "116 123",
     QT_TRANSLATE_NOOP("helplines", "Free, day or night, for anyone who is struggling.")),
    ("FRANK", "0300 123 6600",
     QT_TRANSLATE_NOOP("helplines", "Honest information and advice about drugs, any time.")),
)
# Polish-language helplines in Poland, offered after the UK ones when the app speaks Polish
# (issue 16). Source: the PARPA/KCPU campaign page https://kampanianazdrowie.pl/pomoc/ (numbers,
# hours, who they are for). From the UK they need +48 and are not free; UK Samaritans answer in
# English (https://fcaassociation.org/pomoc-dla-polakow-w-szkocji). The notes say so.
POLISH_HELPLINES: Final = (
    ("Ogólnopolski Telefon Zaufania Uzależnienia (KCPU)", "+48 800 199 990",
     QT_TRANSLATE_NOOP("helplines", "In Poland, free from Polish phones, every day 16:00-21:00: for people "
                       "with alcohol, drug or medicine dependence and their families. From the UK it "
                       "costs an international call.")),
    ("Centrum Wsparcia dla Osób Dorosłych w Kryzysie Psychicznym", "+48 800 702 222",
     QT_TRANSLATE_NOOP("helplines", "In Poland, free from Polish phones, day or night: for adults in a "
                       "mental health crisis. From the UK it costs an international call.")),
    ("Telefon zaufania dla dorosłych w kryzysie emocjonalnym", "116 123",
     QT_TRANSLATE_NOOP("helplines", "In Poland, for adults in emotional crisis. In the UK the same number "
                       "reaches Samaritans, who answer in English.")),
)


def default_helplines() -> tuple[tuple[str, str, str], ...]:
    """The helplines a new journal starts with and the locked crisis page shows: the UK ones, and
    in Polish also the Polish-language lines in Poland; notes in the chosen language."""
    lines = DEFAULT_HELPLINES + (POLISH_HELPLINES if current_language() is POLISH else ())
    return tuple((name, phone, translate("helplines", notes)) for name, phone, notes in lines)


# ---- validation ------------------------------------------------------------------------------


def quoted(value: object) -> str:
    """A value as an error message quotes it: as the JSON file writes it ("maybe", true, null),
    cut to QUOTE_CHARS characters, so a 30 MB string in a bad file is never echoed whole.

    Huge whole numbers are described rather than written out (Python refuses to turn one of
    more than 4,300 digits into text, and nobody wants to read it).
    """
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        return translate("records", "a number of about {digits} digits").format(
            digits=int(value.bit_length() * 0.30103) + 1
        )
    if isinstance(value, (list, tuple, dict)) and len(value) > 5:
        return translate("records", "a list or object of {count} items").format(count=len(value))
    cut = isinstance(value, str) and len(value) > QUOTE_CHARS
    if isinstance(value, str):
        value = value[:QUOTE_CHARS]
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    # a lone surrogate cannot be printed: show it as its escape
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    if cut:
        return text[:-1] + "…" + text[-1]
    return text if len(text) <= QUOTE_CHARS + 2 else text[:QUOTE_CHARS] + "…"


def parse_instant(value: str, where: str) -> dt.datetime:
    """An ISO 8601 moment that must carry its UTC offset, so days and order are never guessed."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        message = translate("records", "{where}: {value} is not a date and time (ISO 8601)")
        raise InvalidInput(message.format(where=where, value=quoted(value))) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        message = translate("records", "{where}: {value} needs a UTC offset, like +00:00")
        raise InvalidInput(message.format(where=where, value=quoted(value)))
    try:
        moment.astimezone(dt.UTC)
    except OverflowError:  # 0001-01-01 at +01:00 is before the first day a computer can count
        message = translate("records", "{where}: {value} is outside the dates that can be kept")
        raise InvalidInput(message.format(where=where, value=quoted(value))) from None
    return moment


def utc_key(moment: dt.datetime) -> str:
    """A sortable UTC text for a moment: the same instant always gives the same key."""
    # isoformat, not strftime: strftime("%Y") drops the zero padding of years before 1000 on
    # Linux, which would sort "999-…" after "2026-…".
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def check_date(value: str, where: str) -> str:
    message = translate("records", "{where}: {value} is not a date (YYYY-MM-DD)")
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidInput(message.format(where=where, value=quoted(value))) from None
    if len(value) != 10:
        raise InvalidInput(message.format(where=where, value=quoted(value)))
    return value


def check_optional_date(value: object, where: str) -> str | None:
    """A date (YYYY-MM-DD) or None."""
    if value is None:
        return None
    return check_date(check_text(value, where), where)


def check_whole_number(value: object, low: int, high: int, where: str) -> int:
    """A whole number from `low` to `high` (true and false are not numbers here)."""
    if isinstance(value, bool) or not isinstance(value, int):
        message = translate("records", "{where}: {value} is not a whole number from {low} to {high}")
        raise InvalidInput(message.format(where=where, value=quoted(value), low=low, high=high))
    if not low <= value <= high:
        message = translate("records", "{where}: {value} is out of range {low}-{high}")
        raise InvalidInput(message.format(where=where, value=quoted(value), low=low, high=high))
    return value


def check_scale(value: object, where: str, *, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    return check_whole_number(value, SCALE_MIN, SCALE_MAX, where)


def check_text(value: object, where: str, *, required: bool = False) -> str:
    if not isinstance(value, str):
        message = translate("records", "{where}: expected text, got {type}")
        raise InvalidInput(message.format(where=where, type=type(value).__name__))
    if len(value) > MAX_TEXT_CHARS:
        message = translate("records", "{where}: the text is longer than {limit} characters")
        raise InvalidInput(message.format(where=where, limit=format_number(MAX_TEXT_CHARS)))
    if "\x00" in value:
        # SQLite's text functions and every file format downstream stop at NUL; refuse it plainly.
        message = translate("records", "{where}: the text contains a NUL character")
        raise InvalidInput(message.format(where=where))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        # A lone surrogate (JSON "\ud800", or a broken paste) has no UTF-8 form, so SQLite
        # cannot store it: refuse it here with a sentence instead of failing inside the save.
        message = translate(
            "records",
            "{where}: the text contains a broken character (a lone surrogate, {code}) at position {position}",
        )
        raise InvalidInput(
            message.format(where=where, code=f"U+{ord(value[exc.start]):04X}", position=exc.start + 1)
        ) from None
    if required and not value.strip():
        raise InvalidInput(translate("records", "{where}: this cannot be empty").format(where=where))
    return value


def check_bool(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        message = translate("records", "{where}: expected true or false, got {value}")
        raise InvalidInput(message.format(where=where, value=quoted(value)))
    return value


def check_choice(value: object, choices: Iterable[str], where: str) -> str:
    allowed = tuple(choices)
    if value not in allowed:
        message = translate("records", "{where}: {value} is not one of {choices}")
        raise InvalidInput(message.format(where=where, value=quoted(value), choices=", ".join(allowed)))
    assert isinstance(value, str)
    return value


def check_list(value: object, where: str) -> Sequence[object]:
    if not isinstance(value, (list, tuple)):
        raise InvalidInput(translate("records", "{where}: expected a list").format(where=where))
    return value


def check_text_list(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, (list, tuple)):
        raise InvalidInput(translate("records", "{where}: expected a list of text").format(where=where))
    return tuple(check_text(item, f"{where}[{i}]") for i, item in enumerate(value))


def check_id(value: object, where: str) -> str:
    text = check_text(value, where, required=True)
    if len(text) > 200:
        message = translate("records", "{where}: the id is longer than 200 characters")
        raise InvalidInput(message.format(where=where))
    return text


def check_id_list(value: object, where: str) -> tuple[str, ...]:
    """Contact ids, each once (a check-in's `with`, the safety plan's people)."""
    ids = check_text_list(value, where)
    seen: set[str] = set()
    for i, item in enumerate(ids):
        check_id(item, f"{where}[{i}]")
        if item in seen:
            message = translate("records", "{where}: {value} appears twice in this list")
            raise InvalidInput(message.format(where=f"{where}[{i}]", value=quoted(item)))
        seen.add(item)
    return ids


def check_substance(value: object, where: str) -> str:
    text = check_text(value, where, required=True)
    if len(text) > MAX_SUBSTANCE_CHARS:
        message = translate("records", "{where}: a name of up to {limit} characters, please")
        raise InvalidInput(message.format(where=where, limit=MAX_SUBSTANCE_CHARS))
    return text


def check_answers(value: object, where: str) -> tuple[int, ...]:
    """The ten BARC-10 answers, each 1 to 6."""
    answers = check_list(value, where)
    if len(answers) != BARC_STATEMENTS:
        message = translate("records", "{where}: {count} answers, expected {expected}")
        raise InvalidInput(message.format(where=where, count=len(answers), expected=BARC_STATEMENTS))
    return tuple(
        check_whole_number(answer, BARC_MIN, BARC_MAX, f"{where}[{i}]")
        for i, answer in enumerate(answers)
    )


def check_use_tracking(setting: UseTracking, where: str = "use_tracking") -> UseTracking:
    check_bool(setting.on, f"{where}.on")
    names = check_text_list(setting.substances, f"{where}.substances")
    if len(names) > MAX_TRACKED_SUBSTANCES:
        message = translate("records", "{where}: up to {limit} things can be tracked")
        raise InvalidInput(message.format(where=f"{where}.substances", limit=MAX_TRACKED_SUBSTANCES))
    seen: set[str] = set()
    for i, name in enumerate(names):
        check_substance(name, f"{where}.substances[{i}]")
        if name.casefold() in seen:
            message = translate("records", "{where}: {value} appears twice in this list")
            raise InvalidInput(message.format(where=f"{where}.substances[{i}]", value=quoted(name)))
        seen.add(name.casefold())
    return setting


def _nothing_answered(where: str) -> InvalidInput:
    message = translate(
        "records",
        "{where}: a check-in needs at least one answer: a scale, time with someone in recovery, "
        "a tag or a note",
    )
    return InvalidInput(message.format(where=where))


def validate(record: Record, where: str = "") -> None:
    """Raise InvalidInput naming the first field that breaks the rules; return quietly if all hold."""
    p = f"{where}." if where else ""
    check_id(record.id, f"{p}id")
    if isinstance(record, CheckIn):
        parse_instant(record.at, f"{p}at")
        check_scale(record.mood, f"{p}mood", optional=True)
        check_scale(record.hope, f"{p}hope", optional=True)
        check_scale(record.craving, f"{p}craving", optional=True)
        check_bool(record.peer_contact, f"{p}peer_contact")
        tags = check_text_list(record.tags, f"{p}tags")
        for i, tag in enumerate(tags):
            check_text(tag, f"{p}tags[{i}]", required=True)
        check_text(record.note, f"{p}note")
        check_id_list(record.with_ids, f"{p}with")
        if not record.has_an_answer():
            raise _nothing_answered(where or "checkin")
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
    elif isinstance(record, SafetyPlan):
        _validate_safety_plan(record, p)
    elif isinstance(record, Goal):
        parse_instant(record.created, f"{p}created")
        check_text(record.text, f"{p}text", required=True)
        check_text(record.why, f"{p}why")
        check_choice(record.status, GOAL_STATUSES, f"{p}status")
        check_optional_date(record.target, f"{p}target")
        for i, step in enumerate(check_list(record.steps, f"{p}steps")):
            if not isinstance(step, GoalStep):
                message = translate("records", "{where}: expected a step")
                raise InvalidInput(message.format(where=f"{p}steps[{i}]"))
            check_text(step.text, f"{p}steps[{i}].text")
            check_bool(step.done, f"{p}steps[{i}].done")
    elif isinstance(record, Plan):
        parse_instant(record.created, f"{p}created")
        check_text(record.if_part, f"{p}if")
        check_text(record.then_part, f"{p}then")
        if record.category is not None:
            check_choice(record.category, TRIGGER_CATEGORIES, f"{p}category")
        if not record.if_part.strip() and not record.then_part.strip():
            message = translate("records", "{where}: write the 'if' or the 'then' of the plan")
            raise InvalidInput(message.format(where=where or "plan"))
    elif isinstance(record, CapitalCheck):
        parse_instant(record.at, f"{p}at")
        check_answers(record.answers, f"{p}answers")
    elif isinstance(record, UseRecord):
        check_date(record.date, f"{p}date")
        check_substance(record.substance, f"{p}substance")
        check_bool(record.used, f"{p}used")
        check_text(record.amount, f"{p}amount")


def _validate_safety_plan(plan: SafetyPlan, p: str) -> None:
    if plan.id != SAFETY_PLAN_ID:
        message = translate("records", "{where}: the safety plan's id is always {value}")
        raise InvalidInput(message.format(where=f"{p}id", value=quoted(SAFETY_PLAN_ID)))
    parse_instant(plan.updated, f"{p}updated")
    for name in SAFETY_PLAN_LISTS:
        if name in SAFETY_PLAN_CONTACT_LISTS:
            check_id_list(getattr(plan, name), f"{p}{name}")
        else:
            check_text_list(getattr(plan, name), f"{p}{name}")
    kit = plan.naloxone
    if not isinstance(kit, Naloxone):
        raise InvalidInput(translate("records", "{where}: expected an object").format(where=f"{p}naloxone"))
    check_bool(kit.kit, f"{p}naloxone.kit")
    check_optional_date(kit.expires, f"{p}naloxone.expires")
    check_text(kit.where, f"{p}naloxone.where")


def contact_ids_named(record: Record) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(field, contact ids) for each field of `record` that names contacts: a check-in's `with`,
    the safety plan's `ask_for_help` and `professionals`. Import checks that each id exists."""
    if isinstance(record, CheckIn):
        return (("with", record.with_ids),)
    if isinstance(record, SafetyPlan):
        return tuple((name, getattr(record, name)) for name in SAFETY_PLAN_CONTACT_LISTS)
    return ()
