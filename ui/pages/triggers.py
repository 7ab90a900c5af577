"""Triggers: what set off a craving, what was done, and how it went; beside the open trigger,
the if–then plans for its kind, and "Make a plan for next time", which starts a plan on the
If–then plans page with what happened as its "if"."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QFrame, QListView, QVBoxLayout, QWidget

from journal.i18n import QT_TRANSLATE_NOOP
from journal.records import Plan, Record, Trigger

from .. import operations
from ..context import Context
from ..editors.trigger import TriggerEditor
from ..widgets import label, named
from ..words import trigger_kind
from .listed import RecordRole, RecordsModel
from .plans import plan_words
from .records import RecordsPage


class PlansForKind(QFrame):
    """The plans for the open trigger's kind (and those for any kind); Enter opens one."""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = label("", "subtitle")
        self.model = RecordsModel(lambda r: plan_words(r) if isinstance(r, Plan) else "", lambda _r: "", self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setMaximumHeight(self.view.fontMetrics().height() * 6 + 16)
        named(self.view, self.tr("Your plans for this kind of trigger"), self.tr("Press Enter to open one"))
        self.none = label("", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        layout.addWidget(self.none)
        self.view.activated.connect(self._open)

    def show_plans(self, category: str, plans: list[Plan]) -> None:
        self.title.setText(self.tr("Your plans for {kind}").format(kind=trigger_kind(category).lower()))
        self.model.set_records(list(plans))
        self.view.setVisible(bool(plans))
        self.none.setVisible(not plans)
        self.none.setText(
            self.tr("No plan for this kind of trigger yet. \"Make a plan for next time\" starts one.")
        )

    def _open(self, index: QModelIndex) -> None:
        plan = index.data(RecordRole)
        if isinstance(plan, Plan):
            self.context.navigate.emit("If–then plans", {"open": plan.id})


class TriggersPage(RecordsPage):
    title = "Triggers"
    kinds = ("trigger",)
    intro = QT_TRANSLATE_NOOP(
        "RecordsPage",
        "Noticing what sets off a craving is how you learn what helps. "
        "Write down what happened and what you did.",
    )
    new_label = QT_TRANSLATE_NOOP("RecordsPage", "Log a trigger")
    empty_text = QT_TRANSLATE_NOOP("RecordsPage", "No triggers logged yet.")

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.plans = PlansForKind(context)
        self.plans.hide()
        self.panel.add_below(self.plans)
        self.trigger_editor = cast(TriggerEditor, self.panel.editor_for("trigger"))
        self.trigger_editor.plan_requested.connect(self.make_plan)
        self.trigger_editor.loaded.connect(self.load_plans)
        self.trigger_editor.category.currentIndexChanged.connect(self.load_plans)
        context.changed.connect(lambda kind, _source: self.load_plans() if kind == "plan" else None)

    def make_new(self) -> Record | None:
        return Trigger(situation="", category="feelings", intensity=5)

    def load_plans(self) -> None:
        if self.trigger_editor.base is None or self.panel.editor is not self.trigger_editor:
            self.plans.hide()
            return
        category = str(self.trigger_editor.category.currentData())

        def done(plans: list[Plan]) -> None:
            if str(self.trigger_editor.category.currentData()) == category:
                self.plans.show_plans(category, plans)
                self.plans.setVisible(self.trigger_editor.base is not None)

        self.run(operations.load_trigger_plans(category), done)

    def make_plan(self, situation: str, category: str) -> None:
        """A new if-then plan on the If–then plans page, its "if" what happened here."""
        self.panel.flush()
        if_part = " ".join(situation.split())
        self.context.navigate.emit("If–then plans", {"new": {"if_part": if_part, "category": category}})
