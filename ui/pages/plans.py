"""If–then plans: "if I pass the pub on Friday, then I ring Sam", written on their own here or
straight from a trigger ("Make a plan for next time" on the Triggers page fills in the "if")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from journal.records import Plan, Record

from .. import operations
from ..editors.plan import PlanEditor, category_words
from ..tasks import VaultOp
from .listed import ListedPage


def plan_words(plan: Plan) -> str:
    """A plan as one sentence, and the kind of trigger it is for on a second line."""
    if_part = " ".join(plan.if_part.split()) or "…"
    then_part = " ".join(plan.then_part.split()) or "…"
    sentence = QCoreApplication.translate("plans", "If {situation}, then {action}").format(
        situation=if_part, action=then_part
    )
    return sentence + "\n" + category_words(plan.category)


class PlansPage(ListedPage):
    title = "If–then plans"
    kind = "plan"

    def set_words(self) -> None:
        self.heading = self.tr("If–then plans")
        self.intro = self.tr(
            "Decide now what you will do when a hard moment comes. From a trigger, \"Make a plan "
            "for next time\" starts one for you."
        )
        self.new_label = self.tr("New plan")
        self.empty_text = self.tr(
            "No plans yet. Think of a moment that often comes, and what you could do then."
        )

    def load(self) -> VaultOp[Any]:
        return operations.load_plans()

    def describe(self, record: Record) -> str:
        return plan_words(record) if isinstance(record, Plan) else ""

    def make_new(self, request: dict[str, Any]) -> Record:
        category = request.get("category")
        return Plan(if_part=str(request.get("if_part", "")), then_part="",
                    category=str(category) if category else None)

    def activate(self, request: object = None) -> None:
        editor = self.panel.editor_for("plan")
        if isinstance(editor, PlanEditor):
            self.run(operations.load_then_suggestions(), editor.set_helped)
        super().activate(request)
