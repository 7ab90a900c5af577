"""The desktop app: one window that is either locked (welcome, unlock, crisis) or unlocked.

`run_app(data_dir)` is what the command line calls. `MainWindow` owns the lock: Ctrl+L, the Lock
button and the idle timer all end in `lock()`, which saves what is typed, closes any dialog, menu
or popup, throws away every page and model, closes the vault and clears the clipboard if the app
put something there. Only the page and record ids are remembered (in memory) to come back to.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QEvent,
    QObject,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from journal import kdf, paths
from journal.cipher import check_passphrase_on_file
from journal.errors import JournalError, NewerVault, VaultDamaged

from .common import Autosaver, background_call, clear_our_clipboard
from .crash import CrashHandler
from .i18n import app_language
from .i18n import install as install_language
from .theme import UiSettings, apply_theme, icon
from .unlock import UnlockScreen, WelcomeScreen, choose_folder
from .worker import VaultService

if TYPE_CHECKING:
    # Start-up loads only what the unlock screen needs. The vault code (SQLCipher, records,
    # statistics) and the session's pages are loaded at the first unlock, in `_prebuild`, while
    # Argon2 works on its own thread (measured, bench/app_launch.py).
    from journal.records import Record
    from journal.vault import Vault

    from .context import Context
    from .journal_screen import JournalScreen

APP_TITLE: Final = "Recovery Journal"
DEFAULT_AUTOLOCK_MINUTES: Final = 5
DAILY_BACKUP_DELAY_MS: Final = 2000
# Quitting waits this long at most for a daily backup under way (ten years take about half a
# second), so it is finished and proven rather than cut off.
BACKUP_FINISH_WAIT_S: Final = 15.0


class IdleWatcher(QObject):
    """Notices any keyboard, mouse or touch input anywhere in the app (an application-wide event
    filter, so open dialogs and menus count too) and says `idle` after `timeout_ms` without any.

    The filter is installed by `watch()`, which the window calls at the first unlock attempt,
    while Argon2 runs on its thread: the first time a Python event filter is handed one of Qt's
    private objects, PySide6 creates every QtCore type and its enums (~120 enum types, ~15-30 ms,
    measured), which is best done in that wait rather than at start-up or after unlocking.
    Nothing is lost by not filtering earlier: `start()` counts from when the journal opens.
    """

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout = timeout_ms
        self._last = time.monotonic()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self._filtering = False
        self._input_events: frozenset[QEvent.Type] = frozenset()

    def set_timeout(self, timeout_ms: int) -> None:
        self._timeout = max(50, timeout_ms)
        self._timer.setInterval(max(20, min(1000, self._timeout // 5)))

    def start(self) -> None:
        self._last = time.monotonic()
        self.set_timeout(self._timeout)
        self._timer.start()
        self.watch()

    def stop(self) -> None:
        self._timer.stop()

    def watch(self) -> None:
        """Install the application-wide filter (once)."""
        app = QApplication.instance()
        if app is not None and not self._filtering:
            self._input_events = frozenset({
                QEvent.Type.KeyPress,
                QEvent.Type.MouseButtonPress,
                QEvent.Type.MouseMove,
                QEvent.Type.Wheel,
                QEvent.Type.TouchBegin,
                QEvent.Type.TabletPress,
                QEvent.Type.ShortcutOverride,
            })
            app.installEventFilter(self)
            self._filtering = True

    def unwatch(self) -> None:
        app = QApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
        self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._input_events:
            self._last = time.monotonic()
        return False

    def _check(self) -> None:
        if (time.monotonic() - self._last) * 1000 >= self._timeout:
            self._timer.stop()
            self.idle.emit()


class MainWindow(QMainWindow):
    """The app window. Its title never shows anything personal."""

    unlocked = Signal()
    locked = Signal()

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
        self.setWindowTitle(APP_TITLE)
        self.setWindowIcon(icon("app"))
        self.default_folder = Path(data_dir)
        self.ui_settings = ui_settings or UiSettings(paths.settings_dir(self.default_folder))
        remembered = self.ui_settings.value("remembered_folder")
        self.folder = self.default_folder
        if remembered and paths.has_vault(Path(str(remembered))) and not paths.has_vault(self.default_folder):
            self.folder = Path(str(remembered))
        self.profile = profile
        self.idle_override = idle_ms
        self.crash = crash
        self.service: VaultService | None = None
        self.context: Context | None = None
        self.journal_screen: JournalScreen | None = None
        self._location: dict[str, Any] = {}
        self._opening = False

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._welcome: WelcomeScreen | None = None
        self._crisis: Any = None
        self._prebuilt: tuple[VaultService, Context, JournalScreen] | None = None
        self._retry: list[Record] = []
        self._backup_thread: threading.Thread | None = None
        self.unlock_screen = UnlockScreen()
        self.stack.addWidget(self.unlock_screen)
        self.unlock_screen.unlock_requested.connect(self._unlock)
        self.unlock_screen.restore_requested.connect(self._restore_backup)
        self.unlock_screen.crisis_requested.connect(self.show_locked_crisis)
        self.unlock_screen.other_folder_requested.connect(self._choose_other_folder)
        self.unlock_screen.new_journal_requested.connect(self._choose_new_folder)

        self.idle = IdleWatcher(DEFAULT_AUTOLOCK_MINUTES * 60_000, self)
        self.idle.idle.connect(self.lock)
        self._build_menus()
        geometry = self.ui_settings.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 780)
        self.show_start()

    # ---- screens built when first needed (start-up shows only the unlock screen) --------------

    @property
    def welcome(self) -> WelcomeScreen:
        if self._welcome is None:
            self._welcome = WelcomeScreen()
            self._welcome.create_requested.connect(self._create)
            self._welcome.crisis_requested.connect(self.show_locked_crisis)
            self._welcome.other_folder_requested.connect(self._choose_other_folder)
            self.stack.addWidget(self._welcome)
        return self._welcome

    @property
    def crisis(self) -> Any:
        if self._crisis is None:
            from .support import LockedCrisisPage  # only when asked for: keeps start-up short

            self._crisis = LockedCrisisPage()
            self._crisis.back.connect(self.show_start)
            self.stack.addWidget(self._crisis)
        return self._crisis

    # ---- menus -------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        journal = bar.addMenu("&Journal")
        self.new_checkin_action = QAction(
            "New check-in", self, shortcut=QKeySequence(QKeySequence.StandardKey.New)
        )
        self.new_checkin_action.triggered.connect(lambda: self._go("Today", {"another": True}))
        self.lock_action = QAction(icon("lock"), "Lock now", self, shortcut=QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        quit_action = QAction("Quit", self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        journal.addAction(self.new_checkin_action)
        journal.addAction(self.lock_action)
        journal.addSeparator()
        journal.addAction(quit_action)
        edit = bar.addMenu("&Edit")
        self.undo_action = QAction("Undo", self, shortcut=QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = QAction("Redo", self, shortcut=QKeySequence(QKeySequence.StandardKey.Redo))
        self.undo_action.triggered.connect(self._undo)
        self.redo_action.triggered.connect(self._redo)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        # The Go menu is filled at the first unlock (its pages are imported then, not at start-up).
        self.go_menu = bar.addMenu("&Go")
        self._unlocked_menus = [edit, self.go_menu]
        self._unlocked_actions = [
            self.new_checkin_action, self.lock_action, self.undo_action, self.redo_action,
        ]
        self._set_unlocked_actions(False)
        self.undo_button = QPushButton("Undo")
        self.undo_button.setAccessibleName("Undo the last delete")
        self.undo_button.clicked.connect(self._undo)
        self.undo_button.hide()
        self.statusBar().addPermanentWidget(self.undo_button)
        self.statusBar().messageChanged.connect(
            lambda text: self.undo_button.setVisible(bool(text) and self.undo_action.isEnabled())
        )
        self.statusBar().hide()

    def _fill_go_menu(self) -> None:
        if self.go_menu.actions():
            return
        from .journal_screen import PAGES

        for number, (name, _icon, _m, _c) in enumerate(PAGES, start=1):
            action = QAction(name, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the page bar owns the keys
            action.triggered.connect(lambda _checked=False, n=name: self._go(n))
            self.go_menu.addAction(action)

    def _set_unlocked_actions(self, unlocked: bool) -> None:
        for action in self._unlocked_actions:
            action.setEnabled(unlocked)
        for menu in self._unlocked_menus:
            menu.menuAction().setVisible(unlocked)
        if unlocked and self.context is not None:
            self._update_undo()

    def _undo(self) -> None:
        if self.context is not None:
            self.context.undo.undo()

    def _redo(self) -> None:
        if self.context is not None:
            self.context.undo.redo()

    def _update_undo(self) -> None:
        if self.context is None:
            return
        stack = self.context.undo
        self.undo_action.setEnabled(stack.canUndo())
        self.undo_action.setText(f"Undo {stack.undoText().lower()}" if stack.canUndo() else "Undo")
        self.redo_action.setEnabled(stack.canRedo())

    def _go(self, name: str, request: object = None) -> None:
        if self.journal_screen is None:
            return
        page = self.journal_screen.go(name, request)
        if isinstance(request, dict) and request.get("another"):
            start = getattr(page, "start_another", None)
            if callable(start):
                start()

    # ---- locked screens ----------------------------------------------------------------------

    def show_start(self, message: str = "") -> None:
        """The unlock screen if this folder has a journal, else the first-run welcome."""
        if self.journal_screen is not None:
            self.stack.setCurrentWidget(self.journal_screen)
            return
        if paths.has_vault(self.folder):
            self.unlock_screen.prepare(
                self.folder,
                show_remember=self.folder != self.default_folder,
                message=message,
            )
            self.unlock_screen.remember.setChecked(
                str(self.ui_settings.value("remembered_folder", "")) == str(self.folder)
            )
            self.stack.setCurrentWidget(self.unlock_screen)
            self.unlock_screen.passphrase.setFocus()
        else:
            self.welcome.prepare(self.folder)
            if message:
                self.welcome.message.show_message(message)
            self.stack.setCurrentWidget(self.welcome)
            self.welcome.passphrase.setFocus()

    def show_locked_crisis(self) -> None:
        self.crisis.prepare(has_journal=paths.has_vault(self.folder))
        self.stack.setCurrentWidget(self.crisis)
        self.crisis.back_button.setFocus()

    def _choose_other_folder(self) -> None:
        def chosen(folder: Path) -> None:
            if paths.has_vault(folder):
                self.folder = folder
                self.show_start()
            else:
                self.folder = folder
                self.show_start(
                    f"There is no journal in {folder} yet. You can start a new one there below, "
                    "or choose another folder."
                )

        choose_folder(self, "Open a journal folder", chosen)

    def _choose_new_folder(self) -> None:
        def chosen(folder: Path) -> None:
            self.folder = folder
            if paths.has_vault(folder):
                self.show_start("There is already a journal in that folder. Type its passphrase to open it.")
            else:
                self.show_start()

        choose_folder(self, "Choose a folder for the new journal", chosen)

    # ---- opening -------------------------------------------------------------------------------

    def _unlock(self, passphrase: str) -> None:
        if self._opening:
            return
        self._opening = True
        folder = self.folder

        def work() -> Vault:
            # Argon2 first: it lets the UI thread run, which meanwhile loads the vault code and
            # builds the pages (_prebuild), so the import below usually finds it loaded.
            key, salt, _profile = check_passphrase_on_file(paths.vault_path(folder), passphrase)
            from journal.vault import Vault

            return Vault.open_with_key(folder, key, salt)

        background_call(work, self._opened, self._open_failed)
        QTimer.singleShot(0, self._prebuild)

    def _prebuild(self) -> None:
        if self._prebuilt is not None or self.journal_screen is not None or not self._opening:
            return
        self.idle.watch()
        import journal.vault  # noqa: F401 - for the unlock thread, which needs it once Argon2 is done

        from .context import Context
        from .journal_screen import JournalScreen

        service = VaultService(None, self)
        context = Context(service, self.ui_settings, self.lock, self)
        screen = JournalScreen(context)
        screen.prepare(self._location.get("page") or "Today")
        self.stack.addWidget(screen)
        self._prebuilt = (service, context, screen)

    def _drop_prebuilt(self) -> None:
        if self._prebuilt is None:
            return
        service, context, screen = self._prebuilt
        self._prebuilt = None
        self.stack.removeWidget(screen)
        screen.deleteLater()
        context.deleteLater()
        service.deleteLater()

    def _create(self, passphrase: str, name: str, keyworker: str) -> None:
        if self._opening:
            return
        self._opening = True
        self.welcome.set_busy(True)
        folder, profile = self.folder, self.profile

        def work() -> Vault:
            from journal.vault import Vault

            vault = Vault.create(folder, passphrase, profile=profile)
            try:
                if name:
                    vault.set_setting("name", name)
                if keyworker:
                    vault.set_setting("keyworker", keyworker)
            except BaseException:
                vault.close()
                raise
            return vault

        self._location = {"page": "Today"}
        background_call(work, self._opened, self._create_failed)

    def _open_failed(self, error: BaseException) -> None:
        self._opening = False
        self._drop_prebuilt()
        if isinstance(error, JournalError):
            self.unlock_screen.show_error(error.message)
            if isinstance(error, VaultDamaged) and not isinstance(error, NewerVault):
                self._look_for_backup()
        else:
            self.unlock_screen.set_busy(False)
            self._report_bug(error)

    def _look_for_backup(self) -> None:
        """The journal file is damaged: find the newest automatic backup this passphrase opens
        and that passes a full check (read-only, on a thread), and offer to put it back."""
        from journal import autobackup

        folder, passphrase = self.folder, self.unlock_screen.passphrase.text()

        def found(backup: Path | None) -> None:
            if backup is None or folder != self.folder or self.journal_screen is not None:
                return
            made = time.strftime("%a %d %b, %H:%M", time.localtime(backup.stat().st_mtime))
            self.unlock_screen.offer_restore(backup, made)

        background_call(
            lambda: autobackup.latest_good_backup(folder, passphrase), found, lambda _error: None
        )

    def _restore_backup(self, backup: Path) -> None:
        from PySide6.QtWidgets import QMessageBox

        from journal.vault import restore_vault

        folder, passphrase = self.folder, self.unlock_screen.passphrase.text()
        answer = QMessageBox.question(
            self,
            "Restore a backup",
            "Put back your journal as it was in this automatic backup?\n\n"
            f"Your damaged journal file is kept in {paths.backups_dir(folder)}, so nothing is "
            "thrown away. Anything written after the backup was made is not in it.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.unlock_screen.set_busy(True)
        self.unlock_screen.offer_restore(None)

        def restored(_kept: object) -> None:
            self._opening = False
            self._unlock(passphrase)

        def failed(error: BaseException) -> None:
            if isinstance(error, JournalError):
                self.unlock_screen.show_error(error.message)
            else:
                self.unlock_screen.set_busy(False)
                self._report_bug(error)

        background_call(lambda: restore_vault(folder, backup, passphrase), restored, failed)

    def _create_failed(self, error: BaseException) -> None:
        self._opening = False
        self.welcome.set_busy(False)
        if isinstance(error, JournalError):
            self.welcome.message.show_message(error.message)
        else:
            self._report_bug(error)

    def _report_bug(self, error: BaseException) -> None:
        if self.crash is not None:
            self.crash.unexpected(error)
        else:
            raise error

    def _opened(self, vault: Vault) -> None:
        self._opening = False
        if self.unlock_screen.remember.isVisible():
            if self.unlock_screen.remember.isChecked():
                self.ui_settings.set_value("remembered_folder", str(self.folder))
            elif str(self.ui_settings.value("remembered_folder", "")) == str(self.folder):
                self.ui_settings.remove("remembered_folder")
        self.unlock_screen.clear_secrets()
        if self._welcome is not None:
            self._welcome.clear_secrets()
        if self._prebuilt is not None:
            self.service, self.context, screen = self._prebuilt
            self._prebuilt = None
            self.service.attach(vault)
        else:
            from .context import Context
            from .journal_screen import JournalScreen

            self.service = VaultService(vault, self)
            self.context = Context(self.service, self.ui_settings, self.lock, self)
            screen = JournalScreen(self.context)
            self.stack.addWidget(screen)
        self.service.unexpected.connect(self._report_bug)
        self.context.settings_changed.connect(self._settings_changed)
        self.context.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.context.undo.canUndoChanged.connect(lambda _b: self._update_undo())
        self.context.undo.canRedoChanged.connect(lambda _b: self._update_undo())
        self.context.undo.undoTextChanged.connect(lambda _t: self._update_undo())
        self.context.message.connect(lambda _t: self.undo_button.setVisible(self.undo_action.isEnabled()))
        self.journal_screen = screen
        self.stack.setCurrentWidget(screen)
        self._fill_go_menu()
        self._set_unlocked_actions(True)
        self._apply_autolock()
        self.idle.start()
        retry, self._retry = self._retry, []
        for record in retry:
            self.service.submit(
                _saver(record), None, lambda error: self.statusBar().showMessage(error.message)
            )
        # The day's automatic encrypted backup (backups/auto, 7 daily + 4 weekly), on the worker,
        # once the first pages have had their turn.
        service = self.service
        QTimer.singleShot(DAILY_BACKUP_DELAY_MS, lambda: self._daily_backup(service))
        location, self._location = self._location, {}
        self.activateWindow()
        self.journal_screen.restore(location or {"page": "Today"})
        self.statusBar().show()
        self.unlocked.emit()

    def _daily_backup(self, service: VaultService) -> None:
        if service is not self.service:  # locked (or another journal opened) meanwhile
            return
        from journal import autobackup

        vault = service.vault

        def failed(error: BaseException) -> None:
            if isinstance(error, JournalError):
                if service is self.service:  # nothing to say once locked
                    self.statusBar().showMessage(error.message, 8000)
            else:
                self._report_bug(error)

        # Beside the worker, not on it: the backup reads its own snapshot of the vault, so saves
        # and searches go on while ten years are copied (about half a second).
        self._backup_thread = background_call(
            lambda: autobackup.run_daily_backup(vault), lambda _done: None, failed
        )

    def _apply_autolock(self) -> None:
        if self.idle_override is not None:
            self.idle.set_timeout(self.idle_override)
            return
        minutes = DEFAULT_AUTOLOCK_MINUTES
        if self.context is not None:
            try:
                minutes = int(self.context.vault.setting("autolock_minutes", DEFAULT_AUTOLOCK_MINUTES))
            except (JournalError, TypeError, ValueError):
                minutes = DEFAULT_AUTOLOCK_MINUTES
        self.idle.set_timeout(max(1, minutes) * 60_000)

    def _settings_changed(self) -> None:
        apply_theme(_app(), self.ui_settings.theme, self.ui_settings.text_scale)
        if self.journal_screen is not None:
            self.journal_screen.refresh_icons()
        self._apply_autolock()

    # ---- locking -------------------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self.journal_screen is not None

    def lock(self) -> None:
        """Save, then remove every piece of journal text from the screen, the models and memory."""
        if self.journal_screen is None or self.service is None or self.context is None:
            return
        self.idle.stop()
        close_transient_windows(self)
        screen, service, context = self.journal_screen, self.service, self.context
        screen.flush()
        self._location = screen.location()
        service.wait()
        # Deliver the answers of the last saves while their pages still exist (a failed save
        # must still be able to say so), then drop everything.
        QApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        # A save that failed (disk full, USB stick pulled) must not be lost by locking: keep
        # the record in memory only, and try again right after the next unlock.
        self._retry = [s.unsaved for s in screen.findChildren(Autosaver) if s.unsaved is not None]
        service.close()
        self.journal_screen = self.context = self.service = None
        self._set_unlocked_actions(False)
        self.stack.removeWidget(screen)
        scrub(screen)
        screen.hide()
        screen.setParent(None)
        screen.deleteLater()
        context.undo.clear()
        context.deleteLater()
        # A daily backup under way cannot prove itself once the key is gone, so it removes its
        # copy; the next unlock makes the day's backup again. Locking never waits for it.
        service.vault.close()
        service.deleteLater()
        clear_our_clipboard()
        self.statusBar().clearMessage()
        self.statusBar().hide()
        self.show_start()
        self.locked.emit()

    def flush_and_close_vault(self) -> None:
        """Quitting: save what is typed, let a daily backup under way finish, close the vault."""
        if self.journal_screen is not None and self.service is not None:
            self.journal_screen.flush()
            self.service.wait()
            QApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        if self._backup_thread is not None:  # it proves itself with the vault's key: before closing
            self._backup_thread.join(BACKUP_FINISH_WAIT_S)
        if self.service is not None:
            self.service.vault.close()
        clear_our_clipboard()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ui_settings.set_value("geometry", self.saveGeometry())
        close_transient_windows(self)
        self.flush_and_close_vault()
        self.idle.stop()
        self.idle.unwatch()
        super().closeEvent(event)


def scrub(root: QWidget) -> None:
    """Empty every text field, label and list model under `root` at once (deleteLater is later).

    Signals are blocked first so that emptying an editor never looks like an edit to autosave.
    """
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        widget.blockSignals(True)
    for widget in widgets:
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QLabel)):
            widget.clear()
    for model in root.findChildren(QAbstractItemModel):
        clear = getattr(model, "clear", None)
        if callable(clear):
            clear()
        elif isinstance(model, QStringListModel):
            model.setStringList([])


def close_transient_windows(keep: QWidget) -> None:
    """Close every popup, menu and dialog (modal or not) so nothing stays over a locked screen."""
    for _ in range(20):
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
    for widget in QApplication.topLevelWidgets():
        if widget is keep or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()
            widget.hide()
        elif isinstance(widget, QMenu) or widget.isWindow():
            widget.close()


def _saver(record: Record) -> Callable[[Vault], Record]:
    return lambda vault: vault.save(record)


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fusion everywhere, so the palettes look as designed; chosen the way Qt's own "-style"
    # option does (Qt 6 already keeps fractional high-DPI scales, so text stays sharp).
    args = argv or sys.argv[:1] or ["recovery-journal"]
    app = QApplication([args[0], "-style", "Fusion", *args[1:]])
    app.setApplicationName("RecoveryJournal")
    app.setApplicationDisplayName(APP_TITLE)
    app.setDesktopFileName("recovery-journal")
    return app


def run_app(data_dir: Path, argv: list[str] | None = None) -> int:
    """Open the desktop app on the journal folder `data_dir`; returns the exit code."""
    app = make_application(argv)
    install_language(app, app_language())  # chosen by journal.cli.main
    ui_settings = UiSettings(paths.settings_dir(Path(data_dir)))
    apply_theme(app, ui_settings.theme, ui_settings.text_scale)
    crash = CrashHandler(paths.settings_dir(Path(data_dir)))
    crash.install()
    window = MainWindow(Path(data_dir), ui_settings=ui_settings, crash=crash)
    crash.window = window

    def scheme_changed(_scheme: object) -> None:
        if ui_settings.theme == "system":
            apply_theme(app, "system", ui_settings.text_scale)

    QGuiApplication.styleHints().colorSchemeChanged.connect(scheme_changed)
    window.show()
    try:
        return int(app.exec())
    finally:
        crash.uninstall()
