"""The Summary screen: choose what to share, see the page, print it or save it as a PDF.

Left, the choices: the period, the paper, which sections go on the page, contact names (off
unless ticked), the agenda (add items, tick them off when talked about) and the journal entries
to include (none unless ticked). Right, the page itself, as it will print.

Why it is built this way:
- the content is gathered by the task runner (`journal.summary.build_summary`) and the page is
  drawn on the UI thread from that plain data, so the preview appears in well under 300 ms and
  the window never waits on the database;
- printing, the print preview and self.tr("Save as PDF…") draw with the same `render_summary` as the
  command line, so every route gives the same page;
- the only file ever written is the one the person picks; the file dialog is Qt's own, so the
  desktop's recent-files list never learns the name.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.records import AgendaItem
from journal.stats import last_days
from journal.summary import DEFAULT_SECTIONS, SECTIONS, SummaryContent, SummaryOptions, when_text
from journal.summary_sections import section_words
from journal.vault import TimelineEntry

from .. import operations
from ..context import Context, Page
from ..printing.preview import PagePreview, PrintPreview, SavedFile, ask_pdf_path
from ..printing.summary_pdf import (
    PDF_CREATOR,
    page_layout,
    pdf_title,
    render_summary,
    write_summary_pdf,
)

_Index = QModelIndex | QPersistentModelIndex
PERIODS: Final = (7, 14, 28)  # days; the last choice is "Choose dates"
ENTRY_LIMIT: Final = 300  # entries offered for ticking; a period's check-ins and triggers
REBUILD_DELAY_MS: Final = 120  # gathers quick changes (typing a date) into one rebuild
# The choices remembered between sessions, in the non-personal ui.ini: which sections, which
# period, which paper. Never the dates of a chosen period, the ticked entries or contact names.
SECTIONS_KEY: Final = "summary/sections"
PERIOD_KEY: Final = "summary/period"
PAPER_KEY: Final = "summary/paper"


class CheckListModel(QAbstractListModel):
    """Rows with a tick box: the journal entries to include, or the agenda items done.

    One model and a list view, not a widget per row, so hundreds of entries stay light.
    `ticked_changed(row_id, ticked)` tells the page which way a box went.
    """

    ticked_changed = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str]] = []  # (id, text, accessible description)
        self._ticked: set[str] = set()

    def set_rows(self, rows: list[tuple[str, str, str]], ticked: set[str]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._ticked = {row_id for row_id, _, _ in rows if row_id in ticked}
        self.endResetModel()

    def ticked(self) -> set[str]:
        return set(self._ticked)

    def row_id(self, row: int) -> str:
        return self._rows[row][0]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row_id, text, description = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row_id in self._ticked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return description
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        row_id = self._rows[index.row()][0]
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        if ticked:
            self._ticked.add(row_id)
        else:
            self._ticked.discard(row_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticked_changed.emit(row_id, ticked)
        return True


def _entry_row(entry: TimelineEntry) -> tuple[str, str, str]:
    if entry.kind == "checkin":
        kind = QCoreApplication.translate("TimelineModel", "Check-in")
    else:
        kind = QCoreApplication.translate("TimelineModel", "Trigger")
    when = when_text(entry.when) if "T" in entry.when else entry.when
    text = " ".join(entry.text.split())
    title = entry.title.split(" · ",
            1)[1] if entry.kind == "trigger" and " · " in entry.title else entry.title
    first = f"{when} · {kind} · {title}"
    shown = first + (f"\n{text[:140]}{'…' if len(text) > 140 else ''}" if text else "")
    return entry.id, shown, f"{first}. {text[:300]}"


class SummaryPage(Page):
    """Choose, preview, print and save the one-page keyworker summary."""

    title = "Summary"
    preview_ready = Signal()

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.content: SummaryContent | None = None
        self._generation = 0
        self._excerpt_ids: set[str] = set()
        self._agenda: dict[str, AgendaItem] = {}
        self._rebuild = QTimer(self)
        self._rebuild.setSingleShot(True)
        self._rebuild.setInterval(REBUILD_DELAY_MS)
        self._rebuild.timeout.connect(self.refresh)

        self.period = QComboBox()
        for days in PERIODS:
            self.period.addItem(self.tr("Last %n days", None, days), days)
        self.period.addItem(self.tr("Choose dates"), 0)
        self.period.setCurrentIndex(2)
        self.period.setAccessibleName(self.tr("Period"))
        today = QDate.currentDate()
        self.from_date = self._date_edit(today.addDays(-27), self.tr("From"))
        self.to_date = self._date_edit(today, self.tr("To"))
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")  # the same in every language
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setAccessibleName(self.tr("Paper size"))

        self.sections: dict[str, QCheckBox] = {}
        for key, _ in SECTIONS:  # in page order; on by default as the contract says
            words = section_words(key)
            box = QCheckBox(words)
            box.setAccessibleName(self.tr("Include on the page: {section}").format(section=words))
            box.setChecked(key in DEFAULT_SECTIONS)
            box.toggled.connect(self._changed)
            self.sections[key] = box
        self.names = QCheckBox(self.tr("Show my contacts' names"))
        self.names.setAccessibleName(self.tr("Show my contacts' names on the page"))
        self.names.setToolTip(self.tr("Off unless you tick it: the page then shows counts by role only."))
        self.names.toggled.connect(self._changed)
        self.sections["support"].toggled.connect(self.names.setEnabled)

        self.agenda_model = CheckListModel(self)
        self.agenda_model.ticked_changed.connect(self._agenda_ticked)
        self.agenda_view = self._list_view(self.agenda_model, self.tr("Agenda items"), 5)
        self.agenda_text = QLineEdit()
        self.agenda_text.setPlaceholderText(self.tr("Something to talk about"))
        self.agenda_text.setAccessibleName(self.tr("New agenda item"))
        self.agenda_text.returnPressed.connect(self._add_agenda)
        add = QPushButton(self.tr("Add"))
        add.setAccessibleName(self.tr("Add agenda item"))
        add.clicked.connect(self._add_agenda)

        self.entries_model = CheckListModel(self)
        self.entries_model.ticked_changed.connect(self._entry_ticked)
        self.entries_view = self._list_view(self.entries_model, self.tr("Journal entries to include"), 8)

        self.preview_button = QPushButton(self.tr("Preview and print…"))
        self.preview_button.setAccessibleName(self.tr("Preview the page and print it"))
        self.preview_button.clicked.connect(self.open_print_preview)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the page as a PDF file"))
        self.save_button.clicked.connect(self.choose_and_save_pdf)
        for button in (self.preview_button, self.save_button):
            button.setEnabled(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "message")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()  # shown only when there is something to say
        self.saved = SavedFile()  # "Saved to …", Open PDF, Show in folder
        self.print_preview: tuple[PrintPreview, QPrinter] | None = None
        self.preview = PagePreview()

        self._lay_out(add)
        self._restore_choices()
        self.period.currentIndexChanged.connect(self._period_changed)
        self.from_date.dateChanged.connect(self._changed)
        self.to_date.dateChanged.connect(self._changed)
        self.paper.currentIndexChanged.connect(self._changed)
        self._period_changed()

    # ---- layout ---------------------------------------------------------------------------------

    def _date_edit(self, date: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(date)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        edit.setMaximumDate(QDate.currentDate())
        edit.setAccessibleName(name)
        return edit

    def _list_view(self, model: CheckListModel, name: str, rows: int) -> QListView:
        view = QListView()
        view.setModel(model)
        view.setUniformItemSizes(False)
        view.setWordWrap(True)
        view.setAccessibleName(name)
        view.setMinimumHeight(rows * 22)
        view.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        return view

    def _heading(self, text: str) -> QLabel:
        heading = QLabel(text)
        heading.setProperty("role", "subtitle")
        return heading

    def _hint(self, text: str) -> QLabel:
        hint = QLabel(text)
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        return hint

    def _lay_out(self, add_button: QPushButton) -> None:
        controls = QWidget()
        column = QVBoxLayout(controls)
        column.setContentsMargins(16, 16, 12, 16)
        column.setSpacing(8)
        title = QLabel(self.tr("Summary for your keyworker"))
        title.setProperty("role", "title")
        title.setWordWrap(True)
        column.addWidget(title)
        column.addWidget(self._hint(self.tr(
            "One page to take to your session. You choose what is on it; nothing leaves this"
            " computer unless you print it or save it."
        )))

        column.addWidget(self._heading(self.tr("Period and paper")))
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.addWidget(QLabel(self.tr("Period")), 0, 0)
        grid.addWidget(self.period, 0, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("From")), 1, 0)
        grid.addWidget(self.from_date, 1, 1)
        grid.addWidget(QLabel(self.tr("to")), 1, 2)
        grid.addWidget(self.to_date, 1, 3)
        grid.addWidget(QLabel(self.tr("Paper")), 2, 0)
        grid.addWidget(self.paper, 2, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        column.addLayout(grid)

        column.addWidget(self._heading(self.tr("On the page")))
        for key, box in self.sections.items():
            column.addWidget(box)
            if key == "support":
                indent = QHBoxLayout()
                indent.setContentsMargins(24, 0, 0, 0)
                indent.addWidget(self.names)
                column.addLayout(indent)

        column.addWidget(self._heading(self.tr("What I want to talk about")))
        column.addWidget(self._hint(self.tr("Open items are printed. Tick one when you have talked "
            "about it.")))
        column.addWidget(self.agenda_view)
        row = QHBoxLayout()
        row.addWidget(self.agenda_text, 1)
        row.addWidget(add_button)
        column.addLayout(row)

        column.addWidget(self._heading(self.tr("Journal entries to include")))
        column.addWidget(self._hint(self.tr(
            "None unless you tick them. The words of a ticked check-in or trigger go on the page."
        )))
        column.addWidget(self.entries_view)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(controls)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop on an unnamed frame (ui.widgets)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.controls_scroll = scroll
        self._fit_controls()

        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 10)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.preview_button)
        right = QVBoxLayout()
        right.setContentsMargins(0, 12, 16, 12)
        right.addWidget(self.preview, 1)
        right.addLayout(buttons)
        right.addWidget(self.saved)

        layout = QHBoxLayout(self)  # the margins every page has
        layout.addWidget(scroll)
        layout.addLayout(right, 1)

    # ---- choices ----------------------------------------------------------------------------------

    def options(self) -> SummaryOptions:
        """What the person has chosen, as the options `build_summary` takes."""
        days = int(self.period.currentData() or 0)
        if days:
            start, end = last_days(days)
        else:
            start = self.from_date.date().toString("yyyy-MM-dd")
            end = self.to_date.date().toString("yyyy-MM-dd")
            if end < start:
                start, end = end, start
        return SummaryOptions(
            start_day=start,
            end_day=end,
            sections=frozenset(key for key, box in self.sections.items() if box.isChecked()),
            include_names=self.names.isChecked(),
            excerpt_ids=tuple(sorted(self._excerpt_ids)),
            page=str(self.paper.currentData()),
        )

    def _period_changed(self) -> None:
        custom = not self.period.currentData()
        self.from_date.setEnabled(custom)
        self.to_date.setEnabled(custom)
        if not custom:
            start, end = last_days(int(self.period.currentData()))
            for edit, day in ((self.from_date, start), (self.to_date, end)):
                edit.blockSignals(True)
                edit.setDate(QDate.fromString(day, "yyyy-MM-dd"))
                edit.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        self._remember_choices()
        self._rebuild.start()

    def _restore_choices(self) -> None:
        """The sections, period and paper chosen last time (read all first: each change saves)."""
        settings = self.context.ui_settings
        sections, period, paper = (settings.value(key) for key in (SECTIONS_KEY, PERIOD_KEY, PAPER_KEY))
        if sections is not None:
            parts = sections if isinstance(sections, (list, tuple)) else str(sections).split(",")
            chosen = {str(part).strip() for part in parts}
            for key, box in self.sections.items():
                box.setChecked(key in chosen)
        if period is not None and str(period).isdigit():
            index = self.period.findData(int(str(period)))
            if index >= 0:
                self.period.setCurrentIndex(index)
        index = self.paper.findData(str(paper))
        if index >= 0:
            self.paper.setCurrentIndex(index)

    def _remember_choices(self) -> None:
        settings = self.context.ui_settings
        chosen = ",".join(key for key, box in self.sections.items() if box.isChecked())
        settings.set_value(SECTIONS_KEY, chosen)
        settings.set_value(PERIOD_KEY, str(self.period.currentData() or 0))
        settings.set_value(PAPER_KEY, str(self.paper.currentData()))

    def _entry_ticked(self, entry_id: str, ticked: bool) -> None:
        if ticked:
            self._excerpt_ids.add(entry_id)
            self.sections["excerpts"].setChecked(True)  # a ticked entry is meant for the page
        else:
            self._excerpt_ids.discard(entry_id)
        self._changed()

    # ---- the vault, through the task runner -------------------------------------------------------

    def refresh(self) -> None:
        """Gather the content and the lists for the current choices; the page follows."""
        self._rebuild.stop()
        self._generation += 1
        generation = self._generation

        def show(result: operations.SummaryData) -> None:
            if generation != self._generation:
                return  # a newer choice is on its way
            content, agenda, entries = result
            self._show_lists(agenda, entries)
            self._show_content(content)

        self.run(operations.load_summary(self.options(), ENTRY_LIMIT), show, self._failed)

    def activate(self, request: object = None) -> None:
        self.refresh()

    def _fit_controls(self) -> None:
        """The choices' column: never narrower than its widest row (a date pair, a long section
        name at a large text size), since it does not scroll sideways."""
        scroll = self.controls_scroll
        controls = scroll.widget()
        if controls is None:
            return
        needed = controls.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(max(360, needed))
        scroll.setMaximumWidth(max(460, needed))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._fit_controls()
        if self.content is None:
            self.refresh()

    def _show_lists(self, agenda: list[AgendaItem], entries: list[TimelineEntry]) -> None:
        agenda.sort(key=lambda item: (item.done, dt.datetime.fromisoformat(item.created)))
        self.agenda_model.set_rows(
            [(item.id, " ".join(item.text.split())[:200], item.text[:300]) for item in agenda],
            {item.id for item in agenda if item.done},
        )
        self._agenda = {item.id: item for item in agenda}
        self.entries_model.set_rows([_entry_row(entry) for entry in entries], self._excerpt_ids)

    def _show_content(self, content: SummaryContent) -> None:
        self.content = content
        self.preview.set_content(content)
        self.preview.render_now()
        self.preview.update()
        for button in (self.preview_button, self.save_button):
            button.setEnabled(True)
        self.preview_ready.emit()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _failed(self, error: JournalError) -> None:
        self.preview.set_content(None, str(error))
        self._say(str(error))

    def _add_agenda(self) -> None:
        text = self.agenda_text.text().strip()
        if not text:
            return
        item = AgendaItem(text)

        def saved(_: object) -> None:
            self.agenda_text.clear()
            self._say(self.tr("Added to what you want to talk about."))
            self.refresh()

        self.run(operations.save_record(item), saved, self._kept_text)

    def _kept_text(self, error: JournalError) -> None:
        self._say(self.tr("{problem} Your words are still in the box.").format(problem=error))

    def _agenda_ticked(self, item_id: str, done: bool) -> None:
        item = self._agenda.get(item_id)
        if item is None:
            return
        changed = dataclasses.replace(item, done=done)
        self.run(operations.save_record(changed), lambda _: self.refresh(), self._failed)

    # ---- printing and saving ----------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        page = self.content.page if self.content else "a4"
        printer.setPageLayout(page_layout(page))
        printer.setDocName(pdf_title())
        printer.setCreator(PDF_CREATOR)
        return printer

    def open_print_preview(self) -> PrintPreview | None:
        """The page exactly as the printer will get it, with Print and Save as PDF in words.

        open(), not exec(): a modal loop would hold up locking the journal."""
        if self.content is None:
            return None
        printer = self.make_printer()
        dialog = PrintPreview(
            printer, self.tr("Preview and print your summary"), self._pdf_name(), self.save_pdf, self
        )
        dialog.paintRequested.connect(self._paint_on)
        self.print_preview = (dialog, printer)  # the dialog does not own its printer
        dialog.finished.connect(self._preview_closed)
        dialog.open()
        return dialog

    def _preview_closed(self) -> None:
        if self.print_preview is not None:
            self.print_preview[0].deleteLater()
        self.print_preview = None

    def _pdf_name(self) -> str:
        return f"summary-{self.content.end_day if self.content else ''}.pdf"

    def _paint_on(self, printer: QPrinter) -> None:
        if self.content is not None:
            render_summary(self.content, printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print without a dialog (tests; the print dialog route ends here too)."""
        self._paint_on(printer)

    def choose_and_save_pdf(self) -> None:
        if self.content is None:
            return
        path = ask_pdf_path(self, self.tr("Save your summary as a PDF"), self._pdf_name())
        if path is not None:
            self.save_pdf(path)

    def save_pdf(self, path: Path) -> bool:
        """Write the page to `path` only; say where, or say plainly why not."""
        if self.content is None:
            return False
        try:
            write_summary_pdf(self.content, path)
        except OSError as error:
            self.saved.hide()
            self._say(self.tr(
                "The summary could not be saved there ({reason}). Choose another folder."
            ).format(reason=error.strerror or error))
            return False
        self._say("")
        self.saved.show_saved(path)
        return True


__all__ = ["CheckListModel", "PagePreview", "SummaryPage"]
