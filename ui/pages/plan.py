"""My plan: the safety plan, made on a calm day for a hard one.

The seven parts of the Stanley-Brown safety plan in their order (warning signs; things I can do on
my own; people and places that take my mind off it; people I can ask for help; professionals and
services; making my surroundings safer; my reasons), each a short list in the person's own words,
and the naloxone kit. The two people parts hold contacts from Support (picked by name, or added in
place), so each shows the number as it is now.

Every change is one edit of the whole plan: pushed on the session's undo stack (Ctrl+Z puts the
plan back as it was, and the vault with it) and saved by the autosaver, like every page. Typing
in "where the kit is" is one undo step however many letters it takes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QLocale, QStringListModel, QTime
from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from journal.records import SAFETY_PLAN_CONTACT_LISTS, SAFETY_PLAN_LISTS, Contact, Record, SafetyPlan

from .. import operations
from ..autosave import Autosaver
from ..context import Context, Page
from ..help_now import HARD_TIME_VIEW
from ..widgets import InlineMessage, fill_with_scrolling, label, named
from .plan_parts import ContactPart, NaloxoneBox, PlanPart

# The undo steps that merge while the person keeps typing in one field (QUndoCommand.id).
NO_MERGE: Final = -1
MERGE_WHERE: Final = 1401

class PlanEdit(QUndoCommand):
    """One change to the plan. The first redo only saves (the screen already shows it)."""

    def __init__(self, page: PlanPage, before: SafetyPlan | None, after: SafetyPlan, merge: int) -> None:
        super().__init__(QCoreApplication.translate("PlanPage", "Change to my plan"))
        self._page = page
        self.before = before
        self.after = after
        self._merge = merge
        self._first = True

    def id(self) -> int:
        return self._merge

    def mergeWith(self, other: QUndoCommand) -> bool:
        mergeable = isinstance(other, PlanEdit) and other._page is self._page
        if mergeable and other.id() == self._merge != NO_MERGE:
            assert isinstance(other, PlanEdit)
            self.after = other.after
            return True
        return False

    def redo(self) -> None:
        first, self._first = self._first, False
        self._page.commit(self.after, show=not first)

    def undo(self) -> None:
        self._page.commit(self.before, show=True)


class PlanPage(Page):
    """The safety plan's seven parts and the naloxone kit, autosaved, with undo."""

    title = "My plan"

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.plan: SafetyPlan | None = None
        self.loaded = False
        self.contacts: dict[str, Contact] = {}
        self.names = QStringListModel(self)
        self.message = InlineMessage()
        self.status = label(self.tr("Changes save as you type."), "hint")
        self.parts: dict[str, PlanPart] = {}
        for name in SAFETY_PLAN_LISTS:
            if name in SAFETY_PLAN_CONTACT_LISTS:
                part: PlanPart = ContactPart(name, self.names, self.find_contact, self.describe_contact)
                assert isinstance(part, ContactPart)
                part.new_contact.connect(lambda n, p, where=name: self.add_new_contact(where, n, p))
            else:
                part = PlanPart(name)
            part.edited.connect(lambda where=name: self._part_edited(where))
            self.parts[name] = part
        self.naloxone = NaloxoneBox()
        self.naloxone.edited.connect(self._naloxone_edited)
        self.hard_time_button = QPushButton(self.tr("See it as on a hard day"))
        named(self.hard_time_button, self.tr("See my plan as on a hard day"),
              self.tr("Opens the I'm having a hard time view"))
        self.preview: tuple[QDialog, QPrinter] | None = None  # the print preview, while open
        self.print_button = QPushButton(self.tr("Print my plan…"))
        named(self.print_button, self.tr("Print my plan"))
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(label(self.tr("My plan"), "title"))
        layout.addWidget(label(
            self.tr("A plan made on a calm day, for a hard one. A few short lines in your own words "
                    "are enough, and you can change them any time. When things get hard, the "
                    "\u201cI'm having a hard time\u201d button shows it to you step by step."),
            "hint",
        ))
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.hard_time_button)
        top.addWidget(self.print_button)
        layout.addLayout(top)
        layout.addWidget(self.message)
        for part in self.parts.values():
            layout.addWidget(part)
        layout.addWidget(self.naloxone)
        layout.addStretch(1)
        content.setMaximumWidth(900)
        self.scroll_area = fill_with_scrolling(self, content)
        self.autosaver = Autosaver(context, self._to_save, self.message, self, source=self)
        self.autosaver.saved.connect(self._saved)
        self.hard_time_button.clicked.connect(lambda: context.navigate.emit(HARD_TIME_VIEW, None))
        self.print_button.clicked.connect(self.print_plan)
        context.changed.connect(self._on_changed)
        self._set_enabled(False)

    # ---- contacts: picked by name, shown with their number as it is now ------------------------

    def find_contact(self, name: str) -> Contact | None:
        wanted = name.casefold()
        return next((c for c in self.contacts.values() if c.name.casefold() == wanted), None)

    def describe_contact(self, contact_id: str) -> str:
        contact = self.contacts.get(contact_id)
        if contact is None:
            return self.tr("Someone no longer in Support")
        if not contact.phone:
            return self.tr("{name} (no number yet)").format(name=contact.name)
        return self.tr("{name} \u00b7 {phone}").format(name=contact.name, phone=contact.phone)

    def _set_contacts(self, contacts: list[Contact]) -> None:
        self.contacts = {c.id: c for c in contacts}
        self.names.setStringList(sorted({c.name for c in contacts}, key=str.casefold))
        for name in SAFETY_PLAN_CONTACT_LISTS:
            self.parts[name].model.refresh()

    def add_new_contact(self, where: str, name: str, phone: str) -> None:
        """"Add one in place": a new Support contact, then into this part of the plan."""
        role = "other" if where == "professionals" else "friend"
        contact = Contact(name=name, role=role, phone=phone)

        def saved(record: Record) -> None:
            if isinstance(record, Contact):
                self.contacts[record.id] = record
                self.names.setStringList(sorted({c.name for c in self.contacts.values()}, key=str.casefold))
                self.parts[where].add_value(record.id)
                self.message.show_message(
                    self.tr("{name} is in Support now, and in your plan.").format(name=record.name),
                    fade_ms=5000,
                )

        self.run(operations.save_record(contact), saved, lambda e: self.message.show_message(e.message))

    # ---- editing: every change is one undoable, autosaved edit -----------------------------------

    def current(self) -> SafetyPlan:
        """The plan as the screen shows it now."""
        base = self.plan or SafetyPlan()
        lists = {name: part.values() for name, part in self.parts.items()}
        return base.edited(**lists, naloxone=self.naloxone.value())

    def _part_edited(self, _name: str) -> None:
        self._push(NO_MERGE)

    def _naloxone_edited(self) -> None:
        merge = MERGE_WHERE if self.naloxone.where.hasFocus() else NO_MERGE
        self._push(merge)

    def _push(self, merge: int) -> None:
        if not self.loaded:
            return
        after = self.current()
        before = self.plan
        if before is not None and _same(before, after):
            return
        self.context.undo.push(PlanEdit(self, before, after, merge))

    def commit(self, plan: SafetyPlan | None, *, show: bool) -> None:
        """Make `plan` the plan (on screen too if `show`), and save it; None deletes it (undo of
        the very first change)."""
        self.plan = plan
        if show:
            self._show(plan or SafetyPlan())
        if plan is None:
            self.autosaver.cancel()
            self.run(operations.delete_record(SafetyPlan()), None,
                     lambda error: self.message.show_message(error.message))
            self.status.setText(self.tr("Changes save as you type."))
            return
        self.status.setText(self.tr("Saving…"))
        self.autosaver.schedule()

    def _to_save(self) -> SafetyPlan | None:
        return self.plan

    def _saved(self, _record: Record) -> None:
        if not self.autosaver.pending:
            time = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
            self.status.setText(self.tr("Saved at {time}.").format(time=time))

    def _show(self, plan: SafetyPlan) -> None:
        for name, part in self.parts.items():
            part.set_values(getattr(plan, name))
        self.naloxone.set_value(plan.naloxone)

    def _set_enabled(self, enabled: bool) -> None:
        for part in self.parts.values():
            part.setEnabled(enabled)
        self.naloxone.setEnabled(enabled)

    # ---- loading ------------------------------------------------------------------------------

    def _loaded(self, result: tuple[SafetyPlan | None, list[Contact]]) -> None:
        plan, contacts = result
        self._set_contacts(contacts)
        if self.autosaver.pending or self.autosaver.in_flight:
            return  # what is on screen is newer
        self.plan = plan
        self._show(plan or SafetyPlan())
        self.loaded = True
        self._set_enabled(True)

    def _on_changed(self, kind: str, source: object) -> None:
        if source is self:
            return
        if kind == "contact":
            self.run(operations.load_contacts(), self._set_contacts)
        elif kind == "safety_plan" and self.loaded:
            self.run(operations.load_safety_plan(), self._loaded)

    # ---- page protocol -------------------------------------------------------------------------

    def activate(self, request: object = None) -> None:
        focus_kit = isinstance(request, dict) and request.get("focus") == "naloxone"

        def loaded(result: tuple[SafetyPlan | None, list[Contact]]) -> None:
            self._loaded(result)
            if focus_kit:
                self.scroll_area.ensureWidgetVisible(self.naloxone)
                box = self.naloxone
                (box.expires if box.expires.isEnabled() else box.has_date).setFocus()
            else:
                focus = QApplication.focusWidget()
                working = focus is not None and any(
                    box.isAncestorOf(focus) for box in (*self.parts.values(), self.naloxone)
                )
                if not working:  # arriving: start at the first part
                    self.parts[SAFETY_PLAN_LISTS[0]].entry.setFocus()

        self.run(operations.load_safety_plan(), loaded)

    def flush(self) -> None:
        self.autosaver.flush()

    # ---- printing ------------------------------------------------------------------------------

    def print_plan(self) -> None:
        """Preview the one-page printed plan (ui/printing), then print or save it as PDF. The plan
        is read on the vault lane after the save queued by flush, so the page shows what is typed."""
        self.flush()
        self.run(
            operations.load_printed_plan(), self._preview,
            lambda error: self.message.show_message(error.message),
        )

    def _preview(self, content: object) -> None:
        from pathlib import Path

        from PySide6.QtPrintSupport import QPrinter

        from ..printing.preview import PrintPreview
        from ..printing.summary.page import PDF_CREATOR
        from ..printing.summary.plan_page import plan_pdf_title, render_plan, write_plan_pdf

        def save(path: Path) -> bool:
            try:
                write_plan_pdf(content, path)  # type: ignore[arg-type]
            except OSError as error:
                self.message.show_message(self.tr(
                    "The plan could not be saved there ({reason}). Choose another folder."
                ).format(reason=error.strerror or error))
                return False
            return True

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(plan_pdf_title())  # the print job's name, as the PDF's title
        printer.setCreator(PDF_CREATOR)
        dialog = PrintPreview(printer, self.tr("Preview and print my plan"), "my-plan.pdf", save, self)
        dialog.paintRequested.connect(lambda target: render_plan(content, target))  # type: ignore[arg-type]
        # The dialog does not own its printer, and open() returns at once (exec() would block a
        # lock): keep the printer alive as long as the dialog is, then let both go.
        self.preview = (dialog, printer)
        dialog.finished.connect(self._preview_closed)
        dialog.open()

    def _preview_closed(self) -> None:
        if self.preview is not None:
            self.preview[0].deleteLater()
        self.preview = None


def _same(a: SafetyPlan, b: SafetyPlan) -> bool:
    """Equal apart from when it was last changed."""
    return all(getattr(a, name) == getattr(b, name) for name in (*SAFETY_PLAN_LISTS, "naloxone"))
