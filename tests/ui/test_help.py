"""Help (issue 11): a short offline "How to use" page and About, reachable locked or not."""

from __future__ import annotations

import journal
from tests.ui.conftest import unlock
from ui.dialogs.help import HelpDialog


def help_action(window, words: str):  # type: ignore[no-untyped-def]
    return next(a for a in window.help_menu.actions() if a.text().replace("&", "") == words)


def test_about_says_which_copy_where_the_journal_is_and_that_nothing_goes_online(
    qtbot, make_window, closed_vault
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    help_action(window, "About Recovery Journal").trigger()  # before unlocking too
    about = window.help_dialog
    assert isinstance(about, HelpDialog) and about.isVisible()
    text = " ".join(about.plain_text().split())
    assert journal.version_line() in text
    assert str(closed_vault) in text
    assert "Nothing goes online" in text
    assert "GNU General Public License" in text
    about.close()


def test_how_to_use_opens_with_f1_inside_the_journal(qtbot, make_window, closed_vault) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(qtbot, window)
    how = help_action(window, "How to use")
    assert how.shortcut().toString() == "F1"
    how.trigger()
    text = window.help_dialog.plain_text()
    for words in ("Today", "Log a trigger", "I'm having a hard time", "restore a backup"):
        assert words in text
    window.lock()  # locking closes it, as every window over the journal
    assert not window.help_dialog.isVisible()
