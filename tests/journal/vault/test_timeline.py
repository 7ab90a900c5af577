"""The timeline and search (journal/vault/timeline.py)."""

from __future__ import annotations

import dataclasses

from journal.records import AgendaItem, CheckIn, GratitudeList, Trigger
from journal.vault import TimelineFilter, Vault, fts_query


def test_timeline_orders_everything_newest_first_and_pages(vault: Vault) -> None:
    for day in range(1, 11):
        vault.save(CheckIn(mood=5, hope=5, at=f"2026-11-{day:02d}T10:00:00+00:00", note=f"day {day}"))
        vault.save(GratitudeList(items=(f"thing {day}",), date=f"2026-11-{day:02d}"))
    first = vault.timeline(limit=4)
    assert [e.day for e in first] == ["2026-11-10", "2026-11-10", "2026-11-09", "2026-11-09"]
    assert first[0].kind == "gratitude" and first[1].kind == "checkin"
    rest = vault.timeline(before=(first[-1].sort_key, first[-1].id), limit=100)
    assert len(first) + len(rest) == 20
    assert not {e.id for e in first} & {e.id for e in rest}
    only = vault.timeline(TimelineFilter(kinds=frozenset({"checkin"}), start_day="2026-11-03",
                                         end_day="2026-11-05"))
    assert [e.text for e in only] == ["day 5", "day 4", "day 3"]


def test_search_finds_words_across_kinds_by_prefix(vault: Vault) -> None:
    vault.save(CheckIn(mood=5, hope=5, note="Walked to the lighthouse with Maria"))
    vault.save(Trigger(situation="Passed the old lighthouse bar", category="places", intensity=6))
    vault.save(GratitudeList(items=("the lighthouse keeper's smile",)))
    vault.save(AgendaItem(text="Talk about the lighthouse job"))
    vault.save(CheckIn(mood=5, hope=5, note="Nothing to see"))
    assert {e.kind for e in vault.search("lightho")} == {"checkin", "trigger", "gratitude", "agenda"}
    assert vault.search_count("lighthouse") == 4
    assert vault.search("lighthouse maria")[0].text.startswith("Walked")
    assert vault.search('"; DROP TABLE checkins; --') == []
    edited = dataclasses.replace(vault.list("checkin")[0], note="Now about the harbour")
    vault.save(edited)
    assert vault.search_count("lighthouse") == 3
    assert [e.id for e in vault.search("harbour")] == [edited.id]


def test_one_timeline_row_reflects_an_edit(vault: Vault) -> None:
    checkin = vault.save(CheckIn(mood=2, hope=3, note="before", at="2026-11-01T10:00:00+00:00"))
    vault.save(dataclasses.replace(checkin, note="after the edit", at="2026-11-02T10:00:00+00:00"))
    entry = vault.timeline_entry("checkin", checkin.id)
    assert entry is not None and entry.text == "after the edit" and entry.day == "2026-11-02"
    assert vault.timeline_entry("checkin", "no-such-id") is None


def test_what_a_person_types_becomes_a_safe_search() -> None:
    assert fts_query("light") == '"light"*'
    assert fts_query("  Maria's lighthouse, ") == '"Maria" "s" "lighthouse"*'
    assert fts_query('"; DROP TABLE --') == '"DROP" "TABLE"*'
    assert fts_query("…  !") == ""


def test_long_entries_are_previewed_short(vault: Vault) -> None:
    vault.save(CheckIn(mood=5, hope=5, craving=2, peer_contact=True, tags=("walk",), note="word " * 500))
    vault.save(Trigger(situation="payday", category="times", intensity=7, response="called Sam",
                       outcome="resisted"))
    trigger, checkin = vault.timeline()
    assert checkin.title == "Mood 5 · Hope 5 · Craving 2 · time with someone in recovery · walk"
    assert len(checkin.text) == 300 and checkin.text.endswith("…")
    assert trigger.title == "Trigger · times · intensity 7 · got through it"
    assert trigger.text == "payday — called Sam"


