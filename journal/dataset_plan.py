"""The version 2 half of the made-up journal (journal/dataset.py): the recovery plan and who the
time in recovery was spent with.

Everything here draws from its own seeded streams, so a version 2 file holds exactly the
version 1 file's records (apart from the few scales left unanswered and the `with` lists added
to check-ins) plus these:
- mutual-aid groups among the contacts (role `group`: AA, NA, SMART Recovery, a recovery café),
  each meeting on one weekday, its notes saying when and where; check-ins on a peer day name the
  group that meets that day, or the sponsor or a peer supporter;
- about one check-in in twelve leaves mood unanswered and one in twenty leaves hope unanswered
  (a note is always there, so every check-in keeps an answer);
- a goal every four months or so, with two to six steps, the older ones done or paused;
- if-then plans now and then, most for a trigger category;
- a BARC-10 sheet most months, answers drifting up as the years go on;
- a use record for one to four substances, answered on most days, use growing rare over time;
- a safety plan whose people are the sponsor, the keyworker and a GP, with a naloxone kit.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any, Final

from .records import BARC_STATEMENTS, TRIGGER_CATEGORIES

# (name, weekday 0=Monday, notes): the groups a person in a UK town might go to.
GROUPS: Final = (
    ("AA Tuesday group", 1, "Tuesdays 19:30, St Mark's church hall, side door. Open meeting."),
    ("NA Friday night", 4, "Fridays 20:00, the community centre on Mill Lane, upstairs room."),
    ("SMART Recovery", 3, "Thursdays 18:00, the recovery service on the high street, room 2."),
    ("The Brew recovery café", 5, "Saturdays 10:00-14:00, Market Street. Breakfast club, all welcome."),
)
GROUP_SUPPORT: Final = (["company", "emotional"], ["company", "information"], ["information", "practical"],
                        ["company", "practical"])

SUBSTANCES: Final = ("alcohol", "cannabis", "cocaine", "heroin", "benzodiazepines")
AMOUNTS: Final = {
    "alcohol": ("2 cans", "a bottle of wine", "4 pints", "half a bottle of vodka", ""),
    "cannabis": ("a joint", "two joints", "a bit in the evening", ""),
    "cocaine": ("a gram", "half a gram", "a line or two", ""),
    "heroin": ("a bag", "two bags", "£20 worth", ""),
    "benzodiazepines": ("two diazepam", "one tablet", "a few", ""),
}

GOALS: Final = (
    ("Get back into college", "I want a job I am proud of.",
     ("Ring the college about the access course", "Go to the open evening", "Fill in the form",
      "Sort out the bursary", "Buy the books", "First day")),
    ("Sleep better", "Bad nights are when the cravings win.",
     ("No phone after ten", "Same time to bed for a week", "Ask the GP about the racing thoughts",
      "Try the breathing tape")),
    ("See more of the kids", "They are why I keep going.",
     ("Write to their mum", "Go to the family mediation appointment", "Saturday afternoons at the park",
      "Birthday party without leaving early")),
    ("Sort out the money", "Debt keeps me awake.",
     ("Open the letters", "Book the debt advice appointment", "Set up the payment plan",
      "Save £5 a week")),
    ("Get fit again", "I feel better when I move.",
     ("Walk to the meeting instead of the bus", "Join the gym at the leisure centre", "5k park run")),
    ("Volunteer at the recovery café", "Giving back keeps me well.",
     ("Ask the café manager", "Do the food hygiene course", "First Saturday shift")),
    ("Find somewhere settled to live", "A safe place makes everything easier.",
     ("Housing letter from the keyworker", "Register with the council", "View the flat on Elm Road",
      "Move in")),
    ("Learn to drive", "Work is easier with a licence.",
     ("Apply for the provisional", "Theory test", "Ten lessons", "Practical test")),
)

PLAN_IFS: Final = {
    "people": ("an old mate I used with messages me", "my brother starts on about the past",
               "someone offers me a drink at a party"),
    "places": ("I pass the pub on a Friday", "I have to go past the off-licence",
               "I'm in town near the old flat"),
    "feelings": ("I feel lonely on a Sunday", "I get angry after a row", "I feel like I don't deserve this"),
    "things": ("I get paid", "I see an advert for lager", "I find an old lighter in a drawer"),
    "times": ("it's a long empty afternoon", "it's the anniversary of losing my brother",
              "it's late and I can't sleep"),
    "other": ("something happens I haven't planned for",),
}
PLAN_THENS: Final = (
    "I ring my sponsor before I do anything else", "I go to the café and sit with someone",
    "I walk the long way round", "I text the group chat", "I play the tape forward to the morning after",
    "I put my headphones on and go for a walk", "I say no thanks and leave early",
    "I give my card to my sister to keep", "I make a brew and wait twenty minutes",
    "I go to the evening meeting",
)

SAFETY_PLAN: Final[dict[str, tuple[str, ...]]] = {
    "warning_signs": ("Not sleeping for two nights", "Skipping meetings", "Thinking 'just one won't hurt'",
                      "Carrying cash again"),
    "coping": ("Slow breathing, four in and six out", "A hot shower", "Write it down", "Walk by the canal"),
    "distractions": ("The recovery café on Market Street", "Football on the telly at my sister's",
                     "The library"),
    "safer_surroundings": ("Give my bank card to my sister for the weekend", "No cash in the flat",
                           "Delete the old numbers"),
    "reasons": ("My kids", "Waking up with a clear head", "My mum trusts me again",
                "Getting back to college"),
}


def _uuid(rng: random.Random) -> str:
    import uuid

    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def group_contacts(rng: random.Random) -> list[dict[str, Any]]:
    """The groups, appended to the v1 contacts (so those keep their place and ids)."""
    return [
        {
            "id": _uuid(rng), "name": name, "role": "group", "phone": "", "email": "",
            "notes": notes, "support": list(GROUP_SUPPORT[index]), "crisis": False,
        }
        for index, (name, _weekday, notes) in enumerate(GROUPS)
    ]


def add_answers_and_company(
    rng: random.Random, checkins: list[dict[str, Any]], contacts: list[dict[str, Any]],
    groups: list[dict[str, Any]],
) -> None:
    """Leave some scales unanswered, and name who the time in recovery was spent with."""
    people = [c["id"] for c in contacts if c["role"] in ("sponsor", "peer supporter")]
    for checkin in checkins:
        if rng.random() < 1 / 12:
            checkin["mood"] = None
        if rng.random() < 1 / 20:
            checkin["hope"] = None
        named: list[str] = []
        if checkin["peer_contact"]:
            weekday = dt.date.fromisoformat(checkin["at"][:10]).weekday()
            named += [g["id"] for g, (_n, day, _x) in zip(groups, GROUPS, strict=True) if day == weekday]
            if people and rng.random() < (0.4 if named else 0.7):
                named.append(rng.choice(people))
        checkin["with"] = named
    # the key order of the export: "with" right after "peer_contact"
    for index, checkin in enumerate(checkins):
        checkins[index] = {
            key: checkin[key]
            for key in ("id", "at", "mood", "hope", "craving", "peer_contact", "with", "tags", "note")
        }


Maker = Callable[..., str]  # dataset.local_time: a day and minute as ISO 8601 with the UK offset


def goals(rng: random.Random, first: dt.date, days: int, local_time: Maker) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    count = max(1, days // 120)
    for number in range(count):
        start = first + dt.timedelta(days=int(number * days / count) + rng.randrange(10))
        text, why, steps = GOALS[number % len(GOALS)]
        if number >= len(GOALS):
            text = f"{text} (again)"
        age = (first + dt.timedelta(days=days - 1) - start).days
        taken = steps[: rng.randint(min(2, len(steps)), len(steps))]
        done_steps = len(taken) if age > 300 else min(len(taken), age // 60)
        status = "done" if done_steps == len(taken) else ("paused" if rng.random() < 0.2 else "active")
        target = None
        if rng.random() < 0.6:
            target = (start + dt.timedelta(days=rng.choice((60, 90, 180)))).isoformat()
        out.append({
            "id": _uuid(rng), "created": local_time(start, rng.randrange(9 * 60, 21 * 60)),
            "text": text, "why": why if rng.random() < 0.8 else "", "status": status, "target": target,
            "steps": [{"text": step, "done": i < done_steps} for i, step in enumerate(taken)],
        })
    return out


def plans(rng: random.Random, first: dt.date, days: int, local_time: Maker) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    count = min(40, max(1, days // 60))
    for number in range(count):
        day = first + dt.timedelta(days=int(number * days / count) + rng.randrange(7))
        category = rng.choice(TRIGGER_CATEGORIES) if rng.random() < 0.85 else None
        out.append({
            "id": _uuid(rng), "created": local_time(day, rng.randrange(9 * 60, 22 * 60)),
            "if": rng.choice(PLAN_IFS[category or "other"]), "then": rng.choice(PLAN_THENS),
            "category": category,
        })
    return out


def capital(rng: random.Random, first: dt.date, last: dt.date, local_time: Maker) -> list[dict[str, Any]]:
    """A BARC-10 sheet on a day early in most months (the app offers one about monthly)."""
    out: list[dict[str, Any]] = []
    month = dt.date(first.year, first.month, 1)
    total_days = max(1, (last - first).days)
    while month <= last:
        day = month + dt.timedelta(days=rng.randrange(3, 10))
        if first <= day <= last and rng.random() < 0.8:
            progress = (day - first).days / total_days
            level = 2.6 + 2.4 * progress
            answers = [max(1, min(6, round(level + rng.gauss(0, 0.9)))) for _ in range(BARC_STATEMENTS)]
            out.append({"id": _uuid(rng), "at": local_time(day, rng.randrange(10 * 60, 21 * 60)),
                        "answers": answers})
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return out


def use(rng: random.Random, first: dt.date, days: int) -> list[dict[str, Any]]:
    """One to four substances, answered on most days; use grows rare as the years go on."""
    tracked = sorted(rng.sample(SUBSTANCES, rng.randint(1, 4)))
    out: list[dict[str, Any]] = []
    for index in range(days):
        day = first + dt.timedelta(days=index)
        progress = index / max(1, days - 1)
        for position, substance in enumerate(tracked):
            if rng.random() < 0.12:
                continue  # not answered that day
            chance = (0.35 - 0.32 * progress) * (1.0 if position == 0 else 0.5)
            used = rng.random() < chance
            out.append({
                "id": _uuid(rng), "date": day.isoformat(), "substance": substance, "used": used,
                "amount": rng.choice(AMOUNTS[substance]) if used else "",
            })
    return out


def safety_plan(
    rng: random.Random, last: dt.date, contacts: list[dict[str, Any]], local_time: Maker
) -> dict[str, Any]:
    by_role = {c["role"]: c["id"] for c in reversed(contacts)}  # the first of each role
    ask = [by_role[r] for r in ("sponsor", "peer supporter", "family") if r in by_role]
    professionals = [by_role[r] for r in ("keyworker", "GP", "counsellor") if r in by_role]
    updated = last - dt.timedelta(days=rng.randrange(20, 200))
    return {
        "updated": local_time(updated, rng.randrange(10 * 60, 20 * 60)),
        "warning_signs": list(SAFETY_PLAN["warning_signs"]),
        "coping": list(SAFETY_PLAN["coping"]),
        "distractions": list(SAFETY_PLAN["distractions"]),
        "ask_for_help": ask,
        "professionals": professionals,
        "safer_surroundings": list(SAFETY_PLAN["safer_surroundings"]),
        "reasons": list(SAFETY_PLAN["reasons"]),
        "naloxone": {"kit": True, "expires": (last + dt.timedelta(days=rng.randrange(20, 400))).isoformat(),
                     "where": "Kitchen drawer, left of the sink"},
    }
