"""The pseudo-language check (tests/ui/i18n_check.py) on what the record's screens add: the Goals,
If–then plans and Recovery capital pages, Trends, Today's check-in and new cards, the trigger
page's plans and the Settings use-record box. (The whole window joins tests/ui/test_pseudo_pages.py
once the shell and menus around these are translated too.)

In en-XA every translated string comes back bracketed and 40% longer: English left on these
widgets skipped tr(), and a label too small for the longer words is cut off. The ten BARC-10
statements are the exception on purpose: they keep their published English wording.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from journal import barc
from journal.i18n import PSEUDO_LONG
from journal.records import (
    CapitalCheck,
    CheckIn,
    Contact,
    Goal,
    GoalStep,
    Plan,
    Trigger,
    UseRecord,
    UseTracking,
)
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.i18n_support import ensure_built
from tests.ui.conftest import settle, unlock
from tests.ui.i18n_check import clipped, untranslated
from ui import i18n as ui_i18n
from ui.main_window import MainWindow

ALLOWED = frozenset({"BARC"})


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    ensure_built()
    ui_i18n.install(qapp, PSEUDO_LONG)
    yield
    ui_i18n.uninstall(qapp)


@pytest.fixture
def full_vault(closed_vault: Path) -> Path:
    today = dt.date.today()
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        dee = vault.save(Contact(name="Dee", role="sponsor", support=("emotional",)))
        for offset in range(30):
            day = today - dt.timedelta(days=offset)
            vault.save(CheckIn(hope=offset % 10, mood=5, peer_contact=offset % 2 == 0,
                               with_ids=(dee.id,) if offset % 2 == 0 else (),
                               at=f"{day.isoformat()}T12:00:00+00:00"))
            vault.save(UseRecord("alcohol", offset % 7 == 0, "", day.isoformat()))
        vault.save(Trigger(situation="payday", category="times", intensity=6, response="rang Dee"))
        vault.save(Goal(text="Walk every morning", target="2020-01-01", steps=(GoalStep("find a route"),)))
        vault.save(Plan(if_part="I get paid", then_part="I ring Dee", category="times"))
        vault.save(CapitalCheck(answers=(5, 4, 6, 3, 5, 4, 5, 6, 4, 5),
                                at=f"{(today - dt.timedelta(days=40)).isoformat()}T10:00:00+00:00"))
        vault.set_use_tracking(UseTracking(True, ("alcohol",)))
    return closed_vault


def problems(*roots: QWidget) -> list[str]:
    laid_out()
    return [str(f) for root in roots for f in (*untranslated(root, ALLOWED), *clipped(root))]


def laid_out() -> None:
    """Let the layouts finish before measuring: a record just loaded into a form posts layout
    requests that the scroll area answers a moment later, as it does before a person sees it."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def open_window(qtbot, make_window) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(qtbot, window)
    settle(qtbot, window)
    return window


@pytest.mark.usefixtures("pseudo", "full_vault")
@pytest.mark.parametrize("name", ["Goals", "If–then plans", "Recovery capital", "Trends"])
def test_the_new_pages_speak_the_pseudo_language(qtbot, make_window, name: str) -> None:
    window = open_window(qtbot, make_window)
    assert window.shell is not None
    page = window.shell.go(name)
    settle(qtbot, window)
    if hasattr(page, "view") and hasattr(page, "proxy"):
        page.view.setCurrentIndex(page.proxy.index(0, 0))  # open the first, so its form shows
        settle(qtbot, window)
    found = problems(page)
    assert not found, f"{len(found)} on {name}:\n" + "\n".join(found)


@pytest.mark.usefixtures("pseudo", "full_vault")
def test_the_statements_keep_their_published_english_with_a_note(qtbot, make_window) -> None:
    window = open_window(qtbot, make_window)
    assert window.shell is not None
    page = window.shell.go("Recovery capital", {"new": True})
    settle(qtbot, window)
    editor = page.panel.editor
    assert [row.words.text().split(". ", 1)[1] for row in editor.rows] == list(barc.STATEMENTS)
    assert editor.note.isVisible() and editor.note.text().startswith("[")  # the note, translated


@pytest.mark.usefixtures("pseudo", "full_vault")
def test_todays_checkin_and_cards_speak_the_pseudo_language(qtbot, make_window) -> None:
    window = open_window(qtbot, make_window)
    assert window.shell is not None
    today = window.shell.go("Today")
    settle(qtbot, window)
    qtbot.waitUntil(lambda: today.use_card.isVisible() and today.steps_card.isVisible()
                    and today.capital_card.isVisible())
    today.checkin.peer.setChecked(True)
    today.choose_time()
    found = problems(today.checkin, today.use_card, today.steps_card, today.capital_card,
                     today.other_time, today.another)
    assert not found, "\n".join(found)
    settings = window.shell.go("Settings")
    settle(qtbot, window)
    found = problems(settings.use_on.parentWidget())
    assert not found, "\n".join(found)
    triggers = window.shell.go("Triggers")
    settle(qtbot, window)
    triggers.view.setCurrentIndex(triggers.model.index(0))
    qtbot.waitUntil(triggers.plans.isVisible)
    found = problems(triggers.plans, triggers.trigger_editor.make_plan)
    assert not found, "\n".join(found)
