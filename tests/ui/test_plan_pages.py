"""Goals, if–then plans and recovery capital through their pages, as a person would: each added,
edited, deleted and put back with Ctrl+Z; a plan made straight from a trigger; the plans a trigger
page shows; Today's next steps and its monthly BARC-10 offer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journal import barc
from journal.records import CapitalCheck, Goal, GoalStep, Plan, Trigger
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import app_vault, settle, unlock
from ui.editors.capital import CapitalEditor
from ui.editors.goal import GoalEditor, keyworker_mark
from ui.editors.plan import PlanEditor
from ui.main_window import MainWindow
from ui.operations import CAPITAL_SKIP_KEY
from ui.pages.capital import CapitalPage
from ui.pages.goals import GoalsPage
from ui.pages.plans import PlansPage
from ui.pages.today import TodayPage
from ui.pages.today_cards import capital_offer_due
from ui.pages.triggers import TriggersPage


def go(window: MainWindow, name: str, request: object = None):  # type: ignore[no-untyped-def]
    assert window.shell is not None
    return window.shell.go(name, request)


def undo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    focus = QApplication.focusWidget()
    if focus is not None:  # Ctrl+Z in a text box undoes typing; here it is the window's undo
        focus.clearFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)


def delete_selected(qtbot, window: MainWindow, page) -> None:  # type: ignore[no-untyped-def]
    # (offscreen, a completer's popup stays the active window after it closes: the window's
    # shortcuts then wait for the window to be active again, as they do for a person)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    settle(qtbot, window)


def seed(folder: Path, *records: object) -> None:
    with Vault.open(folder, PASSPHRASE) as vault:
        for record in records:
            vault.save(record)  # type: ignore[arg-type]


# ---- goals ---------------------------------------------------------------------------------------


def test_a_goal_is_written_edited_deleted_and_put_back(qtbot, make_window, closed_vault) -> None:
    window = make_window()
    unlock(qtbot, window)
    page = go(window, "Goals")
    assert isinstance(page, GoalsPage)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.panel.editor
    assert isinstance(editor, GoalEditor) and editor.text.hasFocus()
    qtbot.keyClicks(editor.text, "Get back into college")
    qtbot.keyClicks(editor.why, "For my kids")
    qtbot.mouseClick(editor.agreed, Qt.MouseButton.LeftButton)
    for step in ("Ring the college", "Go to the open evening"):
        qtbot.keyClicks(editor.steps.entry, step)
        qtbot.keyClick(editor.steps.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    settle(qtbot, window)
    (goal,) = app_vault(window).goals()
    assert goal.text == "Get back into college" and goal.status == "active"
    assert goal.why == "For my kids\n" + keyworker_mark()  # a marker in the words, not a field
    assert goal.steps == (GoalStep("Ring the college"), GoalStep("Go to the open evening"))
    assert "agreed with my keyworker" in page.model.index(0).data()

    # Edit: tick the first step, aim for a date, pause it.
    editor.steps.model.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(editor.has_target, Qt.MouseButton.LeftButton)
    editor.status.setCurrentIndex(editor.status.findData("paused"))
    qtbot.waitUntil(lambda: app_vault(window).get("goal", goal.id).status == "paused", timeout=3000)
    settle(qtbot, window)
    edited = app_vault(window).get("goal", goal.id)
    assert isinstance(edited, Goal)
    assert edited.steps[0].done and edited.next_step() == GoalStep("Go to the open evening")
    assert edited.target is not None

    page.view.setCurrentIndex(page.proxy.index(0, 0))
    delete_selected(qtbot, window, page)
    assert app_vault(window).count("goal") == 0
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    undo(qtbot, window)
    assert app_vault(window).get("goal", goal.id) == edited
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_today_shows_each_active_goals_next_step_and_ticks_it(qtbot, make_window, closed_vault) -> None:
    overdue = Goal(text="Sleep better", target="2020-01-01",
                   steps=(GoalStep("No screens after ten", True), GoalStep("Same bedtime all week")))
    seed(closed_vault, overdue,
         Goal(text="A finished one", status="done", steps=(GoalStep("done", True),)),
         Goal(text="Resting for now", status="paused", steps=(GoalStep("later"),)))
    window = make_window()
    unlock(qtbot, window)
    today = go(window, "Today")
    assert isinstance(today, TodayPage)
    card = today.steps_card
    qtbot.waitUntil(lambda: card.model.rowCount() == 1)
    text = card.model.item(0).text()
    assert "Same bedtime all week" in text and "Sleep better" in text
    # A target date long past is not a scolding: no word about it on Today.
    assert "2020" not in text and "overdue" not in text.lower() and "late" not in text.lower()
    card.model.item(0).setCheckState(Qt.CheckState.Checked)
    settle(qtbot, window)
    saved = app_vault(window).get("goal", overdue.id)
    assert isinstance(saved, Goal) and saved.next_step() is None
    qtbot.waitUntil(lambda: not card.isVisible())


# ---- if-then plans ---------------------------------------------------------------------------------


def test_a_plan_is_written_edited_deleted_and_put_back(qtbot, make_window, closed_vault) -> None:
    seed(
        closed_vault,
        Trigger(situation="payday", category="times", intensity=7, response="Gave my card to my sister",
                outcome="resisted"),
        Trigger(situation="party", category="people", intensity=8, response="Stayed till late",
                outcome="used"),
    )
    window = make_window()
    unlock(qtbot, window)
    page = go(window, "If–then plans")
    assert isinstance(page, PlansPage)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.panel.editor
    assert isinstance(editor, PlanEditor)
    # "Then" offers what helped when the person got through a trigger, and only that.
    qtbot.waitUntil(lambda: editor.helped.stringList() == ["Gave my card to my sister"])
    qtbot.keyClicks(editor.if_part, "I get paid")
    qtbot.keyClicks(editor.then_part, "my card")
    popup = editor.completer.popup()
    qtbot.waitUntil(lambda: popup is not None and popup.isVisible())
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app_vault(window).count("plan") == 1, timeout=3000)
    settle(qtbot, window)
    (plan,) = app_vault(window).plans()
    assert (plan.if_part, plan.then_part, plan.category) == ("I get paid", "Gave my card to my sister", None)

    editor.category.setCurrentIndex(editor.category.findData("times"))
    qtbot.waitUntil(lambda: app_vault(window).get("plan", plan.id).category == "times", timeout=3000)
    settle(qtbot, window)
    edited = app_vault(window).get("plan", plan.id)
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    delete_selected(qtbot, window, page)
    assert app_vault(window).count("plan") == 0
    undo(qtbot, window)
    assert app_vault(window).get("plan", plan.id) == edited


def test_make_a_plan_from_a_trigger_fills_the_if_and_the_trigger_page_shows_its_plans(
    qtbot, make_window, closed_vault
) -> None:
    trigger = Trigger(situation="Walked past the pub\non the way home", category="places", intensity=6)
    seed(
        closed_vault, trigger,
        Plan(if_part="I see the pub", then_part="I cross the road", category="places"),
        Plan(if_part="Mum rings", then_part="I keep it short", category="people"),
        Plan(if_part="anything", then_part="I ring Dee", category=None),
    )
    window = make_window()
    unlock(qtbot, window)
    triggers = go(window, "Triggers", {"open": ("trigger", trigger.id)})
    assert isinstance(triggers, TriggersPage)
    qtbot.waitUntil(lambda: triggers.panel.record_id == trigger.id)
    qtbot.waitUntil(lambda: triggers.plans.isVisible() and triggers.plans.model.rowCount() == 2)
    shown = [triggers.plans.model.index(row).data() for row in range(2)]
    assert "I cross the road" in shown[0] and "I ring Dee" in shown[1]  # its kind first, then any kind
    assert not any("I keep it short" in text for text in shown)  # not another kind's

    qtbot.mouseClick(triggers.trigger_editor.make_plan, Qt.MouseButton.LeftButton)
    plans = window.shell.current_page  # type: ignore[union-attr]
    assert isinstance(plans, PlansPage)
    editor = plans.panel.editor
    assert isinstance(editor, PlanEditor)
    assert editor.if_part.toPlainText() == "Walked past the pub on the way home"
    assert editor.category.currentData() == "places"
    qtbot.keyClicks(editor.then_part, "I take the bus")
    qtbot.waitUntil(lambda: app_vault(window).count("plan") == 4, timeout=3000)
    settle(qtbot, window)

    # Back on the trigger, the new plan is among those for places.
    go(window, "Triggers", {"open": ("trigger", trigger.id)})
    qtbot.waitUntil(lambda: triggers.plans.model.rowCount() == 3)


# ---- recovery capital ------------------------------------------------------------------------------


def answer_all(qtbot, editor: CapitalEditor, answers: list[int]) -> None:  # type: ignore[no-untyped-def]
    for row, answer in zip(editor.rows, answers, strict=False):
        qtbot.mouseClick(row.group.button(answer), Qt.MouseButton.LeftButton)


def test_capital_is_answered_edited_deleted_and_put_back(qtbot, make_window, closed_vault) -> None:
    window = make_window()
    unlock(qtbot, window)
    page = go(window, "Recovery capital", {"new": True})
    assert isinstance(page, CapitalPage)
    editor = page.panel.editor
    assert isinstance(editor, CapitalEditor)
    # The published English statements and the authors' credit are on screen.
    assert [row.words.text().split(". ", 1)[1] for row in editor.rows] == list(barc.STATEMENTS)
    assert "Vilsaint" in " ".join(w.text() for w in editor.findChildren(type(editor.when)))
    answers = [5, 4, 6, 3, 5, 4, 5, 6, 4, 5]
    answer_all(qtbot, editor, answers[:9])
    settle(qtbot, window)
    assert app_vault(window).count("capital") == 0  # kept only once all ten are answered
    assert "9 of 10" in page.panel.status.text()
    qtbot.mouseClick(editor.rows[9].group.button(5), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app_vault(window).count("capital") == 1, timeout=3000)
    settle(qtbot, window)
    (sheet,) = app_vault(window).capital_history()
    assert sheet.answers == tuple(answers) and sheet.score == 47
    assert "47 of 60" in editor.score.text()

    qtbot.mouseClick(editor.rows[3].group.button(6), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app_vault(window).get("capital", sheet.id).score == 50, timeout=3000)
    settle(qtbot, window)
    edited = app_vault(window).get("capital", sheet.id)
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    delete_selected(qtbot, window, page)
    assert app_vault(window).count("capital") == 0
    undo(qtbot, window)
    assert app_vault(window).get("capital", sheet.id) == edited


@pytest.mark.parametrize(
    ("latest", "skipped", "today", "due"),
    [
        (None, "", "2026-11-30", True),  # never answered: offered
        (None, "2026-11", "2026-11-30", False),  # "not this month" holds to the month's end
        (None, "2026-11", "2026-12-01", True),  # and the next month it is offered again
        ("2026-11-02", "", "2026-11-29", False),  # answered this month: not again
        ("2026-10-30", "", "2026-11-05", False),  # answered a week ago, in another month: not yet
        ("2026-10-05", "", "2026-11-05", True),  # a month on: offered
    ],
)
def test_the_capital_offer_comes_about_once_a_month(latest, skipped, today, due) -> None:
    sheet = None if latest is None else CapitalCheck(answers=(4,) * 10, at=f"{latest}T10:00:00+00:00")
    assert capital_offer_due(sheet, skipped, dt.date.fromisoformat(today)) is due


def test_today_offers_capital_and_remembers_not_this_month(qtbot, make_window, closed_vault) -> None:
    window = make_window()
    unlock(qtbot, window)
    today = go(window, "Today")
    card = today.capital_card
    qtbot.waitUntil(card.isVisible)
    qtbot.mouseClick(card.skip, Qt.MouseButton.LeftButton)
    assert not card.isVisible()
    settle(qtbot, window)
    assert app_vault(window).setting(CAPITAL_SKIP_KEY) == dt.date.today().isoformat()[:7]
    window.lock()
    unlock(qtbot, window)
    today = go(window, "Today")
    settle(qtbot, window)
    assert not today.capital_card.isVisible()


def test_answer_now_opens_the_statements(qtbot, make_window, closed_vault) -> None:
    window = make_window()
    unlock(qtbot, window)
    card = go(window, "Today").capital_card
    qtbot.waitUntil(card.isVisible)
    qtbot.mouseClick(card.answer, Qt.MouseButton.LeftButton)
    page = window.shell.current_page  # type: ignore[union-attr]
    assert isinstance(page, CapitalPage) and isinstance(page.panel.editor, CapitalEditor)
    answer_all(qtbot, page.panel.editor, [4] * 10)
    qtbot.waitUntil(lambda: app_vault(window).count("capital") == 1, timeout=3000)
    settle(qtbot, window)
    today = go(window, "Today")
    settle(qtbot, window)
    assert not today.capital_card.isVisible()  # answered this month


def test_the_record_pages_fit_a_small_laptop_screen(qtbot, make_window, closed_vault) -> None:
    """At 1024×600 every page the record adds or changes fits: its forms scroll rather than
    making the window taller than the screen (a trigger with its plans, nine goal steps, the ten
    statements)."""
    trigger = Trigger(situation="payday", category="people", intensity=3)
    seed(closed_vault, trigger, Plan(if_part="a", then_part="b", category="people"),
         Goal(text="many steps", steps=tuple(GoalStep(f"step {i}") for i in range(9))),
         CapitalCheck(answers=(4,) * 10))
    window = make_window()
    unlock(qtbot, window)
    for name in ("Today", "Triggers", "Goals", "If–then plans", "Recovery capital", "Trends", "Settings"):
        request = {"open": ("trigger", trigger.id)} if name == "Triggers" else None
        page = go(window, name, request)
        settle(qtbot, window)
        if hasattr(page, "proxy"):
            page.view.setCurrentIndex(page.proxy.index(0, 0))
            settle(qtbot, window)
        needed = window.minimumSizeHint()
        assert needed.width() <= 1024 and needed.height() <= 600, (name, needed)
    # The page list holds all fourteen pages at that size, Settings too, without scrolling.
    window.resize(1024, 600)
    nav = window.shell.nav  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: nav.height() < 500)
    assert nav.count() == 14 and nav.verticalScrollBar().maximum() == 0
    assert nav.visualItemRect(nav.item(nav.count() - 1)).bottom() <= nav.viewport().height()
