"""The Journal over years: a list as long as the history, End to the oldest entry, a delete and
its undo that keep the place, search snippets with the matching words, and the right-hand side
emptied when its entry leaves the list (issue 11)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journal.records import CheckIn
from journal.vault.timeline import MATCH_END, MATCH_START
from tests.ui.conftest import settle, unlock
from tests.ui.test_flows import add_checkins, go, open_vault
from ui.timeline import marked_parts


def add_many_checkins(folder: Path, count: int) -> None:
    """`count` check-ins a minute apart, note "n0" the oldest."""
    with open_vault(folder) as vault, vault.transaction():
        for i in range(count):
            at = f"2026-01-01T{i // 60:02d}:{i % 60:02d}:00+00:00"
            vault.save(CheckIn(mood=5, hope=5, note=f"n{i}", at=at))


def test_the_journal_list_spans_every_entry_and_end_reaches_the_oldest(
    qtbot, make_window, closed_vault
) -> None:
    add_many_checkins(closed_vault, 450)
    window = make_window()
    unlock(qtbot, window)
    journal = go(window, "Journal")
    # The scroll bar spans everything from the start, though only what is seen is read.
    qtbot.waitUntil(lambda: journal.model.rowCount() == 450)
    assert journal.model.entry(449) is None
    assert journal.count.text() == "450 entries"
    journal.view.setFocus()
    journal.view.setCurrentIndex(journal.model.index(0))
    qtbot.keyClick(journal.view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: journal.model.entry(449) is not None)
    assert journal.model.entry(449).text == "n0"  # type: ignore[union-attr]
    assert journal.model.entry(448).text == "n1"  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: journal.panel.record_id == journal.model.entry(449).id)  # type: ignore[union-attr]
    # Every row, once read, is a different entry, in order.
    journal.view.scrollTo(journal.model.index(250))
    qtbot.waitUntil(lambda: all(journal.model.entry(i) is not None for i in range(200, 400)))
    assert [journal.model.entry(i).text for i in (200, 250, 399)] == ["n249", "n199", "n50"]  # type: ignore[union-attr]



def first_visible_row(journal) -> int:  # type: ignore[no-untyped-def]
    return journal.view.indexAt(journal.view.viewport().rect().topLeft()).row()


def test_delete_keeps_the_place_and_undo_shows_the_entry_again(qtbot, make_window, closed_vault) -> None:
    add_many_checkins(closed_vault, 450)
    window = make_window()
    unlock(qtbot, window)
    journal = go(window, "Journal")
    qtbot.waitUntil(lambda: journal.model.rowCount() == 450)
    journal.view.setFocus()
    journal.view.scrollTo(journal.model.index(300), journal.view.ScrollHint.PositionAtTop)
    qtbot.waitUntil(lambda: journal.model.entry(300) is not None)
    journal.view.setCurrentIndex(journal.model.index(300))
    record = journal.model.entry(300)
    assert record is not None and record.text == "n149"
    qtbot.waitUntil(lambda: journal.panel.record_id == record.id)
    top = first_visible_row(journal)
    assert top > 250
    qtbot.mouseClick(journal.panel.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: journal.model.rowCount() == 449 and not journal.model.is_loading)
    assert journal.model.entry(300).text == "n148"  # type: ignore[union-attr]
    assert abs(first_visible_row(journal) - top) <= 1  # still where the person was
    assert journal.count.text() == "449 entries"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: journal.view.currentIndex().row() == 300)
    qtbot.waitUntil(lambda: journal.panel.record_id == record.id)
    assert journal.model.rowCount() == 450
    assert journal.model.entry(300).id == record.id  # type: ignore[union-attr]
    assert journal.view.visualRect(journal.model.index(300)).intersects(journal.view.viewport().rect())


def test_search_shows_the_matching_words_and_how_many_matched(qtbot, make_window, closed_vault) -> None:
    add_checkins(closed_vault, [
        "Woke early, made tea, fed the cat, did the washing, rang Mum, sorted the post and the"
        " chores, then I walked by the river with my sister and we talked about the old days,"
        " the new flat, her kids, the garden and what we might cook on Sunday evening",
        "rain all day", "river swim with Jo", "quiet night",
    ])
    window = make_window()
    unlock(qtbot, window)
    journal = go(window, "Journal")
    qtbot.waitUntil(lambda: journal.model.rowCount() == 4)
    qtbot.keyClicks(journal.search, "river")
    qtbot.waitUntil(lambda: journal.model.where.search == "river" and journal.model.complete)
    assert journal.count.text() == "2 entries match"
    snippets = {journal.model.entry(i).snippet for i in range(2)}  # type: ignore[union-attr]
    assert f"{MATCH_START}river{MATCH_END} swim with Jo" in snippets
    long_one = next(s for s in snippets if "walked" in s)
    assert f"by the {MATCH_START}river{MATCH_END} with" in long_one
    assert "Woke" not in long_one and "Sunday" not in long_one  # a few words, not the whole note
    assert ("river", True) in marked_parts(long_one)
    qtbot.keyClicks(journal.search, " swim")
    qtbot.waitUntil(lambda: journal.model.where.search == "river swim" and journal.model.complete)
    assert journal.count.text().startswith("1 ")  # "1 entry matches" with the English catalogue


def test_the_right_hand_side_empties_when_its_entry_leaves_the_list(qtbot, make_window, closed_vault) -> None:
    rain, *_ = add_checkins(closed_vault, ["rain all day", "river swim with Jo"])
    window = make_window()
    unlock(qtbot, window)
    journal = go(window, "Journal")
    qtbot.waitUntil(lambda: journal.model.rowCount() == 2)
    journal.view.setCurrentIndex(journal.model.index(journal.model.row_of(rain.id)))
    qtbot.waitUntil(lambda: journal.panel.record_id == rain.id)
    qtbot.keyClicks(journal.search, "rain")
    qtbot.waitUntil(lambda: journal.model.where.search == "rain" and journal.model.complete)
    assert journal.panel.record_id == rain.id  # still in the list: still open
    journal.search.clear()
    qtbot.keyClicks(journal.search, "river")
    qtbot.waitUntil(lambda: journal.model.where.search == "river" and journal.model.complete)
    qtbot.waitUntil(lambda: journal.panel.record_id is None)
    assert journal.panel.empty.isVisibleTo(journal.panel)


def test_a_new_list_starts_at_the_top_however_far_down_the_last_one_was(
    qtbot, make_window, closed_vault
) -> None:
    """A new search or filter shows its first entries, not the rows where the last list ended
    (which would also read the far end of the new list for nothing)."""
    add_many_checkins(closed_vault, 450)
    window = make_window()
    unlock(qtbot, window)
    journal = go(window, "Journal")
    qtbot.waitUntil(lambda: journal.model.rowCount() == 450)
    journal.view.setFocus()
    journal.view.setCurrentIndex(journal.model.index(0))
    qtbot.keyClick(journal.view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: journal.model.entry(449) is not None)
    settle(qtbot, window)
    qtbot.wait(50)  # the list paints
    assert first_visible_row(journal) > 400
    journal.model.reload()  # what a new search or filter does
    time.sleep(0.3)  # the first page is read before the list has laid itself out again
    qtbot.waitUntil(lambda: journal.model.entry(0) is not None)
    settle(qtbot, window)
    qtbot.wait(50)  # the list paints
    assert first_visible_row(journal) == 0
    assert journal.model.entry(449) is None


def search_just_typed(qtbot, make_window):  # type: ignore[no-untyped-def]
    """The app unlocked on the Journal page, a letter just typed in its search (which waits a
    moment before it asks the vault)."""
    window = make_window()
    unlock(qtbot, window)
    journal = go(window, "Journal")
    journal.search.setFocus()
    qtbot.keyClick(journal.search, "w")
    return window


def test_quitting_just_after_typing_a_search_raises_nothing(qtbot, make_window, closed_vault) -> None:
    """The search waits a moment after each letter; quitting inside that moment closed the vault
    first, and the late search then asked the closed journal (a crash report at quit)."""
    window = search_just_typed(qtbot, make_window)
    window.close()
    qtbot.wait(500)  # the search's moment passes: an exception in the event loop fails the test


def test_locking_with_a_search_typed_raises_nothing(qtbot, make_window, closed_vault) -> None:
    """Locking empties the search field (no journal words stay on screen), which starts the
    search's wait again; the page is deleted meanwhile, and its filter box with it."""
    window = search_just_typed(qtbot, make_window)
    window.lock()
    QApplication.processEvents()  # the turn after a lock, which deletes the pages (ui.session)
