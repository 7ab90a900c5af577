"""My plan, driven as a person would: built with the keyboard alone, saved as it is typed, undone
with Ctrl+Z, and each chosen person shown with the number they have now."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget

from journal.records import Contact, Naloxone, SafetyPlan
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import app_vault, settle, unlock
from ui.editors.contact import ContactEditor
from ui.main_window import MainWindow
from ui.pages.plan import PlanPage
from ui.pages.support import SupportPage

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def tab_to(qtbot, widget: QWidget, limit: int = 40) -> None:  # type: ignore[no-untyped-def]
    """Press Tab (only Tab) until `widget` has the focus, as a keyboard user moves on."""
    for _ in range(limit):
        if widget.hasFocus():
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName()!r}")


def type_line(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def open_plan(qtbot, window: MainWindow) -> PlanPage:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_7, CTRL)
    assert window.shell is not None
    page = window.shell.current_page
    assert isinstance(page, PlanPage)
    qtbot.waitUntil(lambda: page.loaded)
    return page


def saved_plan(qtbot, window: MainWindow, page: PlanPage) -> SafetyPlan | None:  # type: ignore[no-untyped-def]
    page.flush()
    settle(qtbot, window)
    return app_vault(window).safety_plan()


def test_a_plan_is_built_with_the_keyboard_only(qtbot, make_window, closed_vault: Path) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        dee = vault.save(Contact(name="Dee", role="sponsor", phone="07700 900123"))
    window = make_window()
    unlock(qtbot, window)
    page = open_plan(qtbot, window)
    parts = page.parts
    assert parts["warning_signs"].entry.hasFocus()
    # Every empty part shows a gentle example; the list appears with the first line.
    assert parts["reasons"].example.isVisibleTo(page) and not parts["reasons"].view.isVisibleTo(page)

    type_line(qtbot, parts["warning_signs"].entry, "Not sleeping")
    type_line(qtbot, parts["warning_signs"].entry, "Payday")
    assert not parts["warning_signs"].example.isVisibleTo(page)
    tab_to(qtbot, parts["coping"].entry)
    type_line(qtbot, parts["coping"].entry, "A hot shower")
    tab_to(qtbot, parts["distractions"].entry)
    type_line(qtbot, parts["distractions"].entry, "The library")
    # People come from Support by name; someone new is added in place, with their number.
    tab_to(qtbot, parts["ask_for_help"].entry)
    type_line(qtbot, parts["ask_for_help"].entry, "dee")
    tab_to(qtbot, parts["professionals"].entry)
    type_line(qtbot, parts["professionals"].entry, "Priya")
    phone = parts["professionals"].new_phone  # type: ignore[attr-defined]
    assert phone.hasFocus()
    type_line(qtbot, phone, "0161 496 0000")
    qtbot.waitUntil(lambda: parts["professionals"].model.rowCount() == 1)
    tab_to(qtbot, parts["safer_surroundings"].entry)
    type_line(qtbot, parts["safer_surroundings"].entry, "Nothing to drink in the house")
    tab_to(qtbot, parts["reasons"].entry)
    type_line(qtbot, parts["reasons"].entry, "Waking up without dread")
    type_line(qtbot, parts["reasons"].entry, "My kids")
    # Reorder with the keyboard: the last reason first.
    tab_to(qtbot, parts["reasons"].view)
    qtbot.keyClick(parts["reasons"].view, Qt.Key.Key_End)
    qtbot.keyClick(parts["reasons"].view, Qt.Key.Key_Up, ALT)
    # The naloxone kit: ticked, where it is, and the date on it (a year from today).
    box = page.naloxone
    tab_to(qtbot, box.kit)
    qtbot.keyClick(box.kit, Qt.Key.Key_Space)
    tab_to(qtbot, box.where)
    qtbot.keyClicks(box.where, "Kitchen drawer")
    tab_to(qtbot, box.has_date)
    qtbot.keyClick(box.has_date, Qt.Key.Key_Space)
    tab_to(qtbot, box.expires)
    qtbot.keyClick(box.expires, Qt.Key.Key_Home)
    for _ in range(2):
        qtbot.keyClick(box.expires, Qt.Key.Key_Tab)  # day → month → year
    qtbot.keyClick(box.expires, Qt.Key.Key_Up)

    plan = saved_plan(qtbot, window, page)
    assert plan is not None
    (priya,) = [c for c in app_vault(window).list("contact") if isinstance(c, Contact) and c.name == "Priya"]
    assert priya.phone == "0161 496 0000"
    assert plan.warning_signs == ("Not sleeping", "Payday")
    assert plan.coping == ("A hot shower",)
    assert plan.distractions == ("The library",)
    assert plan.ask_for_help == (dee.id,)
    assert plan.professionals == (priya.id,)
    assert plan.safer_surroundings == ("Nothing to drink in the house",)
    assert plan.reasons == ("My kids", "Waking up without dread")
    next_year = QDate.currentDate().addYears(1).toString(Qt.DateFormat.ISODate)
    assert plan.naloxone == Naloxone(kit=True, expires=next_year, where="Kitchen drawer")

    # Ctrl+Z puts the plan back one change at a time, on screen and in the vault.
    parts["warning_signs"].view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # the date
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # "I know the date"
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # "Kitchen drawer", one step however many letters
    assert page.naloxone.where.text() == ""
    plan = saved_plan(qtbot, window, page)
    assert plan is not None and plan.naloxone == Naloxone(kit=True)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # the kit
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # the reorder
    plan = saved_plan(qtbot, window, page)
    assert plan is not None and plan.reasons == ("Waking up without dread", "My kids")
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)  # and redo
    plan = saved_plan(qtbot, window, page)
    assert plan is not None and plan.reasons == ("My kids", "Waking up without dread")


def test_undoing_the_first_change_leaves_no_plan(qtbot, make_window, closed_vault: Path) -> None:
    window = make_window()
    unlock(qtbot, window)
    page = open_plan(qtbot, window)
    type_line(qtbot, page.parts["reasons"].entry, "My kids")
    assert saved_plan(qtbot, window, page) is not None
    page.parts["reasons"].view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert page.parts["reasons"].model.rowCount() == 0
    assert page.parts["reasons"].example.isVisibleTo(page)
    assert saved_plan(qtbot, window, page) is None


def test_lines_are_changed_removed_and_moved_in_place(qtbot, make_window, closed_vault: Path) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        vault.set_safety_plan(SafetyPlan(coping=("walk", "music", "tea")))
    window = make_window()
    unlock(qtbot, window)
    page = open_plan(qtbot, window)
    part = page.parts["coping"]
    view = part.view
    view.setFocus()
    view.setCurrentIndex(part.model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(editor, "a long walk")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    view.setCurrentIndex(part.model.index(1))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    view.setCurrentIndex(part.model.index(1))
    qtbot.mouseClick(part.up_button, Qt.MouseButton.LeftButton)
    plan = saved_plan(qtbot, window, page)
    assert plan is not None and plan.coping == ("tea", "a long walk")


def test_people_in_the_plan_show_their_number_as_it_is_now(qtbot, make_window, closed_vault: Path) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        dee = vault.save(Contact(name="Dee", role="sponsor", phone="07700 900123"))
        vault.set_safety_plan(SafetyPlan(ask_for_help=(dee.id,)))
    window = make_window()
    unlock(qtbot, window)
    page = open_plan(qtbot, window)
    people = page.parts["ask_for_help"].model
    assert "07700 900123" in people.index(0).data()

    assert window.shell is not None
    support = window.shell.go("Support")
    assert isinstance(support, SupportPage)
    qtbot.waitUntil(lambda: support.model.rowCount() == 1)
    support.view.selectRow(0)
    editor = support.panel.editor
    assert isinstance(editor, ContactEditor)
    editor.phone.selectAll()
    qtbot.keyClicks(editor.phone, "07700 900999")
    support.flush()
    settle(qtbot, window)

    page = open_plan(qtbot, window)
    qtbot.waitUntil(lambda: "07700 900999" in people.index(0).data())
    assert "07700 900123" not in people.index(0).data()
    # And in the hard-time view, where the number is what counts.
    view = window.shell.open_hard_time()
    qtbot.waitUntil(lambda: view.people.rowCount() == 1 and view.people.entries()[0].phone == "07700 900999")


def test_print_preview_shows_the_plan_as_just_typed(qtbot, make_window, closed_vault: Path,  # type: ignore[no-untyped-def]
                                                    tmp_path: Path) -> None:
    """Print opens a preview of the one-page printed plan, drawn from the plan including what was
    typed a moment ago (saved first), with the chosen person's current number."""
    import subprocess

    from PySide6.QtPrintSupport import QPrinter

    from ui.printing.preview import PrintPreview

    with Vault.open(closed_vault, PASSPHRASE) as vault:
        dee = vault.save(Contact(name="Dee", role="sponsor", phone="07700 900123"))
        vault.set_safety_plan(SafetyPlan(ask_for_help=(dee.id,)))
    window = make_window()
    unlock(qtbot, window)
    page = open_plan(qtbot, window)
    reasons = page.parts["reasons"]
    type_line(qtbot, reasons.entry, "my daughter Rosie")
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)

    def preview() -> PrintPreview | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreview)]
        return found[0] if found and found[0].isVisible() else None

    qtbot.waitUntil(lambda: preview() is not None)
    dialog = preview()
    assert dialog is not None
    pdf = tmp_path / "plan.pdf"
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    dialog.paintRequested.emit(printer)
    assert dialog.print_button.isVisible() and dialog.save_button.isVisible()
    dialog.reject()
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "my daughter Rosie" in text
    assert "Dee" in text and "07700 900123" in text
