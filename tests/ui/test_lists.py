"""The ordered lists under My plan, the crisis page and the hard-time view: a move, an edit and a
removal are edits the person made (so they are saved and undone); a load is not."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from ui.lists import OrderedListModel
from ui.phone_list import PhoneEntry, PhoneListModel


def test_moves_edits_and_removals_are_the_persons_edits(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = OrderedListModel()
    edits: list[tuple[str, ...]] = []
    model.edited.connect(lambda: edits.append(model.values()))
    model.set_values(["walk", "music", "tea"])
    assert edits == []  # loading is not an edit
    assert model.move(2, -1) == 1
    assert model.values() == ("walk", "tea", "music")
    assert model.move(0, -1) == 0 and model.values() == ("walk", "tea", "music")  # already first
    assert model.move(0, 1) == 1 and model.values() == ("tea", "walk", "music")
    assert model.move(1, -1) == 0 and model.values() == ("walk", "tea", "music")
    # A drag ends in moveRows with Qt's "insert before" row: the first row to the end.
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert model.values() == ("tea", "music", "walk")
    assert not model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 2)  # onto itself
    assert model.setData(model.index(0), "  a   pot of tea ")
    assert model.values()[0] == "a pot of tea"
    assert model.setData(model.index(1), "   ")  # emptied: the line goes
    assert model.values() == ("a pot of tea", "walk")
    assert len(edits) == 6
    model.clear()
    assert model.rowCount() == 0 and len(edits) == 6


def test_phone_cards_say_their_number_to_a_screen_reader(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = PhoneListModel()
    model.set_values([PhoneEntry("Samaritans", "116 123", "Free, day or night."), PhoneEntry("Dee", "")])
    spoken = model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Samaritans" in spoken and "116 123" in spoken and "copy" in spoken
    assert "no number" in model.index(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.keys() == ("", "")
