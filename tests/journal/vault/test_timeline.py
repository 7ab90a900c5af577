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
