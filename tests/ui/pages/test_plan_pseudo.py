"""My plan, the hard-time view and both crisis pages in the accented pseudo-language (en-XA): no
English left on them (every word went through translation) and no label or button cut short.

Checked screen by screen rather than as the whole window (tests/ui/test_pseudo_pages.py), because
the sidebar and menus around them are not translated yet.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from journal.i18n import PSEUDO_LONG
from journal.records import Contact, Naloxone, SafetyPlan
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.i18n_support import ensure_built
from tests.ui.conftest import settle, unlock
from tests.ui.i18n_check import clipped, untranslated
from ui import i18n as ui_i18n
from ui.main_window import MainWindow

ALLOWED = frozenset({"UK", "NHS", "FRANK", "A&E", "AE"})


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    ensure_built()
    ui_i18n.install(qapp, PSEUDO_LONG)
    yield
    ui_i18n.uninstall(qapp)


def problems(root: QWidget) -> list[str]:
    QApplication.processEvents()  # laid out as shown
    return [str(finding) for finding in (*untranslated(root, ALLOWED), *clipped(root))]


@pytest.mark.usefixtures("pseudo")
def test_the_plan_the_hard_time_view_and_the_crisis_pages_are_translated(
    qtbot, make_window, closed_vault
) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        dee = vault.save(Contact(name="Dee", role="sponsor", phone="07700 900123", crisis=True))
        vault.set_safety_plan(SafetyPlan(reasons=("my kids",), ask_for_help=(dee.id,),
                                         naloxone=Naloxone(kit=True, expires="2030-01-01")))
    window: MainWindow = make_window()
    window.show_locked_crisis()
    assert problems(window.crisis) == []
    window.show_start()
    unlock(qtbot, window)
    shell = window.shell
    assert shell is not None
    found: dict[str, list[str]] = {}
    for name in ("My plan", "Crisis"):
        page = shell.go(name)
        settle(qtbot, window)
        found[name] = problems(page)
    view = shell.open_hard_time()
    settle(qtbot, window)
    for step in range(view.steps.count()):
        view.show_step(step)
        found[f"hard time, step {step + 1}"] = problems(view)
    view.start({"after": "used"})
    found["hard time, after I used"] = problems(view)
    assert {where: p for where, p in found.items() if p} == {}
