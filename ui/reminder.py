"""A gentle daily reminder, off by default: at a time of day the person chooses, while the app
runs (locked or not), a calm note that it is a good moment to check in.

It says nothing personal: no name, no entry, no count of days, nothing from the journal, as it
may show on a screen others can see, and it is shown while the journal may be locked. Where the
desktop has a system tray it is a tray notification; otherwise a quiet note in the window.

The time lives with the non-personal settings (ui.ini), because it must work before unlocking.
The clock is a parameter, so a test can say what time it is; the check runs every
CHECK_EVERY_MS and fires once a day, at or after the chosen time (a computer asleep at that
time hears of it when it wakes), and not again the same day, even after a restart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QCoreApplication, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QSystemTrayIcon,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from . import autostart
from .theme import UiSettings
from .widgets import InlineMessage, label, named

CHECK_EVERY_MS: Final = 30_000
ENABLED_KEY: Final = "reminder/enabled"
TIME_KEY: Final = "reminder/time"  # "HH:MM", 24-hour
LAST_KEY: Final = "reminder/last_day"  # the day it last fired (ISO date)
DEFAULT_TIME: Final = "20:00"


def reminder_title() -> str:
    return QCoreApplication.translate("reminder", "Recovery Journal")


def reminder_text() -> str:
    """The same words every day, and nothing from the journal."""
    return QCoreApplication.translate(
        "reminder", "A gentle reminder: a good moment to check in with yourself, if you would like to."
    )


def reminder_enabled(settings: UiSettings) -> bool:
    return str(settings.value(ENABLED_KEY, "false")).lower() == "true"


def reminder_time(settings: UiSettings) -> QTime:
    parsed = QTime.fromString(str(settings.value(TIME_KEY, DEFAULT_TIME)), "HH:mm")
    return parsed if parsed.isValid() else QTime.fromString(DEFAULT_TIME, "HH:mm")


def past(now: dt.datetime, at: QTime) -> bool:
    return (now.hour, now.minute) >= (at.hour(), at.minute())


def choose(
    settings: UiSettings, enabled: bool, at: QTime, now: Callable[[], dt.datetime] = dt.datetime.now
) -> None:
    """Save the person's choice. A time already past today starts tomorrow: setting 18:00 at
    19:00 should not remind them at once."""
    changed = (reminder_enabled(settings), reminder_time(settings)) != (enabled, at)
    settings.set_value(ENABLED_KEY, "true" if enabled else "false")
    settings.set_value(TIME_KEY, at.toString("HH:mm"))
    if enabled and changed and past(now(), at):
        settings.set_value(LAST_KEY, now().date().isoformat())


class DailyReminder(QObject):
    """Fires `due(text)` once a day at the chosen time, and shows it where it can."""

    due = Signal(str)

    def __init__(
        self,
        ui_settings: UiSettings,
        window: QWidget | None = None,
        *,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(window)
        self._settings = ui_settings
        self._window = window
        self.clock = now  # what time it is (a test sets its own)
        self._tray_available = tray_available
        self.tray: QSystemTrayIcon | None = None
        # Always ticking (reading one value from memory twice a minute): Settings only writes
        # the choice, and the next tick follows it.
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    @property
    def enabled(self) -> bool:
        return reminder_enabled(self._settings)

    @property
    def time(self) -> QTime:
        return reminder_time(self._settings)

    # ---- the clock -----------------------------------------------------------------------------

    def _past_time_today(self) -> bool:
        return past(self.clock(), self.time)

    def check(self) -> bool:
        """Fire if it is time and it has not fired today; whether it fired."""
        if not self.enabled or not self._past_time_today():
            return False
        today = self.clock().date().isoformat()
        if str(self._settings.value(LAST_KEY, "")) == today:
            return False
        self._settings.set_value(LAST_KEY, today)
        self.show(reminder_text())
        return True

    def show(self, text: str) -> None:
        if self._tray_available():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self._window.windowIcon() if self._window else QIcon(), self)
                self.tray.setToolTip(reminder_title())
                self.tray.activated.connect(self._raise_window)
                self.tray.messageClicked.connect(self._raise_window)
            self.tray.show()
            self.tray.showMessage(reminder_title(), text, QSystemTrayIcon.MessageIcon.NoIcon, 15_000)
        self.due.emit(text)  # the window shows it too, quietly (there may be no tray)

    def _raise_window(self, *_args: object) -> None:
        if self._window is not None:
            self._window.showNormal()
            self._window.raise_()
            self._window.activateWindow()


class ReminderBox(QGroupBox):
    """Settings: the daily reminder and starting at login, with what each means in plain words."""

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Daily reminder"))
        self._settings = settings
        self.enabled = QCheckBox(self.tr("Remind me each day at"))
        named(self.enabled, self.tr("Remind me each day at this time"))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        named(self.time, self.tr("Time of the daily reminder"))
        self.enabled.setChecked(reminder_enabled(settings))
        self.time.setTime(reminder_time(settings))
        self.time.setEnabled(self.enabled.isChecked())
        row = QHBoxLayout()
        row.addWidget(self.enabled)
        row.addWidget(self.time)
        row.addStretch(1)
        self.at_login = QCheckBox(self.tr("Start Recovery Journal when I log in, minimised"))
        named(self.at_login, self.tr("Start Recovery Journal when I log in, minimised"),
              self.tr("Anyone who uses this computer account will see it start"))
        self.at_login.setEnabled(autostart.supported())
        self.at_login.setChecked(autostart.supported() and autostart.is_enabled())
        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(label(self.tr(
            "While Recovery Journal is open (locked or not), a short note says it is a good moment "
            "to check in. It never shows anything you have written."
        ), "hint"))
        layout.addWidget(self.at_login)
        layout.addWidget(label(self.tr(
            "Anyone who uses this computer account will see Recovery Journal start when they log in."
        ), "warning"))
        layout.addWidget(self.message)
        self.enabled.toggled.connect(self._save)
        self.time.timeChanged.connect(self._save)
        self.at_login.toggled.connect(self._save_login)

    def _save(self) -> None:
        self.time.setEnabled(self.enabled.isChecked())
        choose(self._settings, self.enabled.isChecked(), self.time.time())

    def _save_login(self, on: bool) -> None:
        try:
            autostart.set_enabled(on)
        except OSError as error:
            self.message.show_message(self.tr(
                "Could not change starting at login: {reason}"
            ).format(reason=error.strerror or error))
