"""The recovery-capital form: the ten BARC-10 statements, each answered 1 (strongly disagree) to
6 (strongly agree), with the credit to the authors (journal/barc.py).

The statements keep their published English wording in every language (there is no published
Polish translation): they are not passed through tr(), and in another language a note in that
language says why (`barc.wording_note`). Everything around them is translated. The sheet is kept
once all ten are answered; the score is their sum, shown without any judgement.
"""

from __future__ import annotations

import dataclasses
from typing import Final

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journal import barc
from journal.records import BARC_MAX, BARC_MIN, BARC_STATEMENTS, CapitalCheck, Record

from ..i18n import mark_user_text
from ..widgets import label, named
from .base import Editor
from .checkin import moment_of

ANSWERS: Final = tuple(range(BARC_MIN, BARC_MAX + 1))


def score_words(score: int) -> str:
    return QCoreApplication.translate("capital", "{score} of {most}").format(score=score, most=barc.SCORE_MAX)


class StatementRow:
    """One statement: its published words, six answers, and the chosen answer in words."""

    def __init__(self, editor: CapitalEditor, grid: QGridLayout, number: int) -> None:
        statement = barc.STATEMENTS[number]
        # The published English wording, on purpose not translated (see the module's docstring).
        self.words = label(f"{number + 1}. {statement}", wrap=True)
        mark_user_text(self.words)
        self.group = QButtonGroup(editor)
        row = QHBoxLayout()
        row.setContentsMargins(12, 0, 0, 6)
        row.setSpacing(10)
        self.buttons: list[QRadioButton] = []
        for answer in ANSWERS:
            button = QRadioButton(str(answer))
            name = QCoreApplication.translate("capital", "{answer}: {words}, statement {number}")
            named(button, name.format(answer=answer, words=barc.answer_words(answer), number=number + 1))
            button.setToolTip(barc.answer_words(answer))
            self.group.addButton(button, answer)
            self.buttons.append(button)
            row.addWidget(button)
        self.chosen = label("", wrap=False)
        self.chosen.setMinimumWidth(
            max(self.chosen.fontMetrics().horizontalAdvance(barc.answer_words(a)) for a in ANSWERS) + 16
        )
        row.addSpacing(12)
        row.addWidget(self.chosen)
        row.addStretch(1)
        grid.addWidget(self.words, number * 2, 0)
        grid.addLayout(row, number * 2 + 1, 0)
        self.group.idToggled.connect(lambda _id, on: editor.answered() if on else None)

    def answer(self) -> int | None:
        chosen = self.group.checkedId()
        return chosen if chosen in ANSWERS else None

    def set_answer(self, answer: int | None) -> None:
        self.group.setExclusive(False)
        for button in self.buttons:
            blocked = button.blockSignals(True)
            button.setChecked(self.group.id(button) == answer)
            button.blockSignals(blocked)
        self.group.setExclusive(True)
        self.show_words()

    def show_words(self) -> None:
        answer = self.answer()
        self.chosen.setText(barc.answer_words(answer) if answer is not None else "")


class CapitalEditor(Editor):
    kind = "capital"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.when = label("", "hint")
        intro = label(self.tr(
            "How much do you agree with each statement today? There are no right answers, and the "
            "score says nothing good or bad about you: it helps you and your keyworker see what you "
            "have going for you, and how it changes."
        ), "hint")
        #: Above the ten statements: what the answers 1 to 6 mean.
        scale = self.tr("Answer each from 1, {low}, to 6, {high}.").format(
            low=barc.answer_words(BARC_MIN).lower(), high=barc.answer_words(BARC_MAX).lower()
        )
        self.scale = label(scale, None)
        self.note = label(barc.wording_note(), "hint")
        self.note.setVisible(bool(barc.wording_note()))
        credit = label(barc.credit(), "hint")
        grid = QGridLayout()
        grid.setVerticalSpacing(4)
        self.rows = [StatementRow(self, grid, number) for number in range(BARC_STATEMENTS)]
        self.score = label("", "subtitle")
        self.progress = label("", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.when)
        layout.addWidget(intro)
        layout.addWidget(self.note)
        layout.addWidget(self.scale)
        layout.addLayout(grid)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.score)
        bottom.addWidget(self.progress, 1)
        layout.addLayout(bottom)
        layout.addWidget(credit)
        self._show_score()

    def answered(self) -> None:
        for row in self.rows:
            row.show_words()
        self._show_score()
        self._changed()

    def answers(self) -> list[int | None]:
        return [row.answer() for row in self.rows]

    def _show_score(self) -> None:
        answers = self.answers()
        given = [a for a in answers if a is not None]
        if len(given) == BARC_STATEMENTS:
            self.score.setText(self.tr("Score: {score}").format(score=score_words(sum(given))))
            self.progress.setText("")
        else:
            self.score.setText("")
            self.progress.setText(self.tr("%n of 10 answered.", None, len(given)))

    def not_ready(self) -> str:
        answered = sum(1 for a in self.answers() if a is not None)
        if answered < BARC_STATEMENTS:
            return self.tr("%n of 10 answered: kept once all ten are answered.", None, answered)
        return ""

    def _load(self, record: CapitalCheck) -> None:
        when = QLocale().toString(moment_of(record.at), "dddd d MMMM yyyy, HH:mm")
        self.when.setText(self.tr("Answered on {when}").format(when=when))
        given = list(record.answers) if len(record.answers) == BARC_STATEMENTS else [None] * BARC_STATEMENTS
        for row, answer in zip(self.rows, given, strict=True):
            row.set_answer(answer)
        self._show_score()

    def _clear(self) -> None:
        self.when.clear()
        for row in self.rows:
            row.set_answer(None)
        self._show_score()

    def _build(self, record: CapitalCheck) -> Record:
        return dataclasses.replace(record, answers=tuple(a or BARC_MIN for a in self.answers()))


def blank_sheet() -> CapitalCheck:
    """A sheet to answer now (kept once all ten are answered)."""
    return CapitalCheck(answers=())

