"""The app window: its menus and the stack of screens (locked screens, then the unlocked journal).

What is open, and when it locks, is the session's business (ui/session.py); the window shows what
the session tells it and hands every request from its screens and menus to it. Its title never
shows anything personal.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QRect, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QStackedWidget, QWidget

from journal import kdf, paths
from journal.i18n import QT_TRANSLATE_NOOP, Language

from . import i18n as ui_i18n
from . import window_size
from .crash import CrashHandler
from .file_dialogs import forget_dialog_history, keep_qt_settings_beside
from .locked.folders import choose_folder
from .locked.unlock import UnlockScreen
from .session import Session, close_transient_windows
from .theme import UiSettings, apply_theme, icon
from .widgets import announce, set_by_name

if TYPE_CHECKING:  # Qt's namespace and QEvent are imported where used: see ui.widgets
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog

    from .context import Context
    from .locked.crisis import LockedCrisisPage
    from .locked.forgot import ForgotScreen
    from .locked.welcome import WelcomeScreen
    from .pages.shell import Shell
    from .reminder import DailyReminder

APP_TITLE: Final = QT_TRANSLATE_NOOP("MainWindow", "Recovery Journal")  # the product's name
REMINDER_SHOWN_MS: Final = 5 * 60 * 1000
FRAME_WATCH_MS: Final = 4


class MainWindow(QMainWindow):
    """The app window. Its title never shows anything personal."""

    unlocked = Signal()
    locked = Signal()
    # Once, just after the window's first frame is on the screen: what the first screen does not
    # need in order to be seen is done then (ui.app.run_app; bench/unlock_screen.py times both).
    first_frame = Signal()

    def __init__(
        self,
        data_dir: Path,
        *,
        ui_settings: UiSettings | None = None,
        profile: kdf.KdfProfile = kdf.DEFAULT_PROFILE,
        idle_ms: int | None = None,
        crash: CrashHandler | None = None,
    ) -> None:
        super().__init__()
        frame_watch = QTimer(self)
        frame_watch.setInterval(FRAME_WATCH_MS)
        frame_watch.timeout.connect(self._watch_first_frame)
        self._frame_watch: QTimer | None = frame_watch
        self.setWindowTitle(QCoreApplication.translate("MainWindow", APP_TITLE))
        self.setWindowIcon(icon("app"))
        self.ui_settings = ui_settings or UiSettings(paths.settings_dir(Path(data_dir)))
        # Qt's own settings (what its file dialogs remember) beside the app's, never the host's.
        keep_qt_settings_beside(Path(self.ui_settings.file_name()).parent)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.session = Session(
            self, Path(data_dir), self.ui_settings, profile=profile, idle_ms=idle_ms, crash=crash,
            parent=self,
        )
        self.session.unlocked.connect(self.unlocked)
        self.session.locked.connect(self.locked)
        self._welcome: WelcomeScreen | None = None
        self._crisis: LockedCrisisPage | None = None
        self._forgot: ForgotScreen | None = None
        self.unlock_screen = self._make_unlock_screen()
        self._build_menus()
        self.place_on_screen()
        # The daily reminder ticks from just after the first frame (ui/reminder.py and its tray
        # and time classes are not needed to show the unlock screen); `reminder` makes it sooner.
        self._reminder: DailyReminder | None = None
        self.first_frame.connect(self._start_reminder)
        self.show_start()

    def place_on_screen(self) -> None:
        """Open at the size last used on this screen, else a size that fits it (ui/window_size.py)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
        saved = window_size.saved_geometry(self.ui_settings.value(window_size.screen_key(screen)))
        restored = saved is not None and self.restoreGeometry(saved)
        if restored and (self.isMaximized() or window_size.fits(self.geometry(), available)):
            return
        if restored:
            from PySide6.QtCore import Qt  # Qt's namespace only when placing afresh: see ui.widgets

            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMaximized)
        rect, maximise = window_size.first_geometry(available)
        self.setGeometry(rect)
        if maximise:
            from PySide6.QtCore import Qt

            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def remember_size(self) -> None:
        """Keep this screen's window size for next time (nothing personal: a rectangle)."""
        self.ui_settings.set_value(window_size.screen_key(self.screen()), self.saveGeometry())
        if self.ui_settings.value("geometry") is not None:  # the one size for every screen, before
            self.ui_settings.remove("geometry")

    @property
    def reminder(self) -> DailyReminder:
        """The daily reminder: made just after the first frame, or when first asked for."""
        return self._start_reminder()

    def _start_reminder(self) -> DailyReminder:
        if self._reminder is None:
            from .reminder import DailyReminder

            self._reminder = DailyReminder(self.ui_settings, self)
            self._reminder.due.connect(self._remind)
        return self._reminder

    # ---- the session's doors ------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self.session.is_unlocked

    @property
    def shell(self) -> Shell | None:
        """The unlocked journal's pages, or None while locked."""
        return self.session.shell

    def lock(self) -> None:
        self.session.lock()

    def _make_unlock_screen(self) -> UnlockScreen:
        screen = UnlockScreen()
        self.stack.addWidget(screen)
        screen.unlock_requested.connect(self.session.unlock)
        screen.restore_requested.connect(self._confirm_restore)
        screen.crisis_requested.connect(self.show_locked_crisis)
        screen.other_folder_requested.connect(self._choose_other_folder)
        screen.new_journal_requested.connect(self._choose_new_folder)
        screen.forgot_requested.connect(self.show_forgot)
        if self._frame_watch is None:  # made again after the first frame (a new language)
            screen.show_link_cursor()
        else:
            self.first_frame.connect(screen.show_link_cursor)
        return screen

    # ---- the language, chosen on the welcome screen ---------------------------------------------

    def change_language(self, language: Language) -> None:
        """Speak `language` from now on (saved in ui.ini for the next start too).

        Widgets set their words when built, so the menus and the screens shown before unlocking
        are built again; the language box is only offered while locked, so no journal page is
        open (Settings saves the choice for the next start instead)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMenu

        app = QApplication.instance()
        if app is None or self.is_unlocked:
            return
        ui_i18n.switch(app, language, self.ui_settings)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", APP_TITLE))
        for action in self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
            action.setParent(None)  # gone now: their shortcuts would clash with the new menus' ones
            action.deleteLater()
        for menu in self.menuBar().findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
            menu.deleteLater()
        self.menuBar().clear()
        self.statusBar().removeWidget(self.undo_button)
        self.undo_button.deleteLater()
        self._build_menus()
        for screen in (self._welcome, self._crisis, self._forgot, self.unlock_screen):
            if screen is not None:
                self.stack.removeWidget(screen)
                screen.deleteLater()
        self._welcome = self._crisis = self._forgot = None
        self.unlock_screen = self._make_unlock_screen()
        self.show_start()
        self.welcome.language.setFocus()

    # ---- screens built when first needed (start-up shows only the unlock screen) --------------

    @property
    def welcome(self) -> WelcomeScreen:
        if self._welcome is None:
            from .locked.welcome import WelcomeScreen  # only on a first run or a new folder

            self._welcome = WelcomeScreen()
            self._welcome.create_requested.connect(self.session.create)
            self._welcome.crisis_requested.connect(self.show_locked_crisis)
            self._welcome.other_folder_requested.connect(self._choose_other_folder)
            self._welcome.language_chosen.connect(self.change_language)
            self.stack.addWidget(self._welcome)
        return self._welcome

    @property
    def crisis(self) -> LockedCrisisPage:
        if self._crisis is None:
            from .locked.crisis import LockedCrisisPage  # only when asked for: keeps start-up short

            self._crisis = LockedCrisisPage(self.ui_settings)
            self._crisis.back.connect(self.show_start)
            self.stack.addWidget(self._crisis)
        return self._crisis

    @property
    def forgot_screen(self) -> ForgotScreen:
        if self._forgot is None:
            from .locked.forgot import ForgotScreen  # only when the passphrase is forgotten

            self._forgot = ForgotScreen()
            self._forgot.back_requested.connect(self.show_start)
            self._forgot.reset_requested.connect(self.session.reset_with_recovery_key)
            self.stack.addWidget(self._forgot)
        return self._forgot

    def show_forgot(self) -> None:
        """"Forgot your passphrase?": the recovery key and a new passphrase."""
        self.forgot_screen.prepare(self.session.folder)
        self.stack.setCurrentWidget(self.forgot_screen)
        self.forgot_screen.key.setFocus()

    def add_screen(self, screen: QWidget) -> None:
        self.stack.addWidget(screen)

    def screen_size(self) -> QSize:
        """The size a screen gets in the window (below the menus)."""
        return self.stack.size()

    def remove_screen(self, screen: QWidget) -> None:
        self.stack.removeWidget(screen)

    def clear_secrets(self) -> None:
        """The journal is open: no passphrase stays in a field."""
        self.unlock_screen.clear_secrets()
        if self._welcome is not None:
            self._welcome.clear_secrets()
        if self._forgot is not None:
            self._forgot.clear_secrets()

    def close_transient_windows(self) -> None:
        close_transient_windows(self)

    def say(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)
        announce(self, text)

    def _remind(self, text: str) -> None:
        """The daily reminder, quietly on the status line for a few minutes, locked or not
        (it holds nothing from the journal)."""
        bar = self.statusBar()
        bar.show()
        bar.showMessage(text, REMINDER_SHOWN_MS)
        if not self.is_unlocked:
            QTimer.singleShot(REMINDER_SHOWN_MS, lambda: None if self.is_unlocked else bar.hide())

    # ---- menus -------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        journal = bar.addMenu(self.tr("&Journal"))
        self.new_checkin_action = self._action(
            self.tr("New check-in"), QKeySequence(QKeySequence.StandardKey.New)
        )
        self.new_checkin_action.triggered.connect(lambda: self._go("Today", {"another": True}))
        self.lock_action = self._action(self.tr("Lock now"), QKeySequence("Ctrl+L"), icon("lock"))
        # Qt.ShortcutContext, by name: the unlock screen does not otherwise need Qt's namespace
        set_by_name(self.lock_action, "shortcutContext", "ApplicationShortcut")
        self.lock_action.triggered.connect(self.lock)
        quit_action = self._action(self.tr("Quit"), QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        # Always on: inside the journal it opens the plan for a hard moment; before unlocking, the
        # crisis page (helplines and overdose advice need no passphrase).
        self.hard_time_action = self._action(
            self.tr("I'm having a hard time"), QKeySequence("Ctrl+Shift+H"), icon("heart")
        )
        set_by_name(self.hard_time_action, "shortcutContext", "ApplicationShortcut")  # as Lock now
        self.hard_time_action.triggered.connect(self.open_hard_time)
        journal.addAction(self.hard_time_action)
        journal.addAction(self.new_checkin_action)
        journal.addAction(self.lock_action)
        journal.addSeparator()
        journal.addAction(quit_action)
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("Undo"), QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self._action(self.tr("Redo"), QKeySequence(QKeySequence.StandardKey.Redo))
        self.undo_action.triggered.connect(self._undo)
        self.redo_action.triggered.connect(self._redo)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        # The Go menu is filled at the first unlock (its pages are imported then, not at start-up).
        self.go_menu = bar.addMenu(self.tr("&Go"))
        self._build_help_menu()
        self._unlocked_menus = [edit, self.go_menu]
        # F1 is "How to use" (the platform's help key); the keys' list has the common Ctrl+/.
        self.shortcuts_action = self._action(self.tr("Keyboard shortcuts"), QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.help_menu.insertAction(self.help_menu.actions()[1], self.shortcuts_action)
        self.shortcuts_dialog: QDialog | None = None
        self._unlocked_actions = [
            self.new_checkin_action, self.lock_action, self.undo_action, self.redo_action,
        ]
        self._set_unlocked_actions(False)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last delete"))
        self.undo_button.clicked.connect(self._undo)
        self.undo_button.hide()
        self.statusBar().addPermanentWidget(self.undo_button)
        self.statusBar().messageChanged.connect(self._status_changed)
        self.statusBar().hide()

    def _action(self, text: str, shortcut: QKeySequence, action_icon: QIcon | None = None) -> QAction:
        """A menu action and its shortcut, as QAction(text, self, shortcut=...) makes it.

        (setShortcuts with a list: the shortcut= keyword and setShortcut go through PySide6's
        conversions to a key sequence, which build the 94 enums of Qt's namespace; start-up
        otherwise leaves them for later, see ui.widgets.)
        """
        action = QAction(text, self) if action_icon is None else QAction(action_icon, text, self)
        action.setShortcuts([] if shortcut.isEmpty() else [shortcut])
        return action

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts, built from the menus as they are now."""
        from PySide6.QtCore import Qt

        from .dialogs.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.menuBar(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog = dialog
        dialog.open()

    def _status_changed(self, text: str) -> None:
        """The status line takes room only while it says something (a small screen needs it)."""
        self.undo_button.setVisible(bool(text) and self.undo_action.isEnabled())
        self.statusBar().setVisible(bool(text))  # locked too: a reminder or "locked" holds nothing personal

    def _build_help_menu(self) -> None:
        """Help, locked or not; its dialogs are loaded when first asked for."""
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        how = self.help_menu.addAction(self.tr("How to use"))
        how.setShortcuts([QKeySequence(QKeySequence.StandardKey.HelpContents)])  # see _action
        how.triggered.connect(lambda: self.show_help("how"))
        self.help_menu.addAction(self.tr("About Recovery Journal")).triggered.connect(
            lambda: self.show_help("about")
        )

    def show_help(self, which: str) -> None:
        from .dialogs import help as help_dialogs

        dialog = (help_dialogs.how_to_use(self) if which == "how"
                  else help_dialogs.about(self.session.folder, self))
        self.help_dialog = dialog
        dialog.show()

    def _fill_go_menu(self) -> None:
        if self.go_menu.actions():
            return
        from PySide6.QtCore import Qt

        from .pages.shell import PAGES, page_words

        for number, (name, _icon, _m, _c) in enumerate(PAGES, start=1):
            action = QAction(page_words(name), self)
            if number <= 10:  # Ctrl+1 … Ctrl+0: the first ten pages
                action.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the page bar owns the keys
            action.triggered.connect(lambda _checked=False, n=name: self._go(n))
            self.go_menu.addAction(action)

    def _set_unlocked_actions(self, unlocked: bool) -> None:
        for action in self._unlocked_actions:
            action.setEnabled(unlocked)
        for menu in self._unlocked_menus:
            menu.menuAction().setVisible(unlocked)
        if unlocked:
            self._update_undo()

    def _undo(self) -> None:
        if self.session.context is not None:
            self.session.context.undo.undo()

    def _redo(self) -> None:
        if self.session.context is not None:
            self.session.context.undo.redo()

    def _update_undo(self) -> None:
        if self.session.context is None:
            return
        stack = self.session.context.undo
        self.undo_action.setEnabled(stack.canUndo())
        what = stack.undoText().lower()
        undo_words = self.tr("Undo {what}").format(what=what) if stack.canUndo() else self.tr("Undo")
        self.undo_action.setText(undo_words)
        self.redo_action.setEnabled(stack.canRedo())

    def _go(self, name: str, request: object = None) -> None:
        if self.shell is None:
            return
        page = self.shell.go(name, request)
        if isinstance(request, dict) and request.get("another"):
            start = getattr(page, "start_another", None)
            if callable(start):
                start()

    # ---- the unlocked journal -------------------------------------------------------------------

    def show_journal(self, context: Context, shell: Shell) -> None:
        """The journal just opened: show it, and let the menus and status line follow it."""
        context.settings_changed.connect(self._settings_changed)
        context.message.connect(lambda text: self.say(text, 8000))
        context.undo.canUndoChanged.connect(lambda _b: self._update_undo())
        context.undo.canRedoChanged.connect(lambda _b: self._update_undo())
        context.undo.undoTextChanged.connect(lambda _t: self._update_undo())
        context.message.connect(lambda _t: self.undo_button.setVisible(self.undo_action.isEnabled()))
        self.stack.setCurrentWidget(shell)
        self._fill_go_menu()
        self._set_unlocked_actions(True)
        self.activateWindow()

    def show_locked(self) -> None:
        """The journal just locked: no journal menus, nothing on the status line, the start screen."""
        self.clear_secrets()  # nothing typed on a locked screen before the lock stays either
        self._set_unlocked_actions(False)
        self.statusBar().clearMessage()
        self.statusBar().hide()
        self.show_start()
        announce(self, self.tr("Your journal is locked."), interrupt=True)

    def _settings_changed(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, self.ui_settings.theme, self.ui_settings.text_scale)
        if self.shell is not None:
            self.shell.refresh_icons()

    # ---- locked screens ----------------------------------------------------------------------

    def show_start(self, message: str = "") -> None:
        """The unlock screen if this folder has a journal, else the first-run welcome."""
        if self.shell is not None:
            self.stack.setCurrentWidget(self.shell)
            return
        folder = self.session.folder
        if paths.has_vault(folder):
            self.unlock_screen.prepare(
                folder,
                show_remember=folder != self.session.default_folder,
                message=message,
            )
            self.unlock_screen.remember.setChecked(
                str(self.ui_settings.value("remembered_folder", "")) == str(folder)
            )
            self.stack.setCurrentWidget(self.unlock_screen)
            self.unlock_screen.passphrase.setFocus()
        else:
            self.welcome.prepare(folder)
            if message:
                self.welcome.message.show_message(message)
            self.stack.setCurrentWidget(self.welcome)
            self.welcome.passphrase.setFocus()

    def _confirm_restore(self, backup: Path) -> None:
        """The journal file is damaged and a good automatic backup was offered: ask first."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Put back your journal as it was in this automatic backup?\n\n"
                "Your damaged journal file is kept in {folder}, so "
                "nothing is thrown away. Anything written after the backup was made is not in it."
            ).format(folder=paths.backups_dir(self.session.folder)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.restore_backup(backup)

    def open_hard_time(self) -> None:
        """The hard-time view inside the journal; the crisis page before unlocking."""
        if self.shell is not None:
            self.shell.open_hard_time()
        elif self.stack.currentWidget() in (self.unlock_screen, self._welcome):
            self.show_locked_crisis()

    def show_locked_crisis(self) -> None:
        self.crisis.prepare(has_journal=paths.has_vault(self.session.folder))
        self.stack.setCurrentWidget(self.crisis)
        self.crisis.back_button.setFocus()

    def _choose_other_folder(self) -> None:
        def chosen(folder: Path) -> None:
            self.session.folder = folder
            if paths.has_vault(folder):
                self.show_start()
            else:
                self.show_start(
                    self.tr(
                        "There is no journal in {folder} yet. You can start a new one there below, "
                        "or choose another folder."
                    ).format(folder=folder)
                )

        choose_folder(self, self.tr("Open a journal folder"), chosen)

    def _choose_new_folder(self) -> None:
        def chosen(folder: Path) -> None:
            self.session.folder = folder
            if paths.has_vault(folder):
                self.show_start(self.tr("There is already a journal in that folder. Type its passphrase to "
                    "open it."))
            else:
                self.show_start()

        choose_folder(self, self.tr("Choose a folder for the new journal"), chosen)

    # ---- minimising ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Minimised with "Lock when the window is minimised" on (Settings): lock at once."""
        from PySide6.QtCore import QEvent  # built by the first change event anyway (the title's)

        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.isMinimized()
            and self.is_unlocked
            and self.ui_settings.lock_when_minimised
        ):
            QTimer.singleShot(0, self.lock)  # after Qt has finished minimising

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        if visible and self._frame_watch is not None:
            self._frame_watch.start()

    def _watch_first_frame(self) -> None:
        """Says first_frame once the window system has shown the window (a widget window is
        painted in the same turn as it is exposed), or at once for a window opened minimised,
        which has no frame to wait for. (Asked every few milliseconds rather than from a
        paintEvent override, which would make PySide6 wrap every paint's event.)"""
        handle = self.windowHandle()
        shown = handle is not None and handle.isExposed()
        if (shown or self.isMinimized()) and self._frame_watch is not None:
            self._frame_watch.stop()
            self._frame_watch.deleteLater()
            self._frame_watch = None
            self.first_frame.emit()

    # ---- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember_size()
        close_transient_windows(self)
        self.session.quit()
        forget_dialog_history()
        super().closeEvent(event)
