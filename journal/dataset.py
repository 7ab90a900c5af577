"""A made-up but lifelike journal, for tests, benchmarks and demos.

    python -m journal.dataset --days 3650 --seed 7 --end 2026-11-21 -o ten-years.json
    python -m journal.dataset --format 1 ...     the version 1 file, as before version 2

Real journals are private, so everything that needs "years of writing" (the import and export
round trips, the summary's figures, the benchmarks) is fed from here instead. The output is an
export file (docs/contracts.md), format version 2 unless `--format 1` asks for the older shape,
so it goes through the same door as a person's own export: `recovery-journal import FILE.json`.
Version 2 adds the recovery plan and who the time in recovery was spent with
(journal/dataset_plan.py); a version 1 file is byte for byte what this module wrote before.

What a day holds, and why:
- one to three check-ins between 06:00 and 23:59 local time, so daily averages have something to
  average; mood and hope drift slowly (a mean-reverting walk whose resting level rises over the
  years) so the Trends chart and the summary's "change" have a shape to show;
- on "peer days" (time with someone in recovery, more of them as the years go on) hope sits a
  little higher, so the connection figures differ between the two kinds of day;
- a trigger on about half the days, mostly resisted, each with what the person did about it;
- one gratitude list.
Around sixty support contacts and a handful of agenda items complete the file. Times carry the
UK's offset for their date (+00:00 in winter, +01:00 in summer), so every dataset of more than a
few months crosses the clock changes. Words are plain British English with some accented names,
other alphabets and emoji; a few notes run to several paragraphs; a set of rare place names each
turn up in about one note in a hundred, which gives searches a realistic rare word
("lighthouse") beside common ones ("sponsor").

The same arguments always give the same bytes: the random streams are seeded from the arguments
alone, and nothing reads the clock except `--end today`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from . import dataset_plan
from .exchange import FORMAT_NAME, FORMAT_VERSION, dumps
from .records import OUTCOMES, SUPPORT_KINDS, TRIGGER_CATEGORIES

FORMATS: Final = (1, 2)
# The roles drawn for the support network, as in version 1 (the role `group` came with version 2
# and is given to the groups of dataset_plan.py only), so the contacts stay the same.
V1_ROLES: Final = (
    "sponsor", "keyworker", "peer supporter", "family", "friend", "GP", "counsellor", "helpline",
    "other",
)
DEFAULT_DAYS: Final = 3650
DEFAULT_SEED: Final = 20240601
DEFAULT_END: Final = "2026-11-21"
CONTACT_COUNT: Final = 60

# ---- words -------------------------------------------------------------------------------------

TAGS: Final = (
    "meeting", "sponsor", "work", "family", "walk", "sleep", "counselling", "milestone", "friends",
    "cooking", "music", "outdoors", "money", "health", "faith", "reading", "weekend",
    "volunteering", "partner", "children", "gym", "café",
)

# How a person answered a trigger; the summary lists the ones that worked most often.
RESPONSES: Final = (
    "rang my sponsor", "went to a meeting", "went for a walk", "slow breathing",
    "played it forward to the morning after", "messaged someone from group", "wrote it down",
    "walked away", "had something to eat", "had a shower", "said a prayer", "put music on",
    "went to bed early", "rode out the urge", "rang my mum", "made a cup of tea",
)

SITUATIONS: Final = (
    "Walked past the pub I used to drink in",
    "Row with my partner about money",
    "Everyone from work went for a pint after the shift",
    "Couldn't sleep and felt wired",
    "An old mate I used with messaged me",
    "Payday with nothing planned for the evening",
    "Sunday dinner at my parents' got tense",
    "Saw an advert for lager on the bus",
    "Felt left out at a birthday do",
    "My back was bad again and the painkillers ran out",
    "A long, empty afternoon on my own",
    "Bad news at the GP",
    "Stuck in traffic after a rough day",
    "Found old photos from those years",
    "Too tired to cook, skipped tea",
    "The anniversary of losing my brother",
    "Deadline at work and the manager on my back",
    "Walked past the off-licence on the corner",
)

# Weights follow the order of journal.records.TRIGGER_CATEGORIES and OUTCOMES.
CATEGORY_WEIGHTS: Final = (22, 15, 35, 11, 13, 4)
OUTCOME_WEIGHTS: Final = (85, 10, 5)

GIVEN_NAMES: Final = (
    "Sam", "Alex", "Jordan", "Robin", "Chris", "Jess", "Kieran", "Aoife", "Siobhán", "Zoë",
    "Chloé", "José", "Łukasz", "Małgorzata", "Ayşe", "Chidi", "Amara", "Priya", "Mei", "Tomás",
    "Niamh", "Dev", "Fatima", "Olu", "Grace", "Danny", "Bea", "Rhys", "Eilidh", "Marek",
)
FAMILY_NAMES: Final = (
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
    "O'Connor", "Nowak", "Kowalczyk", "Okafor", "Patel", "Khan", "Chen", "Müller", "García",
    "Byrne", "MacLeod", "Hughes", "Yılmaz", "Mensah", "Roberts",
)
CONTACT_NOTES: Final = (
    "Ring any time.", "Best after six.", "Weekends only.", "From the Tuesday meeting.",
    "Text first.", "Works nights.", "Knows my story.", "Good listener.", "Lives round the corner.",
    "", "", "",
)

GRATITUDE_ITEMS: Final = (
    "a proper night's sleep", "my sponsor picking up first ring", "a hot dinner",
    "sun on the walk to work", "my sister's patience", "another clear-headed day",
    "the morning meeting", "a kind word from a stranger", "a brew with a mate", "waking up clear",
    "the dog", "the kids laughing at tea", "getting paid", "a quiet evening in", "my health",
    "a hard conversation that went well", "singing in the car", "being trusted with the keys again",
    "the group", "a long bath", "fresh air by the canal", "my counsellor", "finishing a job",
    "Mum ringing for a chat", "being honest", "a safe place to live", "rain on the window",
    "a good book", "my bike", "helping someone new at group", "a day off", "a hug from my partner",
    "Zoë's café and its crème brûlée", "a postcard from Kraków", "🌱 seedlings on the windowsill",
)

AGENDA_TEXTS: Final = (
    "Talk about sleep and the late shifts",
    "Ask about the peer mentor course",
    "Housing letter for the council",
    "Going back to college in September",
    "Whether to tell my new manager",
    "Money worries: the café job's hours",
)

# Pieces the note templates are filled from.
PEOPLE: Final = (
    "I", "I", "I", "We", "My sponsor", "My sister", "My partner", "The group", "My counsellor",
    "My mate", "My manager", "Mum", "Dad", "My keyworker",
)
ACTIONS: Final = (
    "talked", "walked", "worked", "cooked", "slept", "prayed", "waited", "listened", "rang round",
    "laughed", "cried", "rested", "tidied up", "read", "drove", "ran", "sat quietly", "wrote",
    "stayed in", "opened up", "struggled", "switched off",
)
SETTINGS: Final = (
    "at home", "at work", "at the meeting", "in the park", "at the gym", "in the kitchen",
    "at the clinic", "at church", "at the shops", "on the bus", "by the canal", "at the library",
    "in the café", "in the allotment", "at my sister's",
)
WHEN: Final = (
    "this morning", "this afternoon", "tonight", "after lunch", "before tea", "all day",
    "for an hour", "for a bit", "early on", "late on", "at dinnertime", "after work",
    "before bed",
)
FEELINGS: Final = (
    "calm", "tired", "anxious", "hopeful", "grateful", "restless", "proud", "lonely", "angry",
    "peaceful", "on edge", "steady", "low", "happy", "overwhelmed", "relieved", "bored", "content",
    "snappy", "strong",
)
DEGREES: Final = ("a bit", "really", "very", "fairly", "quite", "properly", "so")
THINGS: Final = (
    "craving", "meeting", "sponsor", "job", "family", "sleep", "walk", "tea", "coffee",
    "phone call", "step work", "budget", "rent", "weather", "dog", "kids", "group", "counselling",
    "appointment", "headache", "routine", "weekend", "shift", "plan", "promise", "apology",
    "letter", "bike ride",
)
CALLEES: Final = ("my sponsor", "my sister", "a mate from group", "my keyworker", "Mum", "the helpline")
QUALITIES: Final = (
    "good", "hard", "long", "short", "quiet", "busy", "frank", "difficult", "simple", "strange",
    "helpful", "slow", "better", "rough", "small", "new",
)
LINKS: Final = ("and", "but", "so", "because", "though", "while", "after", "until")
TURNS: Final = (
    "the urge passed after a while", "I remembered why I started", "nobody saw how hard it was",
    "I didn't pick up", "I got through the evening", "the craving came and went",
    "I wanted to be on my own", "the day felt lighter", "I kept my word", "I asked for help",
    "the old thinking crept back", "I took it an hour at a time", "I felt the pull again",
    "I spotted the warning signs", "I played the tape forward", "I did the next right thing",
    "I was honest about it", "today was enough",
)
TEMPLATES: Final = (
    "{who} {did} {where} {when}.",
    "{who} felt {degree} {feeling} {when}.",
    "The {thing} was {quality}, {link} {turn}.",
    "{who} {did} {when} {link} {turn}.",
    "Had a {quality} {thing} {where} and felt {feeling} afterwards.",
    "Thinking about the {thing} left me {feeling}.",
    "{Turn}, {link} {turn}.",
    "Tomorrow I want to sort out the {thing} {when}.",
    "{who} {did} {where} after the {thing}, and it was {quality}!",
    "Rang {callee} about the {thing}; {turn}.",
)
# Each appears in roughly one note in a hundred: realistic rare words to search for.
RARE_PLACES: Final = (
    "lighthouse", "launderette", "chemist", "bakery", "harbour", "stadium", "cathedral", "museum",
    "orchard", "pier", "underground", "playground", "hospital", "magistrates' court", "campsite",
    "bookshop", "barber's", "farmers' market", "food bank", "fire station", "railway station",
    "post office", "swimming baths", "bowling alley", "cinema", "hardware shop", "rescue centre",
    "community garden", "chippy", "petrol station", "promenade", "marina", "footbridge",
    "cemetery", "skate park", "charity shop", "ferry", "greenhouse", "aquarium", "observatory",
    "waterfall", "bandstand", "fairground", "allotment shed", "multi-storey", "rooftop",
    "cellar", "loft", "porch", "postbox", "bus shelter", "chapel", "sports hall", "canteen",
    "warehouse", "recycling centre", "dentist's", "optician's", "pawnbroker's", "soup kitchen",
)
RARE_LEADS: Final = (
    "Bumped into {name} by the {place}.",
    "Spent an hour at the {place} with {name}.",
    "Walked past the {place} and thought of {name}.",
    "Met {name} outside the {place}.",
)
# Now and then a note is not only in English, or ends with an emoji.
EXTRAS: Final = (
    "Dziękuję, said Mum on the phone, and I meant it back.", "Merci à Chloé pour le café.",
    "Słońce! Finally.", "Ευχαριστώ, Eleni.", "Спасибо за всё.", "Gracias, José.",
    "🙂", "💪🏽", "🌱", "☕", "🙏",
)


# ---- the pieces ----------------------------------------------------------------------------------


def last_sunday(year: int, month: int) -> dt.date:
    """The last Sunday of a month: the UK's clocks change on those of March and October."""
    next_month = dt.date(year + month // 12, month % 12 + 1, 1)
    last = next_month - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - 6) % 7)


