"""One journal's life in the window: unlocking, creating, restoring, locking and quitting.

The window shows screens; the session decides which journal is open and when it closes, and
tells the window through the few calls of `Screens` (so this module never imports the window
that imports it). It owns
the task runner (for as long as the window lives), the `Context` and `Shell` of the unlocked
journal, and the auto-lock clock. Ctrl+L, the Lock button and the idle clock all end in `lock()`,
which saves what is typed, closes any dialog, menu or popup, throws away every page and model,
closes the vault and clears the clipboard if the app put something there. Only the page and
record ids are remembered (in memory) to come back to.

Start-up loads only what the unlock screen needs. The vault code (SQLCipher, records, statistics)
and the journal's first page are loaded at the first unlock, in `prebuild`, while Argon2 works on
the side lane (measured, bench/app_launch.py). What only locking and quitting use (QEvent, the
dialog, editor and model classes) is imported there: PySide6 builds each class's Python enums
when the class is first imported, and QEvent's alone has 179 members (bench/unlock_screen.py).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from journal import kdf, paths
from journal.errors import JournalError, NewerVault, VaultDamaged

from . import operations
from .clipboard import clear_clipboard
from .idle import IdleWatcher
from .operations import DEFAULT_AUTOLOCK_MINUTES, Opened
from .tasks import TaskRunner

if TYPE_CHECKING:
    from typing import Protocol

    from PySide6.QtCore import QSize

    from journal.records import Record
    from journal.recovery import RecoveryKey

    from .context import Context
    from .crash import CrashHandler
    from .locked.forgot import ForgotScreen
    from .locked.unlock import UnlockScreen
    from .locked.welcome import WelcomeScreen
    from .pages.shell import Shell
    from .theme import UiSettings

    class Screens(Protocol):
        """What the session asks of the window it runs in (ui.main_window.MainWindow). Only the
        type checker needs it, so it is made here and costs start-up nothing."""

        @property
        def unlock_screen(self) -> UnlockScreen: ...

        @property
        def welcome(self) -> WelcomeScreen: ...

        @property
        def forgot_screen(self) -> ForgotScreen: ...

        def add_screen(self, screen: QWidget) -> None: ...

        def screen_size(self) -> QSize: ...

        def remove_screen(self, screen: QWidget) -> None: ...

        def clear_secrets(self) -> None:
            """The journal is open: no passphrase stays in a field."""

        def show_journal(self, context: Context, shell: Shell) -> None:
            """The journal just opened: show it, with the menus and status line that go with it."""

        def show_locked(self) -> None:
            """The journal just locked: the start screen, and no journal menus or status line."""

        def close_transient_windows(self) -> None:
            """Close every dialog, menu and popup over the window (locking)."""

        def say(self, text: str, timeout_ms: int = 0) -> None:
            """A short note on the status line."""


DAILY_BACKUP_DELAY_MS: Final = 2000
# Then it waits for a pause this long in what the person asks of the journal: copying ten years
# beside a search made that keystroke's results ~100 ms late (bench/app_launch.py). It waits at
# most BACKUP_WAIT_MAX_MS for one, so steady use still gets the day's backup.
BACKUP_QUIET_MS: Final = 1500
BACKUP_WAIT_MAX_MS: Final = 30_000
# Quitting waits this long at most for a daily backup under way (ten years take about half a
# second), so it is finished and proven rather than cut off.
BACKUP_FINISH_WAIT_S: Final = 15.0


class Session(QObject):
    """Which journal is open, and everything that happens when it opens or closes."""

    unlocked = Signal()
    locked = Signal()

    def __init__(
        self,
        window: Screens,
        data_dir: Path,
        ui_settings: UiSettings,
        *,
        profile: kdf.KdfProfile = kdf.DEFAULT_PROFILE,
        idle_ms: int | None = None,
        crash: CrashHandler | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.ui_settings = ui_settings
        self.default_folder = Path(data_dir)
        remembered = ui_settings.value("remembered_folder")
        self.folder = self.default_folder
        if remembered and paths.has_vault(Path(str(remembered))) and not paths.has_vault(self.default_folder):
            self.folder = Path(str(remembered))
        self.profile = profile
        self.idle_override = idle_ms
        self.crash = crash
        self.runner = TaskRunner(self)
        self.runner.unexpected.connect(self.report_bug)
        self.runner.said.connect(lambda text: window.say(text, 8000))
        self.context: Context | None = None
        self.shell: Shell | None = None
        self._location: dict[str, Any] = {}
        self._opening = False
        self._first_journal = False  # the journal being opened was just created
        self._prebuilt: tuple[Context, Shell] | None = None
        self._retry: list[Record] = []
        self.idle = IdleWatcher(DEFAULT_AUTOLOCK_MINUTES * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.screen_lock: QObject | None = None  # ui.screen_lock, from the first unlock on

    @property
    def is_unlocked(self) -> bool:
        return self.shell is not None

    # ---- unlocking, creating, restoring --------------------------------------------------------

    def unlock(self, passphrase: str) -> None:
        if self._opening:
            return
        self._opening = True
        self.runner.run(
            operations.open_journal(self.folder, passphrase), self._opened, self._open_failed,
            on_bug=self._open_broke,
        )
        QTimer.singleShot(0, self.prebuild)

    def prebuild(self) -> None:
        """While Argon2 runs: load the vault code and build the shell and its first page."""
        if self._prebuilt is not None or self.shell is not None or not self._opening:
            return
        self.idle.watch()
        import journal.vault  # noqa: F401 - for the unlock operation, which needs it once Argon2 is done

        from .context import Context
        from .pages.shell import Shell

        context = Context(self.runner, self.ui_settings, self.lock, self.folder, self)
        shell = Shell(context)
        shell.prepare(self._location.get("page") or "Today")
        self.window.add_screen(shell)
        # Lay it out, polish and draw it once now, off screen and with no journal data in it:
        # the first frame's costs (the style, fonts, PySide6's enums for drawing) are paid
        # while Argon2 works, not between unlocking and Today's first entries.
        shell.resize(self.window.screen_size())
        shell.grab()
        self._prebuilt = (context, shell)

    def _drop_prebuilt(self) -> None:
        if self._prebuilt is None:
            return
        context, shell = self._prebuilt
        self._prebuilt = None
        self.window.remove_screen(shell)
        shell.deleteLater()
        context.deleteLater()

    def create(self, passphrase: str, name: str, keyworker: str) -> None:
        if self._opening:
            return
        self._opening = True
        welcome = self.window.welcome
        welcome.set_busy(True)
        self._location = {"page": "Today"}
        self._first_journal = True

        def failed(error: JournalError) -> None:
            self._opening = False
            self._first_journal = False
            welcome.set_busy(False)
            welcome.message.show_message(error.message)

        def broke(_error: BaseException) -> None:
            self._opening = False
            self._first_journal = False
            welcome.set_busy(False)

        self.runner.run(
            operations.create_journal(self.folder, passphrase, self.profile, name, keyworker),
            self._opened, failed, on_bug=broke,
        )

    def reset_with_recovery_key(self, recovery_key: RecoveryKey, new_passphrase: str) -> None:
        """"Forgot your passphrase?": open with the recovery key and set a new passphrase."""
        if self._opening:
            return
        self._opening = True
        screen = self.window.forgot_screen

        def failed(error: JournalError) -> None:
            self._opening = False
            screen.show_error(error.message)

        def broke(_error: BaseException) -> None:
            self._opening = False
            screen.set_busy(False)

        def opened(result: Opened) -> None:
            self._opened(result)
            self.window.say(QCoreApplication.translate(
                "session",
                "Your passphrase is changed: use the new one next time. Your recovery key still works.",
            ), 15000)

        self.runner.run(
            operations.reset_with_recovery_key(self.folder, recovery_key, new_passphrase, self.profile),
            opened, failed, on_bug=broke,
        )

    def _open_failed(self, error: JournalError) -> None:
        self._opening = False
        self._drop_prebuilt()
        self.window.unlock_screen.show_error(error.message)
        if isinstance(error, VaultDamaged) and not isinstance(error, NewerVault):
            self._look_for_backup()

    def _open_broke(self, _error: BaseException) -> None:
        self._opening = False
        self._drop_prebuilt()
        self.window.unlock_screen.set_busy(False)

    def _look_for_backup(self) -> None:
        """The journal file is damaged: find the newest automatic backup this passphrase opens
        and that passes a full check (read-only, on the side lane), and offer to put it back."""
        screen = self.window.unlock_screen
        folder, passphrase = self.folder, screen.passphrase.text()

        def found(backup: Path | None) -> None:
            if backup is None or folder != self.folder or self.shell is not None:
                return
            import datetime as dt

            from .dates import moment_text

            when = dt.datetime.fromtimestamp(backup.stat().st_mtime)
            made = moment_text(when, "ddd d MMM, HH:mm")  # in the chosen language, not C's
            screen.offer_restore(backup, made)

        self.runner.run(operations.find_good_backup(folder, passphrase), found, lambda _error: None)

    def restore_backup(self, backup: Path) -> None:
        """Put `backup` back as this folder's journal (the person has said yes), then unlock it."""
        screen = self.window.unlock_screen
        folder, passphrase = self.folder, screen.passphrase.text()
        screen.set_busy(True)
        screen.offer_restore(None)

        def restored(_kept: object) -> None:
            self._opening = False
            self.unlock(passphrase)

        self.runner.run(
            operations.restore_backup(folder, backup, passphrase),
            restored,
            lambda error: screen.show_error(error.message),
            on_bug=lambda _error: screen.set_busy(False),
        )

    def report_bug(self, error: object) -> None:
        if self.crash is not None:
            self.crash.unexpected(error)
        elif isinstance(error, BaseException):
            raise error

    # ---- open -------------------------------------------------------------------------------

    def _opened(self, opened: Opened) -> None:
        self._opening = False
        window = self.window
        remember = window.unlock_screen.remember
        if remember.isVisible():
            if remember.isChecked():
                self.ui_settings.set_value("remembered_folder", str(self.folder))
            elif str(self.ui_settings.value("remembered_folder", "")) == str(self.folder):
                self.ui_settings.remove("remembered_folder")
        window.clear_secrets()
        self.runner.attach(opened.vault)
        if self._prebuilt is not None:
            context, shell = self._prebuilt
            self._prebuilt = None
        else:
            from .context import Context
            from .pages.shell import Shell

            context = Context(self.runner, self.ui_settings, self.lock, self.folder, self)
            shell = Shell(context)
            shell.prepare(self._location.get("page") or "Today")
            window.add_screen(shell)
        context.settings = opened.settings
        context.settings_changed.connect(self._apply_autolock)
        self.context, self.shell = context, shell
        window.show_journal(context, shell)
        self._apply_autolock()
        self.idle.start()
        QTimer.singleShot(0, self._listen_for_screen_lock)
        retry, self._retry = self._retry, []
        for record in retry:
            context.run(operations.save_record(record), None, lambda error: window.say(error.message))
        # The day's automatic encrypted backup, once the first pages have had their turn and the
        # person pauses.
        QTimer.singleShot(DAILY_BACKUP_DELAY_MS, lambda: self._daily_backup(context))
        first, self._first_journal = self._first_journal, False
        QTimer.singleShot(0 if first else DAILY_BACKUP_DELAY_MS,
                          lambda: self._offer_recovery_key(context, shell, first))
        location, self._location = self._location, {}
        shell.restore(location or {"page": "Today"})
        self.unlocked.emit()

    def still_open(self, context: Context) -> bool:
        """Whether the journal this context was made for is still the open one: work a timer
        started at unlock must not run on a journal locked, closed or replaced since."""
        return context is self.context and self.runner.has_vault

    def _listen_for_screen_lock(self) -> None:
        """Once, after the first unlock: lock when the computer sleeps or its screen locks
        (ui/screen_lock.py; QtDBus is loaded now, not at start-up)."""
        if self.screen_lock is not None:
            return
        try:
            from .screen_lock import ScreenLockListener
        except ImportError:  # a Qt built without D-Bus: the idle clock still locks
            self.screen_lock = QObject(self)
            return
        listener = ScreenLockListener(self)
        listener.locked.connect(self.lock)
        listener.start()
        self.screen_lock = listener

    def _daily_backup(self, context: Context, waiting_since: float | None = None) -> None:
        if not self.still_open(context):
            return
        now = time.monotonic()
        waiting_since = now if waiting_since is None else waiting_since
        quiet_ms = self.runner.lane_quiet_for() * 1000
        if quiet_ms < BACKUP_QUIET_MS and (now - waiting_since) * 1000 < BACKUP_WAIT_MAX_MS:
            QTimer.singleShot(max(1, round(BACKUP_QUIET_MS - quiet_ms)),
                              lambda: self._daily_backup(context, waiting_since))
            return

        def failed(error: JournalError) -> None:
            if context is self.context:  # nothing to say once locked
                self.window.say(error.message, 8000)

        self.runner.run(operations.daily_backup(), None, failed)

    def _offer_recovery_key(self, context: Context, shell: Shell, first_journal: bool) -> None:
        if not self.still_open(context):
            return
        from .dialogs.recovery_key import offer_after_unlock

        offer_after_unlock(context, shell, first_journal=first_journal,
                           say=lambda text: self.window.say(text, 15000))

    def _apply_autolock(self) -> None:
        if self.idle_override is not None:
            self.idle.set_timeout(self.idle_override)
            return
        minutes = DEFAULT_AUTOLOCK_MINUTES
        if self.context is not None:
            minutes = self.context.settings.autolock_minutes
        self.idle.set_timeout(max(1, minutes) * 60_000)

    # ---- locking and quitting -------------------------------------------------------------------

    def lock(self) -> None:
        """Save, then remove every piece of journal text from the screen, the models and memory."""
        if self.shell is None or self.context is None:
            return
        self.idle.stop()
        self.window.close_transient_windows()
        shell, context = self.shell, self.context
        shell.flush()
        self._location = shell.location()
        self.runner.wait()
        # Deliver the answers of the last saves while their pages still exist (a failed save
        # must still be able to say so), then drop everything.
        from PySide6.QtCore import QEvent

        QApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        # A save that failed (disk full, USB stick pulled) must not be lost by locking: keep
        # the record in memory only, and try again right after the next unlock.
        from .autosave import Autosaver  # loaded with the pages

        self._retry = [s.unsaved for s in shell.findChildren(Autosaver) if s.unsaved is not None]
        self.runner.end_session()
        context.end()  # before scrub: emptying the search field starts its delayed search
        self.shell = self.context = None
        self.window.remove_screen(shell)
        scrub(shell)
        shell.hide()
        shell.setParent(None)
        shell.deleteLater()
        context.undo.clear()
        context.deleteLater()
        # A daily backup under way cannot prove itself once the key is gone, so it removes its
        # copy; the next unlock makes the day's backup again. Locking never waits for it.
        self._close_vault()
        clear_clipboard()
        self.window.show_locked()
        self.locked.emit()
        QTimer.singleShot(0, _release_journal_memory)

    def quit(self) -> None:
        """Quitting: save what is typed, let a daily backup under way finish, close the vault."""
        if self.shell is not None:
            from PySide6.QtCore import QEvent

            self.shell.flush()
            self.runner.wait()
            QApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
            if self.context is not None:
                self.context.end()
        # The backup proves itself with the vault's key: it must end before the vault closes.
        self.runner.wait_for_vault_users(BACKUP_FINISH_WAIT_S)
        self._close_vault()
        clear_clipboard()
        self.idle.stop()
        self.idle.unwatch()

    def _close_vault(self) -> None:
        """Close the vault on its lane (as all vault work is) and wait until it is closed."""
        if self.runner.has_vault:
            self.runner.run(operations.close_journal())
            self.runner.wait()
            self.runner.detach()


