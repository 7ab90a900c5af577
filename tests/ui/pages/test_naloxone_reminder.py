"""The naloxone kit's reminder on Today: from one month before the kit's date, never earlier,
calm, and gone once the date is changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journal.records import Naloxone, SafetyPlan
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import app_vault, settle, unlock
from ui import naloxone
from ui.pages.plan import PlanPage
from ui.pages.today import TodayPage

KIT = Naloxone(kit=True, expires="2026-12-20", where="kitchen drawer")


@pytest.mark.parametrize(
    ("kit", "on", "due"),
    [
        (KIT, dt.date(2026, 11, 19), False),  # a month and a day before: not yet
        (KIT, dt.date(2026, 11, 20), True),  # a month before
        (KIT, dt.date(2026, 12, 20), True),
        (KIT, dt.date(2027, 2, 1), True),  # past its date: still a kind word
        (Naloxone(kit=True, expires="2026-03-31"), dt.date(2026, 2, 27), False),
        (Naloxone(kit=True, expires="2026-03-31"), dt.date(2026, 2, 28), True),  # no 31 February
        (Naloxone(kit=True), dt.date(2026, 12, 20), False),  # no date, nothing to say
        (Naloxone(kit=False, expires="2026-12-20"), dt.date(2026, 12, 20), False),
        (None, dt.date(2026, 12, 20), False),
    ],
)
def test_when_the_reminder_is_due(kit: Naloxone | None, on: dt.date, due: bool) -> None:
    assert naloxone.reminder_due(kit, on) is due


def test_today_reminds_a_month_before_and_not_before(
    qtbot, make_window, closed_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        vault.set_safety_plan(SafetyPlan(reasons=("my kids",), naloxone=KIT))
    day = {"today": dt.date(2026, 11, 19)}
    monkeypatch.setattr(naloxone, "today", lambda: day["today"])
    window = make_window()
    unlock(qtbot, window)
    assert window.shell is not None
    today = window.shell.current_page
    assert isinstance(today, TodayPage)
    settle(qtbot, window)
    assert not today.naloxone.isVisible()

    day["today"] = dt.date(2026, 11, 20)
    window.shell.go("Journal")
    window.shell.go("Today")
    qtbot.waitUntil(today.naloxone.isVisible)
    text = today.naloxone.text.text()
    assert "20 December 2026" in text and "pharmacy" in text
    assert "!" not in text and today.naloxone.property("role") == "card"  # calm, never an alarm

    qtbot.mouseClick(today.naloxone.button, Qt.MouseButton.LeftButton)
    page = window.shell.current_page
    assert isinstance(page, PlanPage)
    qtbot.waitUntil(lambda: page.naloxone.expires.hasFocus())
    # A new kit: a new date, and the reminder goes.
    page.naloxone.expires.setDate(page.naloxone.expires.date().addYears(2))
    page.flush()
    settle(qtbot, window)
    plan = app_vault(window).safety_plan()
    assert plan is not None and plan.naloxone.expires == "2028-12-20"
    window.shell.go("Today")
    settle(qtbot, window)
    assert not today.naloxone.isVisible()
