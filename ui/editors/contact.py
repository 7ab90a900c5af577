"""The contact form: a person who helps, how to reach them, and whether they are in the crisis list."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.records import CONTACT_ROLES, SUPPORT_KINDS, Contact, Record
from journal.summary_sections import ROLE_WORDS

from ..theme import icon
from ..widgets import NoteEdit, named
from .base import Editor, set_buddy, set_plain_text

SUPPORT_WORDS = {
    "emotional": QT_TRANSLATE_NOOP("ContactEditor", "Emotional"),
    "practical": QT_TRANSLATE_NOOP("ContactEditor", "Practical"),
    "information": QT_TRANSLATE_NOOP("ContactEditor", "Information"),
    "company": QT_TRANSLATE_NOOP("ContactEditor", "Company"),
}
SUPPORT_NAMES = {
    "emotional": QT_TRANSLATE_NOOP("ContactEditor", "Gives emotional support"),
    "practical": QT_TRANSLATE_NOOP("ContactEditor", "Gives practical support"),
    "information": QT_TRANSLATE_NOOP("ContactEditor", "Gives information"),
    "company": QT_TRANSLATE_NOOP("ContactEditor", "Gives company"),
}
assert set(SUPPORT_WORDS) == set(SUPPORT_KINDS)


def role_word(role: str) -> str:
    """A contact's role as shown, in the app's language (the summary's words for it)."""
    return translate("summary", ROLE_WORDS[role]) if role in ROLE_WORDS else role


class ContactEditor(Editor):
    kind = "contact"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        named(self.name, self.tr("Name"))
        self.role = QComboBox()
        for value in CONTACT_ROLES:
            self.role.addItem(role_word(value), value)
        named(self.role, self.tr("Role"))
        self.phone = QLineEdit()
        named(self.phone, self.tr("Phone number"))
        self.copy_phone = QPushButton(icon("copy"), self.tr("Copy"))
        named(self.copy_phone, self.tr("Copy phone number"))
        self.email = QLineEdit()
        named(self.email, self.tr("Email"))
        self.support = {kind: QCheckBox(QCoreApplication.translate("ContactEditor",
                SUPPORT_WORDS[kind])) for kind in SUPPORT_KINDS}
        for kind, box in self.support.items():
            named(box, QCoreApplication.translate("ContactEditor", SUPPORT_NAMES[kind]))
        self.crisis = QCheckBox(self.tr("In my crisis list (shown on the Crisis page)"))
        named(self.crisis, self.tr("In my crisis list"))
        self.notes = NoteEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Best times to call, how they help…"))
        named(self.notes, self.tr("Notes"))
        phone_row = QHBoxLayout()
        phone_row.addWidget(self.phone, 1)
        phone_row.addWidget(self.copy_phone)
        support_row = QHBoxLayout()
        for box in self.support.values():
            support_row.addWidget(box)
        support_row.addStretch(1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Phone"), phone_row)
        form.addRow(self.tr("E&mail"), self.email)
        form.addRow(self.tr("Support"), support_row)
        form.addRow("", self.crisis)
        form.addRow(self.tr("N&otes"), self.notes)
        for widget in (self.name, self.role, self.email, self.notes):
            set_buddy(form, widget)
        phone_label = form.labelForField(phone_row)
        if isinstance(phone_label, QLabel):
            phone_label.setBuddy(self.phone)
        self.name.textEdited.connect(self._changed)
        self.role.currentIndexChanged.connect(self._changed)
        self.phone.textEdited.connect(self._changed)
        self.email.textEdited.connect(self._changed)
        for box in self.support.values():
            box.toggled.connect(self._changed)
        self.crisis.toggled.connect(self._changed)
        self.notes.textChanged.connect(self._changed)

    def _load(self, record: Contact) -> None:
        self.name.setText(record.name)
        self.role.setCurrentIndex(max(0, self.role.findData(record.role)))
        self.phone.setText(record.phone)
        self.email.setText(record.email)
        for kind, box in self.support.items():
            box.setChecked(kind in record.support)
        self.crisis.setChecked(record.crisis)
        set_plain_text(self.notes, record.notes)

    def _clear(self) -> None:
        for edit in (self.name, self.phone, self.email):
            edit.clear()
        self.notes.clear()

    def _build(self, record: Contact) -> Record:
        return dataclasses.replace(
            record,
            name=self.name.text().strip() or self.tr("Someone"),
            role=str(self.role.currentData()),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            support=tuple(k for k, box in self.support.items() if box.isChecked()),
            crisis=self.crisis.isChecked(),
            notes=self.notes.toPlainText(),
        )
