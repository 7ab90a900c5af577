"""The named operations the recovery plan's pages will run (ui/operations.py): each does its work
on the vault, says which kinds it changes (so every page showing them reloads), and an import
reloads the new kinds too."""

from __future__ import annotations

from journal import exchange
from journal.records import Contact, Goal, GoalStep, Plan, SafetyPlan, UseTracking
from journal.vault import Vault
from ui import operations


def test_the_plan_pages_operations_read_and_write_through_the_vault(vault: Vault) -> None:
    sam = vault.save(Contact(name="Sam", role="sponsor"))
    saved = operations.save_safety_plan(SafetyPlan(ask_for_help=(sam.id,)))
    assert saved.changes == ("safety_plan",)
    saved.work(vault)
    plan, contacts = operations.load_safety_plan().work(vault)
    assert plan is not None and plan.ask_for_help == (sam.id,) and contacts == [sam]

    vault.save(Goal(text="college", steps=(GoalStep("ring"),)))
    assert [g.text for g in operations.load_goals("active").work(vault)] == ["college"]
    vault.save(Plan("pub", "ring Sam", "places"))
    assert len(operations.load_plans("places", all_plans=False).work(vault)) == 1
    assert operations.load_plans("things", all_plans=False).work(vault) == []

    operations.save_use_tracking(UseTracking(True, ("alcohol",))).work(vault)
    answer = operations.answer_use("2026-11-21", "alcohol", False)
    assert answer.changes == ("use",)
    saved_answer, replaced = answer.work(vault)
    assert replaced is None
    day = operations.load_use_day("2026-11-21").work(vault)
    assert day.tracking.on and day.answers == [saved_answer]
    records, days = operations.load_use_record("2026-11-01", "2026-11-30").work(vault)
    assert records == [saved_answer] and (days[0].days_used, days[0].days_answered) == (0, 1)
    assert operations.load_capital().work(vault) == []
    assert operations.load_companions("2026-11-01", "2026-11-30").work(vault) == []


def test_an_import_reloads_every_kind_it_can_bring() -> None:
    assert set(operations.IMPORTED_KINDS) == set(exchange.IMPORTED_KINDS)
