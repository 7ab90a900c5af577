"""The pseudo-language check on the app's own screens, switched on screen by screen.

Each screen in CHECKED is opened in the accented pseudo-language (en-XA) at the default window
size, and the test fails on any visible English (a string that skipped tr()) and any label or
button too small for its 40%-longer text. When a screen's strings are translatable, add its key
to CHECKED. To see what is left everywhere: `RJ_PSEUDO_ALL=1 make test` (or run this file).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.exceptions import TimeoutError as WaitTimeout

from journal import kdf
from journal.i18n import PSEUDO_LONG
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.i18n_support import ensure_built
from tests.ui.conftest import settle, unlock
from tests.ui.i18n_check import clipped, untranslated
from ui import i18n as ui_i18n

# Words that are the same in every language.
ALLOWED = frozenset({"PDF", "JSON", "A4", "XXXXX", "English", "Polski"})  # XXXXX: the recovery key's shape;
# English, Polski: the language box names each language in its own words.

Opener = Callable[..., list[QWidget]]


def _welcome(qtbot, make_window, data_dir) -> list[QWidget]:  # type: ignore[no-untyped-def]
    window = make_window()
    return [window]


def _unlock(qtbot, make_window, data_dir) -> list[QWidget]:  # type: ignore[no-untyped-def]
    Vault.create(data_dir, PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    return [make_window()]


def _locked_crisis(qtbot, make_window, data_dir) -> list[QWidget]:  # type: ignore[no-untyped-def]
    window = _unlock(qtbot, make_window, data_dir)[0]
    window.show_locked_crisis()  # type: ignore[attr-defined]
    return [window]


def _forgot(qtbot, make_window, data_dir) -> list[QWidget]:  # type: ignore[no-untyped-def]
    window = _unlock(qtbot, make_window, data_dir)[0]
    window.show_forgot()  # type: ignore[attr-defined]
    screen = window.forgot_screen  # type: ignore[attr-defined]
    screen.key.setText("not a key")
    screen.open_button.click()  # the typo message, at its longest
    return [screen]


def _recovery_key_dialog(qtbot, make_window, data_dir) -> list[QWidget]:  # type: ignore[no-untyped-def]
    from ui.dialogs.recovery_key import RecoveryKeyDialog

    window = _unlock(qtbot, make_window, data_dir)[0]
    unlock(qtbot, window)
    dialogs = []
    for first, has_key in ((True, False), (False, True)):
        dialog = RecoveryKeyDialog(window.shell.context, first_journal=first, has_key=has_key,  # type: ignore[attr-defined]
                                   parent=window)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialogs.append(dialog)
    return dialogs


def _journal_page(name: str) -> Opener:
    def open_page(qtbot, make_window, data_dir) -> list[QWidget]:  # type: ignore[no-untyped-def]
        window = _unlock(qtbot, make_window, data_dir)[0]
        unlock(qtbot, window)
        window.shell.go(name)  # type: ignore[attr-defined]
        settle(qtbot, window)
        return [window]

    return open_page


def _hard_time(qtbot, make_window, data_dir) -> list[QWidget]:  # type: ignore[no-untyped-def]
    window = _unlock(qtbot, make_window, data_dir)[0]
    unlock(qtbot, window)
    view = window.shell.open_hard_time()  # type: ignore[attr-defined]
    settle(qtbot, window)
    return [view]


def _new_record(name: str) -> Opener:
    """A page with a new record open in its editor (the trigger, agenda and contact forms)."""
    def open_page(qtbot, make_window, data_dir) -> list[QWidget]:  # type: ignore[no-untyped-def]
        window = _unlock(qtbot, make_window, data_dir)[0]
        unlock(qtbot, window)
        page = window.shell.go(name, {"new": True})  # type: ignore[attr-defined]
        if name == "Support":
            page.new_contact()
        settle(qtbot, window)
        return [window]

    return open_page


# Screen key -> how to reach it (returns the widgets to check). Keys of pages inside the journal
# are the names in ui.pages.shell.PAGES.
OPENERS: dict[str, Opener] = {
    "welcome": _welcome,
    "unlock": _unlock,
    "locked-crisis": _locked_crisis,
    "forgot": _forgot,
    "recovery-key-dialog": _recovery_key_dialog,
    "hard-time": _hard_time,
    "new-trigger": _new_record("Triggers"),
    "new-agenda-item": _new_record("Agenda"),
    "new-contact": _new_record("Support"),
    **{
        name: _journal_page(name)
        for name in (
            "Today", "Journal", "Triggers", "Gratitude", "Support", "Crisis", "My plan", "Agenda",
            "Trends", "Summary", "Settings",
        )
    },
}

# Screens whose strings are all translatable: the check holds them to it.
CHECKED: tuple[str, ...] = tuple(OPENERS)

SCREENS = tuple(OPENERS) if os.environ.get("RJ_PSEUDO_ALL") else CHECKED


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    ensure_built()
    ui_i18n.install(qapp, PSEUDO_LONG)
    yield
    ui_i18n.uninstall(qapp)


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.usefixtures("pseudo")
def test_screen_in_the_pseudo_language(screen: str, qtbot, make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    roots = OPENERS[screen](qtbot, make_window, data_dir)

    def problems_now() -> list[str]:
        return [str(finding) for root in roots for finding in (*untranslated(root, ALLOWED), *clipped(root))]

    # Let the layout settle as a person would see it: wrapped labels take their height for their
    # final width, and a scrolling form beside a list asks for its width after its first layout
    # (seen: the contact form's check boxes measured mid-layout on a loaded machine, then fine).
    with contextlib.suppress(WaitTimeout):
        qtbot.waitUntil(lambda: not problems_now(), timeout=3000)
    problems = problems_now()
    assert not problems, f"{len(problems)} on {screen}:\n" + "\n".join(problems)


def test_every_checked_screen_can_be_opened() -> None:
    assert set(CHECKED) <= set(OPENERS)
