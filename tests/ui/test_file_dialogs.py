"""Qt's file dialogs leave no folder name on the computer (issue 12, point 3; ui/file_dialogs.py):
every dialog the app opens (the two folder choosers, back up to a folder, export, import, the
recovery sheet and the summary's Save as PDF) is used with a folder whose name gives the person
away, and afterwards no QtProject.conf is in the home or XDG folders, and nothing in the app's own
settings folder holds the name either."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.ui.conftest import settle, unlock
from ui.main_window import MainWindow
from ui.pages.settings import SettingsPage
from ui.pages.summary import SummaryPage

NAME = "Janes-rehab-journal"


def open_dialog(window: MainWindow) -> QFileDialog:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def choose(window: MainWindow, path: Path) -> None:
    dialog = open_dialog(window)
    dialog.selectFile(str(path))
    dialog.accept()


def answer(qtbot, window: MainWindow, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Choose `path` in the open dialog, as a person would, and let the dialog go; by then (Qt
    writes its history when the dialog is destroyed) no file may hold the folder's name, so each
    dialog is checked on its own, not only by the forgetting at quit."""
    choose(window, path)
    qtbot.waitUntil(lambda: not [w for w in QApplication.topLevelWidgets()
                                 if isinstance(w, QFileDialog)], timeout=5000)
    assert_nothing_remembers(window)


def assert_nothing_remembers(window: MainWindow) -> None:
    home = Path(os.environ["HOME"])
    app_settings = Path(window.session.ui_settings.file_name()).parent
    assert [p for p in every_file(home) if p.name == "QtProject.conf"] == []
    holding = [p for p in every_file(home, app_settings) if NAME.encode() in p.read_bytes()]
    assert holding == []


def every_file(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.rglob("*") if p.is_file()]


def test_no_file_dialog_leaves_a_folder_name_behind(  # type: ignore[no-untyped-def]
    qtbot, make_window, closed_vault, tmp_path: Path, ui_settings
) -> None:
    telling = tmp_path / NAME
    telling.mkdir(mode=0o700)
    window = make_window()

    window.unlock_screen.other_button.click()  # "Open another journal folder…"
    answer(qtbot, window, telling)
    window.session.folder = closed_vault
    window.show_start()
    window.unlock_screen.new_button.click()  # "Start a new journal here…"
    answer(qtbot, window, telling)
    window.session.folder = closed_vault
    window.show_start()

    unlock(qtbot, window)
    assert window.shell is not None
    settings = window.shell.go("Settings")
    assert isinstance(settings, SettingsPage)
    settings.backup_to_button.click()
    answer(qtbot, window, telling)
    settings.export_button.click()
    answer(qtbot, window, telling / "export.json")
    settings.import_button.click()
    answer(qtbot, window, telling / "export.json")
    settle(qtbot, window)
    settings.recovery_box.make_button.click()  # "Make a recovery key…", then "Save as a PDF…"
    sheet_dialog = settings.recovery_box.dialog
    assert sheet_dialog is not None
    sheet_dialog.choose_file()
    answer(qtbot, window, telling / "recovery-sheet.pdf")
    qtbot.waitUntil(lambda: "Saved your recovery sheet" in sheet_dialog.message.text(), timeout=10000)
    assert (telling / "recovery-sheet.pdf").is_file()
    sheet_dialog.close()

    summary = window.shell.go("Summary")
    assert isinstance(summary, SummaryPage)
    qtbot.waitUntil(lambda: summary.content is not None, timeout=10000)
    QTimer.singleShot(200, lambda: choose(window, telling / "summary.pdf"))
    summary.choose_and_save_pdf()  # Qt's static dialog, modal
    assert_nothing_remembers(window)
    assert list(telling.glob("*.pdf")) and (telling / "export.json").is_file()
    window.close()

    home = Path(os.environ["HOME"])
    assert [p for p in every_file(home) if p.name == "QtProject.conf"] == []
    app_settings = Path(ui_settings.file_name()).parent
    holding = [p for p in every_file(home, app_settings) if NAME.encode() in p.read_bytes()]
    assert holding == []