def test_any_slice_of_the_timeline_matches_the_pages_read_in_order(vault: Vault) -> None:
    """Rows by offset (as the Journal's list reads them when scrolled) are the same rows in the
    same order as paging from the top, at both ends and across the middle, with a filter too."""
    for day in range(1, 29):
        vault.save(CheckIn(mood=5, hope=5, at=f"2026-02-{day:02d}T10:00:00+00:00", note=f"day {day}"))
        if day % 3 == 0:
            vault.save(GratitudeList(items=(f"thing {day}",), date=f"2026-02-{day:02d}"))
    for where in (TimelineFilter(), TimelineFilter(kinds=frozenset({"checkin"}), start_day="2026-02-05")):
        everything = vault.timeline(where, limit=1000)
        total = vault.timeline_count(where)
        assert total == len(everything) > 20
        for offset, limit in ((0, 5), (3, 7), (total - 5, 5), (total - 9, 4), (total // 2 - 2, 4)):
            got = vault.timeline_slice(where, offset, limit, total)
            assert [e.id for e in got] == [e.id for e in everything[offset:offset + limit]]
        oldest = everything[-1]
        assert vault.timeline_row(where, oldest.kind, oldest.id) == total - 1
        assert vault.timeline_row(where, everything[7].kind, everything[7].id) == 7
    early = vault.timeline(TimelineFilter(end_day="2026-02-02"))[0]
    assert vault.timeline_row(TimelineFilter(start_day="2026-02-05"), early.kind, early.id) is None


def test_a_search_counts_its_matches_and_marks_the_words_in_a_snippet(vault: Vault) -> None:
    from journal.vault.timeline import MATCH_END, MATCH_START

    vault.save(CheckIn(mood=5, hope=5, note="Walked to the lighthouse with Maria"))
    vault.save(Trigger(situation="Passed the old lighthouse bar", category="places", intensity=6))
    vault.save(CheckIn(mood=5, hope=5, note="Nothing to see"))
    where = TimelineFilter(search="lightho")
    assert vault.timeline_count(where) == 2
    snippets = {e.snippet for e in vault.timeline(where)}
    assert f"Walked to the {MATCH_START}lighthouse{MATCH_END} with Maria" in snippets
    assert vault.timeline_count(TimelineFilter(search="lightho", kinds=frozenset({"trigger"}))) == 1
    assert all(e.snippet == "" for e in vault.timeline())


# Notes that make folding and cutting hard: line breaks, tabs, runs of spaces, spaces at the ends,
# every kind of Unicode space and line separator, letters beyond ASCII, long text with the match
# at either end (so the match marks meet the snippet's cut), and text exactly at the preview's
# length. Each of the first seven comes twice: as it is, and with words after it, so that its
# snippet stops before the end of the note (the end of a note is a line break in the index).
ODD_SPACES = (
    "line one\nline two lighthouse\n\nthird line",
    "runs   of    spaces lighthouse  here   ",
    "\ttabbed lighthouse\r\nwindows line\rold mac",
    "  lighthouse at the start and spaces at the end  ",
    "Zażółć gęślą jaźń — the “lighthouse” keeper’s ünïcödé",
    "no\u00a0break lighthouse\u2003em\u3000ideographic\u2028separator\u2029paragraph\u0085next",
    "control \x0bvertical \x0cfeed \x1cfile \x1dgroup \x1erecord \x1funit lighthouse",
)
TRICKY_NOTES = (
    *ODD_SPACES,
    *(note + " and then" * 12 for note in ODD_SPACES),
    "lighthouse " + "word " * 120,
    "word " * 120 + "lighthouse",
    "word " * 58 + "lighthouse",  # 300 characters exactly
    "word " * 58 + "lighthouse!",  # 301
    "word " * 58 + "lighthouse ",  # 301, the last a space
    "x" * 298 + " \n lighthouse tail",  # the fold brings the tail inside the preview
    "lighthouse\n" * 40,
    "a lighthouse",
)


TRICKY_TAGS = (
    ("lighthouse walk",),
    ("a, b", 'quote "x"', "back\\slash", "émoji 🙂", "new\nline", "tab\tbed"),
    (),
)
TRICKY_GRATITUDE = (
    ("the lighthouse\nkeeper", "  tea  "),
    ('"quoted"', "a · b", "", "ünïcödé \u00a0space", "[1, 2]"),
    ("",),
    (),
    ("word " * 80, "lighthouse"),
)


def folded(text: str) -> str:
    return " ".join(text.split())


def preview(text: str, *, cut: bool = True) -> str:
    """The preview as it has always been made: the first 301 characters (all of a gratitude
    list's items), on one line when they hold line breaks, tabs or runs of spaces (trimmed
    otherwise), cut to 300 with '…'."""
    text = text[:301] if cut else text
    plain = not ("\n" in text or "  " in text or "\t" in text or "\r" in text)
    text = text.strip() if plain else folded(text)
    return text if len(text) <= 300 else text[:299] + "…"


def test_snippets_and_previews_of_tricky_text_read_as_plain_folding_and_cutting_make_them(
    vault: Vault,
) -> None:
    """Each search snippet is the index's snippet with its whitespace folded onto one line, each
    preview is the note folded and cut, and each title names the tags and counts the things
    as the words of the record say, however the record is written."""
    from journal.i18n import translate
    from journal.vault.timeline import MATCH_END, MATCH_START, SNIPPET_TOKENS

    checkins = {}
    for n, note in enumerate(TRICKY_NOTES):
        saved = vault.save(CheckIn(mood=5, hope=5, note=note, tags=TRICKY_TAGS[n % 3],
                                   at=f"2026-03-{n + 1:02d}T10:00:00+00:00"))
        checkins[saved.id] = saved
    lists = {}
    for n, items in enumerate(TRICKY_GRATITUDE):
        saved_list = vault.save(GratitudeList(items=items, date=f"2026-04-{n + 1:02d}"))
        lists[saved_list.id] = items
    vault.save(Trigger(situation="the  old\nlighthouse bar", response="called\tSam  ", category="places",
                       intensity=6, at="2026-04-01T10:00:00+00:00"))
    vault.save(AgendaItem(text="Talk about\r\nthe lighthouse   job"))
    raw = dict(vault.query(
        "SELECT rowid, snippet(search, 0, ?, ?, '…', ?) FROM search WHERE search MATCH 'lighthouse'",
        (MATCH_START, MATCH_END, SNIPPET_TOKENS),
    ))
    found = vault.search("lighthouse")
    assert len(found) == len(TRICKY_NOTES) + 4 == len(raw)
    for entry in found:
        assert entry.snippet == folded(raw[int(entry.sort_key)]), entry
        assert "\n" not in entry.snippet and MATCH_START + "lighthouse" in entry.snippet
    by_id = {entry.id: entry for entry in vault.timeline(limit=100)}
    for record_id, checkin in checkins.items():
        entry = by_id[record_id]
        assert entry.text == preview(checkin.note), checkin.note
        tags = [", ".join(checkin.tags)] if checkin.tags else []
        assert entry.title == " · ".join(("Mood 5", "Hope 5", *tags))
    for record_id, items in lists.items():
        entry = by_id[record_id]
        assert entry.text == preview(" · ".join(items), cut=False), items
        assert entry.title == translate("timeline", "Grateful for %n things", None, len(items))
    texts = {entry.kind: entry.text for entry in found if entry.kind in ("trigger", "agenda")}
    assert texts == {
        "trigger": "the old lighthouse bar — called Sam",
        "agenda": "Talk about the lighthouse job",
    }


def test_records_past_two_million_rows_are_still_described_as_themselves(vault: Vault) -> None:
    """A timeline position holds a record's row number modulo 2^21, and the Journal reads
    records by it: a record numbered past that (here moved there) must not be shown with the
    words of the record whose number it wraps onto, nor lose its own."""
    from journal import schema

    first = vault.save(CheckIn(mood=1, hope=2, note="first lighthouse", at="2026-05-01T10:00:00+00:00"))
    wrapped = vault.save(CheckIn(mood=7, hope=8, note="wrapped lighthouse", at="2026-05-02T10:00:00+00:00"))
    alone = vault.save(CheckIn(mood=4, hope=4, note="alone lighthouse", at="2026-05-03T10:00:00+00:00"))
    with vault.transaction() as connection:
        (first_row,) = connection.execute("SELECT seq FROM checkins WHERE id = ?", (first.id,)).fetchone()
        connection.execute("UPDATE checkins SET seq = ? WHERE id = ?",
                           (first_row + schema.ORD_SEQ_MODULUS, wrapped.id))
        connection.execute("UPDATE checkins SET seq = ? WHERE id = ?",
                           (5 * schema.ORD_SEQ_MODULUS - 1, alone.id))  # wraps onto no record
    expected = {first.id: "first lighthouse", wrapped.id: "wrapped lighthouse", alone.id: "alone lighthouse"}
    for entries in (vault.timeline(), vault.search("lighthouse")):
        assert {e.id: e.text for e in entries} == expected
        assert {e.id: e.title for e in entries}[wrapped.id] == "Mood 7 · Hope 8"
    entry = vault.timeline_entry("checkin", wrapped.id)
    assert entry is not None and entry.text == "wrapped lighthouse"


def test_every_space_but_the_plain_one_is_unprintable() -> None:
    """What lets a snippet skip folding (journal/vault/timeline.py, `_one_line`): a snippet whose
    characters are all printable, match marks aside, holds no whitespace but plain spaces. True of
    every character this Python knows, checked here so that a new Unicode version cannot quietly
    break it."""
    odd = [hex(code) for code in range(0x110000)
           if chr(code).isspace() and chr(code).isprintable() and code != 0x20]
    assert odd == []
    from journal.vault.timeline import MATCH_END, MATCH_START

    assert not MATCH_START.isspace() and not MATCH_END.isspace()
