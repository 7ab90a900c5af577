"""What the printed safety plan says (`recovery-journal plan --out FILE.pdf`, and the plan page's
Print), and the safety plan's parts as the summary's `safety` section shows them.

The plan is the person's Stanley-Brown safety plan (journal/records.py, SafetyPlan): warning
signs; things I can do on my own; people and places that take my mind off it; people I can ask
for help; professionals and services; making my surroundings safer; and my reasons, with a
naloxone kit. People are kept as contact ids, so the page prints each person's current name and
number from the Support page. With no plan written yet the page is a blank form to fill in by
hand (each part with lines to write on), which is useful in a session too.

Like journal/summary.py this decides what the page says, never how it looks: the desktop side
(its printing package) draws it.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Protocol

from . import localformat
from .i18n import QT_TRANSLATE_NOOP, translate
from .records import (
    SAFETY_PLAN_CONTACT_LISTS,
    SAFETY_PLAN_LISTS,
    Contact,
    Helpline,
    Record,
    SafetyPlan,
)

# Each part: (key, title, a gentle example for an empty part). Shown with translate("safety_plan", …).
PARTS: Final[tuple[tuple[str, str, str], ...]] = (
    ("warning_signs", QT_TRANSLATE_NOOP("safety_plan", "Signs that a hard time may be coming"),
     QT_TRANSLATE_NOOP("safety_plan", "For example: not sleeping, skipping meetings, carrying cash again.")),
    ("coping", QT_TRANSLATE_NOOP("safety_plan", "Things I can do on my own"),
     QT_TRANSLATE_NOOP("safety_plan", "For example: a hot shower, slow breathing, a walk, writing it down.")),
    ("distractions", QT_TRANSLATE_NOOP("safety_plan", "People and places that take my mind off it"),
     QT_TRANSLATE_NOOP("safety_plan", "For example: the recovery café, my sister's, the library.")),
    ("ask_for_help", QT_TRANSLATE_NOOP("safety_plan", "People I can ask for help"),
     QT_TRANSLATE_NOOP("safety_plan", "For example: my sponsor, a friend from group, my brother.")),
    ("professionals", QT_TRANSLATE_NOOP("safety_plan", "Professionals and services"),
     QT_TRANSLATE_NOOP("safety_plan", "For example: my keyworker, my GP, the drug service's duty line.")),
    ("safer_surroundings", QT_TRANSLATE_NOOP("safety_plan", "Making my surroundings safer"),
     QT_TRANSLATE_NOOP("safety_plan",
                       "For example: my bank card with someone I trust, no cash in the flat.")),
    ("reasons", QT_TRANSLATE_NOOP("safety_plan", "My reasons"),
     QT_TRANSLATE_NOOP("safety_plan", "For example: my kids, waking up with a clear head.")),
)
assert tuple(key for key, _, _ in PARTS) == SAFETY_PLAN_LISTS


def part_title(key: str) -> str:
    return translate("safety_plan", {k: title for k, title, _ in PARTS}[key])


def part_example(key: str) -> str:
    return translate("safety_plan", {k: example for k, _, example in PARTS}[key])


class _PlanVault(Protocol):
    """What the page asks of the vault (journal.vault.Vault)."""

    def safety_plan(self) -> SafetyPlan | None: ...

    def get_many(self, kind: str, record_ids: Sequence[str]) -> builtins.list[Record]: ...

    def list(self, kind: str) -> builtins.list[Record]: ...


@dataclass(frozen=True)
class Person:
    """A contact or helpline as the page prints it: name, number, and what they are to me."""

    name: str
    phone: str
    detail: str = ""


@dataclass(frozen=True)
class Part:
    key: str
    title: str
    example: str
    items: tuple[str, ...]  # the person's own lines (the text parts)
    people: tuple[Person, ...]  # the contacts (the two people parts)

    @property
    def empty(self) -> bool:
        return not self.items and not self.people


@dataclass(frozen=True)
class PlanPage:
    """Everything the printed plan says. `written` is False for the blank form."""

    title: str
    written: bool
    updated_text: str
    parts: tuple[Part, ...]  # in the Stanley-Brown order, reasons last
    helplines: tuple[Person, ...]
    naloxone_text: str
    emergency_text: str
    page: str = "a4"


def naloxone_sentence(plan: SafetyPlan | None) -> str:
    """The naloxone line: whether there is a kit, when it expires; never where it is kept (the
    place is the person's to share, on their own plan page)."""
    kit = plan.naloxone if plan is not None else None
    if kit is None or not kit.kit:
        return translate(
            "safety_plan", "I do not have a naloxone kit at the moment. Drug services give them out free."
        )
    if kit.expires:
        expires = localformat.format_date(dt.date.fromisoformat(kit.expires))
        return translate("safety_plan", "I have a naloxone kit. It expires on {date}.").format(date=expires)
    return translate("safety_plan", "I have a naloxone kit.")


def updated_sentence(plan: SafetyPlan) -> str:
    day = dt.datetime.fromisoformat(plan.updated).date()
    return translate("safety_plan", "Updated {date}").format(date=localformat.format_date(day))


def people_of(vault: _PlanVault, ids: Sequence[str]) -> tuple[Person, ...]:
    """The contacts named, in the plan's order, with their current number (deleted ones left out)."""
    found = {c.id: c for c in vault.get_many("contact", list(ids)) if isinstance(c, Contact)}
    return tuple(
        Person(found[i].name, found[i].phone, found[i].notes if found[i].role == "group" else "")
        for i in ids
        if i in found
    )


def plan_parts(vault: _PlanVault, plan: SafetyPlan | None, keys: Sequence[str] = SAFETY_PLAN_LISTS
               ) -> tuple[Part, ...]:
    parts = []
    for key in keys:
        values: tuple[str, ...] = getattr(plan, key) if plan is not None else ()
        if key in SAFETY_PLAN_CONTACT_LISTS:
            items: tuple[str, ...] = ()
            people = people_of(vault, values)
        else:
            items = tuple(line for line in values if line.strip())
            people = ()
        parts.append(Part(key, part_title(key), part_example(key), items, people))
    return tuple(parts)


def build_plan_page(vault: _PlanVault, page: str = "a4") -> PlanPage:
    """The printed plan, from the vault's plan, contacts and helplines. Reads only."""
    plan = vault.safety_plan()
    written = plan is not None and not plan.is_empty()
    helplines = tuple(
        Person(h.name, h.phone, h.notes) for h in vault.list("helpline") if isinstance(h, Helpline)
    )
    return PlanPage(
        title=translate("safety_plan", "My safety plan"),
        written=written,
        updated_text=updated_sentence(plan) if plan is not None and written else "",
        parts=plan_parts(vault, plan),
        helplines=helplines,
        naloxone_text=naloxone_sentence(plan),
        emergency_text=translate(
            "safety_plan",
            "In an emergency, or if someone may have overdosed, call 999, stay with them and "
            "give naloxone if you have it.",
        ),
        page=page,
    )
