"""Issue 6, test 9: property tests (hypothesis) on every text field and on import files: any
Unicode (lone surrogates too), huge text, control characters, NUL, out-of-range numbers, wrong
types → either stored and returned exactly, or refused with a clear message naming the field;
never a crash, never a partial write."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal import exchange, kdf
from journal.errors import InvalidInput
from journal.records import (
    CONTACT_ROLES,
    MAX_TEXT_CHARS,
    OUTCOMES,
    SUPPORT_KINDS,
    TRIGGER_CATEGORIES,
    AgendaItem,
    CheckIn,
    Contact,
    GratitudeList,
    Record,
    Trigger,
)
from journal.vault import Vault

from .common import FULL, PW, record, scale

EXAMPLES = scale(60, 1500)
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, derandomize=not FULL, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.large_base_example],
)

# Any character, with the awkward ones made likely: lone surrogates, NUL, controls, bidi, BOM.
CHAR = st.one_of(
    st.characters(exclude_categories=()),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
    st.sampled_from(["\x00", "\r", "\n", "\t", "\x1b", "\x7f", "\u202e", "\ufeff", "\u0301",
                     "\u2028", "\U0001F600", "'", '"', "\\", "%", "_", "*"]),
)
TEXT = st.one_of(st.text(CHAR, max_size=40), st.text(CHAR, max_size=3000))
# Text that can be stored: anything but lone surrogates and NUL (controls, bidi, BOM included).
GOOD_CHAR = st.one_of(
    st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
    st.sampled_from(["\r", "\n", "\t", "\x1b", "\x7f", "\u202e", "\ufeff", "\u0301", "\u2028",
                     "\U0001F600", "'", '"', "\\", "%", "_", "*"]),
)
GOOD_TEXT = st.one_of(st.text(GOOD_CHAR, max_size=40), st.text(GOOD_CHAR, max_size=3000))
WORD = st.text(GOOD_CHAR, min_size=1, max_size=30).filter(str.strip)
INSTANT = st.one_of(
    st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()),
    st.sampled_from(["2026-11-21T20:15:00+00:00", "2026-11-21T20:15:00", "0001-01-01T00:00:00+01:00",
                     "9999-12-31T23:59:59-01:00", "2026-02-30T10:00:00+00:00", "yesterday", ""]),
    TEXT,
)
GOOD_INSTANT = st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1),
                            timezones=st.timezones()).map(lambda d: d.isoformat())
SCALE = st.one_of(st.integers(-3, 13), st.integers(), st.none(), st.booleans(),
                  st.floats(allow_nan=True), st.text(max_size=3))
ANY = st.one_of(TEXT, SCALE, st.lists(TEXT, max_size=3), st.dictionaries(TEXT, TEXT, max_size=2))


def field(draw: st.DrawFn, good: st.SearchStrategy[Any], bad: st.SearchStrategy[Any]) -> Any:
    """Mostly a value that can be stored, sometimes anything at all: so both outcomes happen."""
    return draw(good) if draw(st.integers(0, 11)) else draw(bad)


@st.composite
def records(draw: st.DrawFn) -> Record:
    """A record of any kind whose every field may be anything."""
    kind = draw(st.sampled_from(["checkin", "trigger", "gratitude", "contact", "agenda"]))
    text = st.one_of(TEXT, ANY)
    ident = st.one_of(st.uuids().map(str), WORD)

    def f(good: st.SearchStrategy[Any], bad: st.SearchStrategy[Any] = text) -> Any:
        return field(draw, good, bad)

    scale_ = st.integers(0, 10)
    if kind == "checkin":
        return CheckIn(mood=f(scale_, SCALE), hope=f(scale_, SCALE),
                       craving=f(st.one_of(st.none(), scale_), SCALE),
                       peer_contact=f(st.booleans(), ANY),
                       tags=f(st.lists(WORD, max_size=4).map(tuple), ANY),
                       note=f(GOOD_TEXT), at=f(GOOD_INSTANT, INSTANT), id=f(ident))
    if kind == "trigger":
        return Trigger(situation=f(GOOD_TEXT), category=f(st.sampled_from(TRIGGER_CATEGORIES)),
                       intensity=f(scale_, SCALE), response=f(GOOD_TEXT),
                       outcome=f(st.sampled_from(OUTCOMES)), note=f(GOOD_TEXT),
                       at=f(GOOD_INSTANT, INSTANT), id=f(ident))
    if kind == "gratitude":
        return GratitudeList(items=f(st.lists(GOOD_TEXT, max_size=5).map(tuple), ANY),
                             date=f(st.dates().map(str)), id=f(ident))
    if kind == "contact":
        return Contact(name=f(WORD), role=f(st.sampled_from(CONTACT_ROLES)),
                       phone=f(GOOD_TEXT), email=f(GOOD_TEXT), notes=f(GOOD_TEXT),
                       support=f(st.lists(st.sampled_from(SUPPORT_KINDS), max_size=4).map(tuple), ANY),
                       crisis=f(st.booleans(), ANY), id=f(ident))
    return AgendaItem(text=f(GOOD_TEXT), done=f(st.booleans(), ANY), created=f(GOOD_INSTANT, INSTANT),
                      id=f(ident))


KINDS = ("checkin", "trigger", "gratitude", "contact", "agenda")


def _storable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _clear(message: str) -> bool:
    """One plain sentence naming the field: 'note: the text contains a NUL character'."""
    _field, sep, rest = message.partition(": ")
    return bool(sep) and bool(rest.strip()) and "\n" not in message and "Traceback" not in message


def test_every_text_field_stores_exactly_or_refuses_clearly(tmp_path: Path) -> None:
    counts = {"stored exactly": 0, "refused clearly": 0}
    with Vault.create(tmp_path / "journal", PW, profile=kdf.TEST_PROFILE) as vault:

        @SETTINGS
        @given(records())
        def check(item: Record) -> None:
            before = {kind: vault.count(kind) for kind in KINDS}
            # Ids come from stored records, so get() is only asked about ids that can be stored.
            findable = isinstance(item.id, str) and _storable(item.id)
            existing = vault.get(item.kind, item.id) if findable else None
            try:
                vault.save(item)
            except InvalidInput as error:
                assert _clear(error.message), error.message
                after = {kind: vault.count(kind) for kind in before}
                assert after == before  # nothing written
                if findable:
                    assert vault.get(item.kind, item.id) == existing
                counts["refused clearly"] += 1
                return
            stored = vault.get(item.kind, item.id)
            lists = {f.name: tuple(v) for f in dataclasses.fields(item)
                     if isinstance(v := getattr(item, f.name), list)}  # a list is kept as a tuple
            assert stored == dataclasses.replace(item, **lists)  # every field exactly as given
            counts["stored exactly"] += 1

        check()
        assert vault.check().ok
    record("bad-input-fields", examples=sum(counts.values()), **counts, crashes=0, partial_writes=0)
    assert counts["stored exactly"] > 0 and counts["refused clearly"] > 0


@st.composite
def export_files(draw: st.DrawFn) -> bytes:
    """An export file: mostly well-formed, with any field possibly anything (and JSON quirks)."""
    def item(kind: str) -> dict[str, Any]:
        good: dict[str, Any]
        if kind == "checkins":
            good = {"id": str(uuid.uuid4()), "at": "2026-11-21T20:15:00+00:00", "mood": 5, "hope": 6,
                    "craving": None, "peer_contact": False, "tags": ["walk"], "note": "a note"}
        elif kind == "triggers":
            good = {"id": str(uuid.uuid4()), "at": "2026-11-21T20:15:00+00:00", "situation": "s",
                    "category": "places", "intensity": 4, "response": "", "outcome": "resisted", "note": ""}
        elif kind == "gratitude":
            good = {"id": str(uuid.uuid4()), "date": "2026-11-21", "items": ["tea"]}
        elif kind == "contacts":
            good = {"id": str(uuid.uuid4()), "name": "Sam", "role": "sponsor", "phone": "", "email": "",
                    "notes": "", "support": ["emotional"], "crisis": True}
        else:
            good = {"id": str(uuid.uuid4()), "created": "2026-11-21T20:15:00+00:00", "text": "t",
                    "done": False}
        if draw(st.integers(0, 7)):  # mostly well-formed, so merges happen too
            return good
        for key in draw(st.lists(st.sampled_from(sorted(good)), min_size=1, max_size=2, unique=True)):
            choice = draw(st.integers(0, 2))
            if choice == 0:
                good[key] = draw(ANY)
            elif choice == 1 and isinstance(good[key], str):
                good[key] = draw(st.one_of(GOOD_TEXT, TEXT))
            else:
                del good[key]
        return good

    data: dict[str, Any] = {"format": "recovery-journal", "version": 1, "exported_at": "x"}
    for section in ("checkins", "triggers", "gratitude", "contacts", "agenda"):
        data[section] = [item(section) for _ in range(draw(st.integers(0, 3)))]
    if draw(st.integers(0, 9)) == 0:
        data[draw(st.sampled_from(["format", "version", "checkins"]))] = draw(ANY)
    # ensure_ascii carries lone surrogates as "\ud800" escapes, as a hand-edited file may.
    text = json.dumps(data, ensure_ascii=draw(st.booleans()), allow_nan=True)
    raw = text.encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 14)) == 0:  # a truncated or bit-damaged file
        raw = raw[: draw(st.integers(0, len(raw)))]
    return raw


def test_import_files_merge_exactly_or_are_refused_whole(tmp_path: Path) -> None:
    counts = {"imported exactly": 0, "refused whole": 0}
    with Vault.create(tmp_path / "journal", PW, profile=kdf.TEST_PROFILE) as vault:
        vault.save(CheckIn(mood=5, hope=5, note="already here"))

        @SETTINGS
        @given(export_files())
        def check(raw: bytes) -> None:
            before = exchange.dumps(vault.export_data(exported_at="x"))
            try:
                data = exchange.loads(raw, "import.json")
                vault.import_data(data)
            except InvalidInput as error:
                assert "\n" not in error.message and error.message.strip(), error.message
                assert exchange.dumps(vault.export_data(exported_at="x")) == before  # untouched
                counts["refused whole"] += 1
                return
            after = vault.export_data(exported_at="x")
            for section, _kind in exchange.SECTIONS:
                wanted = [json.loads(json.dumps(i)) for i in data.get(section, [])]
                if section == "checkins":  # a missing craving is read as "not given" (null),
                    # and version 2 writes every check-in's "with" (empty unless given)
                    wanted = [{**i, "craving": i.get("craving"), "with": i.get("with", [])} for i in wanted]
                had = {i["id"]: i for i in json.loads(before)[section]}
                for item in wanted:  # every new record of the file is there, exactly as written;
                    kept = had.get(item["id"], item)  # an id already there keeps the vault's copy
                    assert kept in after[section], (section, item)
            counts["imported exactly"] += 1

        check()
        assert vault.check().ok
    record("bad-input-import", examples=sum(counts.values()), **counts, crashes=0, partial_writes=0)
    assert counts["imported exactly"] > 0 and counts["refused whole"] > 0


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_as_an_import_file_are_parsed_or_refused(raw: bytes) -> None:
    try:
        data = exchange.loads(raw, "x.json")
        exchange.parse_export(data)
    except InvalidInput as error:
        assert error.message


def test_huge_text_up_to_the_limit_is_kept_and_beyond_is_refused(tmp_path: Path) -> None:
    with Vault.create(tmp_path / "journal", PW, profile=kdf.TEST_PROFILE) as vault:
        huge = ("Ünïcødé 🙂 \r\n\t" * (MAX_TEXT_CHARS // 13 + 1))[:MAX_TEXT_CHARS]
        saved = vault.save(CheckIn(mood=5, hope=5, note=huge))
        assert vault.get("checkin", saved.id) == saved
        try:
            vault.save(dataclasses.replace(saved, note=huge + "x"))
            raise AssertionError("a note over the limit was stored")
        except InvalidInput as error:
            assert error.message.startswith("note: the text is longer than")
        assert vault.get("checkin", saved.id) == saved  # the first stays whole
        assert vault.check().ok