def uk_offset(day: dt.date) -> dt.timedelta:
    """The UK's UTC offset at any hour from 06:00 to midnight of `day` (the rule since 1996).

    Worked out here rather than with zoneinfo so the generator needs no time-zone database
    (Windows has none without the tzdata package). The clocks change at 01:00 UTC, before the
    earliest time this module writes, so one offset holds for the whole of its day.
    """
    summer = last_sunday(day.year, 3) <= day < last_sunday(day.year, 10)
    return dt.timedelta(hours=1 if summer else 0)


def local_time(day: dt.date, minute_of_day: int, second: int = 0) -> str:
    """ISO 8601 with the UK offset of that date, to the second, as the app writes times."""
    moment = dt.datetime.combine(day, dt.time(minute_of_day // 60, minute_of_day % 60, second))
    return moment.replace(tzinfo=dt.timezone(uk_offset(day))).isoformat()


def on_scale(value: float) -> int:
    """A level on the 0–10 scales, rounded to the nearest whole answer."""
    return max(0, min(10, round(value)))


class Writer:
    """Plain sentences from the word lists above, for notes of any length."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def sentence(self) -> str:
        pick = self.rng.choice
        first_turn, turn = self.rng.sample(TURNS, 2)
        text = pick(TEMPLATES).format(
            who=pick(PEOPLE), did=pick(ACTIONS), where=pick(SETTINGS), when=pick(WHEN),
            degree=pick(DEGREES), feeling=pick(FEELINGS), thing=pick(THINGS),
            quality=pick(QUALITIES), link=pick(LINKS), turn=turn, callee=pick(CALLEES),
            Turn=first_turn[0].upper() + first_turn[1:],
        )
        return text[0].upper() + text[1:]

    def paragraph(self, words: int) -> str:
        """Sentences until about `words` words: short notes stay short, long ones run on."""
        sentences: list[str] = []
        count = 0
        while count < words:
            sentences.append(self.sentence())
            count += len(sentences[-1].split())
        return " ".join(sentences)

    def note(self) -> str:
        """A check-in's note: usually a few lines, now and then several paragraphs."""
        rng = self.rng
        if rng.random() < 0.03:
            text = "\n\n".join(self.paragraph(rng.randint(80, 200)) for _ in range(rng.randint(3, 6)))
        else:
            text = self.paragraph(int(rng.triangular(12, 160, 50)))
        if rng.random() < 0.6:
            lead = rng.choice(RARE_LEADS).format(name=rng.choice(GIVEN_NAMES), place=rng.choice(RARE_PLACES))
            text = f"{lead} {text}"
        if rng.random() < 0.06:
            text = f"{text} {rng.choice(EXTRAS)}"
        return text


def plain_letters(text: str) -> str:
    """'Siobhán' -> 'siobhan' for e-mail addresses: accents dropped, ł and ı spelled plainly."""
    spelled = unicodedata.normalize("NFKD", text.translate(str.maketrans("łıŁ", "liL")))
    return "".join(c for c in spelled if c.isascii() and (c.isalnum() or c in ".-"))


def new_id(rng: random.Random) -> str:
    """A UUID4 from the seeded stream, so ids are as stable as everything else."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


@dataclass
class Mood:
    """Where mood and hope sit today: each pulled towards a resting level, nudged at random."""

    mood: float = 5.0
    hope: float = 5.0

    def next_day(self, rng: random.Random, progress: float, peer_day: bool) -> None:
        resting = 4.8 + 2.2 * progress  # recovery is slow, and it shows over the years
        self.mood += 0.2 * (resting - self.mood) + rng.gauss(0, 0.75)
        lift = 1.0 if peer_day else 0.0
        self.hope += 0.2 * (resting + 0.3 + lift - self.hope) + rng.gauss(0, 0.65)


# ---- the journal ---------------------------------------------------------------------------------


def day_records(
    rng: random.Random, writer: Writer, state: Mood, day: dt.date, progress: float
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
    """One day's check-ins, triggers (none or one) and gratitude list."""
    peer_day = rng.random() < 0.3 + 0.35 * progress
    state.next_day(rng, progress, peer_day)
    checkins: list[dict[str, Any]] = []
    count = rng.choices((1, 2, 3), weights=(35, 45, 20))[0]
    for minute in sorted(rng.sample(range(6 * 60, 24 * 60), count)):
        mood = on_scale(state.mood + rng.gauss(0, 1.0))
        craving = None if rng.random() < 0.1 else on_scale(7.5 - 0.65 * mood + rng.gauss(0, 1.2))
        checkins.append({
            "id": new_id(rng), "at": local_time(day, minute, rng.randrange(60)),
            "mood": mood, "hope": on_scale(state.hope + rng.gauss(0, 1.0)), "craving": craving,
            "peer_contact": peer_day,
            "tags": rng.sample(TAGS, rng.choices((0, 1, 2, 3), weights=(20, 40, 28, 12))[0]),
            "note": writer.note(),
        })
    triggers: list[dict[str, Any]] = []
    if rng.random() < 0.5:
        triggers.append({
            "id": new_id(rng), "at": local_time(day, rng.randrange(7 * 60, 24 * 60), rng.randrange(60)),
            "situation": rng.choice(SITUATIONS) + ".",
            "category": rng.choices(TRIGGER_CATEGORIES, weights=CATEGORY_WEIGHTS)[0],
            "intensity": on_scale(rng.gauss(5.5, 2.0)),
            "response": rng.choice(RESPONSES),
            "outcome": rng.choices(OUTCOMES, weights=OUTCOME_WEIGHTS)[0],
            "note": writer.paragraph(rng.randint(10, 80)) if rng.random() < 0.4 else "",
        })
    gratitude = {
        "id": new_id(rng), "date": day.isoformat(),
        "items": rng.sample(GRATITUDE_ITEMS, rng.choice((1, 2, 3, 3, 3, 5))),
    }
    return checkins, triggers, gratitude


def contacts(rng: random.Random) -> list[dict[str, Any]]:
    """The support network: a sponsor and a keyworker first, then a mix of everyone else."""
    people: list[dict[str, Any]] = []
    for number in range(CONTACT_COUNT):
        given, family = rng.choice(GIVEN_NAMES), rng.choice(FAMILY_NAMES)
        role = ("sponsor", "keyworker")[number] if number < 2 else rng.choice(V1_ROLES[2:])
        mailbox = plain_letters(f"{given}.{family}".lower())
        people.append({
            "id": new_id(rng), "name": f"{given} {family}", "role": role,
            # 07700 900000–900999 is Ofcom's range for drama: never a real person's phone.
            "phone": f"07700 900{rng.randrange(1000):03d}",
            "email": f"{mailbox}{number}@example.org",
            "notes": rng.choice(CONTACT_NOTES),
            "support": rng.sample(SUPPORT_KINDS, rng.randint(1, 3)),
            "crisis": role in ("sponsor", "keyworker", "helpline") or rng.random() < 0.1,
        })
    return people


def agenda(rng: random.Random, end: dt.date) -> list[dict[str, Any]]:
    """Things to raise at the next session: the recent ones open, the older ones done."""
    items: list[dict[str, Any]] = []
    for weeks_ago, text in enumerate(AGENDA_TEXTS):
        created = end - dt.timedelta(days=4 * weeks_ago + rng.randrange(4))
        items.append({
            "id": new_id(rng), "created": local_time(created, rng.randrange(17 * 60, 22 * 60)),
            "text": text, "done": weeks_ago >= 4,
        })
    return items


def generate(days: int = DEFAULT_DAYS, seed: int = DEFAULT_SEED, end: dt.date | str = DEFAULT_END,
             version: int = FORMAT_VERSION) -> dict[str, Any]:
    """The whole export: `days` days of journal ending on `end` (inclusive), in format `version`."""
    if days < 1:
        raise ValueError("days must be at least 1")
    if version not in FORMATS:
        raise ValueError(f"version must be one of {FORMATS}")
    last = end if isinstance(end, dt.date) else dt.date.fromisoformat(end)
    first = last - dt.timedelta(days=days - 1)
    # Separate streams, so a longer journal does not change who is in the support network.
    days_rng = random.Random(f"{seed}:days")
    writer = Writer(days_rng)
    state = Mood()
    checkins: list[dict[str, Any]] = []
    triggers: list[dict[str, Any]] = []
    gratitude: list[dict[str, Any]] = []
    for index in range(days):
        made = day_records(days_rng, writer, state, first + dt.timedelta(days=index),
                           index / max(1, days - 1))
        checkins += made[0]
        triggers += made[1]
        gratitude.append(made[2])
    people = contacts(random.Random(f"{seed}:contacts"))
    data: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": version,
        "exported_at": local_time(last, 23 * 60 + 59),
        "checkins": checkins,
        "triggers": triggers,
        "gratitude": gratitude,
        "contacts": people,
        "agenda": agenda(random.Random(f"{seed}:agenda"), last),
    }
    if version >= 2:
        plan = dataset_plan
        groups = plan.group_contacts(random.Random(f"{seed}:groups"))
        plan.add_answers_and_company(random.Random(f"{seed}:answers"), checkins, people, groups)
        people += groups
        data["safety_plan"] = plan.safety_plan(random.Random(f"{seed}:safety"), last, people, local_time)
        data["goals"] = plan.goals(random.Random(f"{seed}:goals"), first, days, local_time)
        data["plans"] = plan.plans(random.Random(f"{seed}:plans"), first, days, local_time)
        data["capital"] = plan.capital(random.Random(f"{seed}:capital"), first, last, local_time)
        data["use"] = plan.use(random.Random(f"{seed}:use"), first, days)
    return data


# ---- command line --------------------------------------------------------------------------------


def parse_end(text: str) -> dt.date:
    if text == "today":
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD) or 'today'") from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m journal.dataset",
        description="Write a made-up, realistic journal as an export file (format v2, or v1).",
    )
    parser.add_argument("--days", type=int, default=DEFAULT_DAYS, help="how many days (default ten years)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="another seed, another journal")
    parser.add_argument("--end", type=parse_end, default=DEFAULT_END,
                        help="the last day, YYYY-MM-DD or 'today' (default %(default)s)")
    parser.add_argument("--format", type=int, choices=FORMATS, default=FORMAT_VERSION,
                        help="the export format version to write (default %(default)s)")
    parser.add_argument("-o", "--out", default="-", help="the file to write ('-', the default: stdout)")
    args = parser.parse_args(argv)
    if args.days < 1:
        parser.error("--days must be at least 1")
    # argparse runs parse_end on the default too
    data = generate(args.days, args.seed, args.end, args.format)
    text = dumps(data)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8", newline="\n")
        sys.stderr.write(
            f"{args.out}: {len(data['checkins']):,} check-ins, {len(data['triggers']):,} triggers, "
            f"{len(data['gratitude']):,} gratitude lists, {len(data['contacts'])} contacts\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
