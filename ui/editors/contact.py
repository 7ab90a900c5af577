"""The contact form: a person who helps, how to reach them, and whether they are in the crisis list."""

from __future__ import annotations

import dataclasses

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

from journal.records import CONTACT_ROLES, SUPPORT_KINDS, Contact, Record

from ..theme import icon
from ..widgets import NoteEdit, named
from .base import Editor, set_buddy, set_plain_text

ROLE_WORDS = {r: ("GP" if r == "GP" else r.capitalize()) for r in CONTACT_ROLES}


class ContactEditor(Editor):
    kind = "contact"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        named(self.name, "Name")
        self.role = QComboBox()
        for value in CONTACT_ROLES:
            self.role.addItem(ROLE_WORDS[value], value)
        named(self.role, "Role")
        self.phone = QLineEdit()
        named(self.phone, "Phone number")
        self.copy_phone = QPushButton(icon("copy"), "Copy")
        named(self.copy_phone, "Copy phone number")
        self.email = QLineEdit()
        named(self.email, "Email")
        self.support = {kind: QCheckBox(kind.capitalize()) for kind in SUPPORT_KINDS}
        for kind, box in self.support.items():
            named(box, f"Gives {kind} support")
        self.crisis = QCheckBox("In my crisis list (shown on the Crisis page)")
        named(self.crisis, "In my crisis list")
        self.notes = NoteEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText("Best times to call, how they help…")
        named(self.notes, "Notes")
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
        form.addRow("&Name", self.name)
        form.addRow("&Role", self.role)
        form.addRow("&Phone", phone_row)
        form.addRow("&Email", self.email)
        form.addRow("Support", support_row)
        form.addRow("", self.crisis)
        form.addRow("N&otes", self.notes)
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
            name=self.name.text().strip() or "Someone",
            role=str(self.role.currentData()),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            support=tuple(k for k, box in self.support.items() if box.isChecked()),
            crisis=self.crisis.isChecked(),
            notes=self.notes.toPlainText(),
        )