def _release_journal_memory() -> None:
    """Once the event loop has its turn after a lock: the pages and models are deleted now
    (deleteLater), their Python objects collected, and the freed memory handed back to the
    system, so the text they held is not left lying in it (docs/security.md, Memory)."""
    import gc

    from PySide6.QtCore import QEvent

    from journal.process import release_freed_memory

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    release_freed_memory()


def scrub(root: QWidget) -> None:
    """Empty every text field, label and list model under `root` at once (deleteLater is later).

    Signals are blocked first so that emptying an editor never looks like an edit to autosave.
    """
    from PySide6.QtCore import QAbstractItemModel, QStringListModel
    from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        widget.blockSignals(True)
    for widget in widgets:
        if isinstance(widget, QLineEdit):
            widget.setText("")  # clear() would keep the text in the field's undo history
        elif isinstance(widget, (QPlainTextEdit, QLabel)):
            widget.clear()
    for model in root.findChildren(QAbstractItemModel):
        clear = getattr(model, "clear", None)
        if callable(clear):
            clear()
        elif isinstance(model, QStringListModel):
            model.setStringList([])


def close_transient_windows(keep: QWidget) -> None:
    """Close every popup, menu and dialog (modal or not) so nothing stays over a locked screen."""
    from PySide6.QtWidgets import QDialog, QMenu

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
