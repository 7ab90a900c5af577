"""What the shape of ui/ promises: the unlock screen starts without the journal's code, and every
page in the sidebar is a real page.

(Cycles, module sizes and private names across modules are checked for journal/ and ui/ together
in tests/test_structure.py.)
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

from ui.context import Page
from ui.pages.shell import PAGES

ROOT = Path(__file__).resolve().parents[2]

# Loaded at the first unlock, while Argon2 runs, when first shown, or once the unlock screen's
# first frame is on the screen: never before the unlock screen is up (bench/app_launch.py and
# bench/unlock_screen.py measure what they cost).
NOT_AT_START = (
    "sqlcipher3", "journal.vault", "journal.records", "journal.stats", "journal.summary",
    "journal.exchange", "journal.autobackup", "ui.context", "ui.pages", "ui.editors", "ui.printing",
    "ui.timeline", "ui.locked.welcome", "ui.locked.crisis", "PySide6.QtCharts",
    "PySide6.QtPrintSupport",
    # The passphrase check (Argon2's bindings, OpenSSL's hashlib): loaded after the first frame.
    "journal.cipher", "argon2", "_argon2_cffi_bindings", "_cffi_backend", "hashlib",
    # Only the command line's words and numbers need these; dataclasses only the vault code.
    "journal.localformat", "journal.qm", "decimal", "dataclasses",
    # The daily reminder starts ticking after the first frame.
    "ui.reminder", "ui.autostart",
)

START = """
import sys
from pathlib import Path
import ui.app
from ui.theme import UiSettings

folder = Path(sys.argv[1])
app = ui.app.make_application()
window = ui.app.MainWindow(folder / "journal", ui_settings=UiSettings(folder / "settings"))
window.show()
app.processEvents()
assert window.stack.currentWidget() is window.unlock_screen
print("\\n".join(sorted(sys.modules)))
"""


def test_the_unlock_screen_starts_without_the_journals_code(tmp_path: Path) -> None:
    from journal import kdf
    from journal.vault import Vault
    from tests.conftest import PASSPHRASE

    Vault.create(tmp_path / "journal", PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    result = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path)], capture_output=True, text=True, timeout=120,
        cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    loaded = result.stdout.split()
    early = [m for m in loaded if any(m == name or m.startswith(name + ".") for name in NOT_AT_START)]
    assert early == []


# PySide6 builds a class, and all its Python enums, the first time it is named: the `Qt`
# namespace alone has 94 enums (~100 M instructions, ~16 ms). With a theme chosen in Settings
# nothing asks the computer's colour scheme, and the unlock screen does not need it. (QEvent is
# built by the first event an overridden handler receives, the window's changeEvent's; QSlider by
# the scale's class in ui.widgets: a few hundred enum members, not worth moving the classes.)
NOT_BUILT_AT_START = (("PySide6.QtCore", "Qt"),)

LIGHT_START = """
import sys
from pathlib import Path
import ui.app
from ui.theme import UiSettings

folder = Path(sys.argv[1])
settings = UiSettings(folder / "settings")
settings.set_value("theme", "light")
app = ui.app.make_application()
ui.app.apply_theme(app, settings.theme, settings.text_scale)
window = ui.app.MainWindow(folder / "journal", ui_settings=settings)
window.show()
app.processEvents()
assert window.stack.currentWidget() is window.unlock_screen
for module, name in %r:
    if name in vars(sys.modules[module]):
        print(name)
window.close()  # keeps the window's size for this screen, as a person's first start does
"""


def test_with_a_chosen_theme_the_unlock_screen_builds_no_class_it_does_not_show(tmp_path: Path) -> None:
    from journal import kdf
    from journal.vault import Vault
    from tests.conftest import PASSPHRASE

    Vault.create(tmp_path / "journal", PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    # The first start ever places the window afresh (maximising it on a small screen names Qt's
    # namespace); the second opens at the size kept then, as every later start does.
    for _start in ("first", "second"):
        result = subprocess.run(
            [sys.executable, "-c", LIGHT_START % (NOT_BUILT_AT_START,), str(tmp_path)],
            capture_output=True, text=True, timeout=120, cwd=ROOT,
            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        )
        assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == []


def test_every_page_in_the_sidebar_is_a_page() -> None:
    for name, _icon, module, class_name in PAGES:
        page_class = getattr(importlib.import_module(module), class_name)
        assert issubclass(page_class, Page), name
        assert page_class.title == name


# The installed command's own start, watched: what waits for the unlock screen's first frame.
FIRST_FRAME = """
import gc
import sys

import ui.launcher
import ui.main_window
from PySide6.QtCore import QTimer

show = ui.main_window.MainWindow.show


def show_and_watch(window):
    before = (gc.isenabled(), "journal.cipher" in sys.modules)
    def after():
        from ui.reminder import DailyReminder

        from PySide6.QtWidgets import QApplication
        from ui.collector import UiThreadCollector

        hand = window.unlock_screen.forgot_button.cursor().shape().name
        reminder = window.findChild(DailyReminder) is not None
        # collection is back, from the UI thread's timer only (ui/collector.py)
        collectors = QApplication.instance().findChildren(UiThreadCollector)
        collecting = not gc.isenabled() and any(c.running for c in collectors)
        print(before, (collecting, "journal.cipher" in sys.modules, hand, reminder), flush=True)
        window.close()
    window.first_frame.connect(lambda: QTimer.singleShot(0, after))
    show(window)


ui.main_window.MainWindow.show = show_and_watch
sys.exit(ui.launcher.main(["--data-dir", sys.argv[1]]))
"""


def test_the_first_frame_starts_garbage_collection_and_loads_the_passphrase_check(
    tmp_path: Path,
) -> None:
    """Start-up pauses Python's garbage collector and leaves Argon2 for later; both must come
    back once the unlock screen is on the screen (collection from the UI thread's timer), or
    memory grows and Enter waits. The "Forgot
    your passphrase?" link gets its pointing hand then too, and the daily reminder starts."""
    from journal import kdf
    from journal.vault import Vault
    from tests.conftest import PASSPHRASE

    Vault.create(tmp_path / "journal", PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    result = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(tmp_path / "journal")], capture_output=True,
        text=True, timeout=120, cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
             "XDG_CONFIG_HOME": str(tmp_path / "config")},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split("\n")[0] == "(False, False) (True, True, 'PointingHandCursor', True)"


# Following the computer's colours: the unlock screen is drawn in the scheme remembered from the
# last start (asking the computer builds Qt's namespace, ~100 M instructions), and the computer
# is asked once the first frame is up. Offscreen, the computer prefers light.
REMEMBERED_DARK = """
import gc
import sys

import ui.app
import ui.launcher
import ui.main_window
from journal import paths
from PySide6 import QtCore
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from ui.locked.unlock import UnlockScreen
from ui.theme import UiSettings

UiSettings(paths.settings_dir()).set_value("computer_scheme", "dark")
windows = []
show = ui.main_window.MainWindow.show
ui.main_window.MainWindow.show = lambda window: (windows.append(window), show(window))
first_frame = []  # as the first of the first frame's handlers found it


def background():
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def first(handler):
    def watched(*args):
        if not first_frame:
            first_frame.append((background(), "Qt" in vars(QtCore)))
        handler(*args)
    return watched


def report():
    # and after the first frame, cycles are collected by the UI thread's timer, not automatically
    # in whichever thread allocates (ui/collector.py)
    from ui.collector import UiThreadCollector
    collectors = QApplication.instance().findChildren(UiThreadCollector)
    collecting = not gc.isenabled() and any(c.running for c in collectors)
    print(first_frame[0], (background(), UiSettings(paths.settings_dir()).computer_scheme), collecting)
    windows[0].close()


after_first_frame = first(ui.app.after_first_frame)
ui.app.after_first_frame = lambda *args: (after_first_frame(*args), QTimer.singleShot(0, report))
UnlockScreen.show_link_cursor = first(UnlockScreen.show_link_cursor)
sys.exit(ui.launcher.main(["--data-dir", sys.argv[1]]))
"""


def test_following_the_computer_the_first_frame_is_drawn_as_last_time_then_follows_it_now(
    tmp_path: Path,
) -> None:
    """Drawn dark as the computer was at the last start, without asking it; light right after,
    because the computer now prefers light; and that is remembered for the next start."""
    from journal import kdf
    from journal.vault import Vault
    from tests.conftest import PASSPHRASE

    Vault.create(tmp_path / "journal", PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    for _start in ("first", "second"):  # the second at the window size kept by the first
        result = subprocess.run(
            [sys.executable, "-c", REMEMBERED_DARK, str(tmp_path / "journal")], capture_output=True,
            text=True, timeout=120, cwd=ROOT,
            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                 "XDG_CONFIG_HOME": str(tmp_path / "config")},
        )
        assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split("\n")[0] == "('#1e2124', False) ('#f6f4ef', 'light') True"


# What unlocking, Today and the offers made just after it must not load: the printing code (the
# summary's page drawing, ~60 ms to import) waits for a print or a PDF. Importing it for the
# recovery-key offer, 2 s after unlock, held up the UI thread in the middle of whatever the person
# was doing (bench/app_launch.py: a search keystroke 140 ms late).
NOT_AFTER_UNLOCK = ("ui.printing", "PySide6.QtPrintSupport", "journal.summary", "journal.recovery_sheet")

UNLOCK_AND_WAIT = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
import ui.app, ui.session
from journal import kdf
from ui.theme import UiSettings

ui.session.DAILY_BACKUP_DELAY_MS = 0  # the recovery-key offer and the daily backup come at once
folder = Path(sys.argv[1])
app = ui.app.make_application()
window = ui.app.MainWindow(folder / "journal", ui_settings=UiSettings(folder / "settings"),
                           profile=kdf.TEST_PROFILE)
window.show()
window.unlock_screen.passphrase.setText(sys.argv[2])
window.unlock_screen.passphrase.returnPressed.emit()
said = []
window.statusBar().messageChanged.connect(said.append)
QTimer.singleShot(6000, app.quit)
def check():
    if any("recovery key" in text for text in said):
        app.quit()
    else:
        QTimer.singleShot(50, check)
check()
app.exec()
assert any("recovery key" in text for text in said), said
print("\\n".join(sorted(sys.modules)))
window.lock()
"""


def test_unlocking_and_the_offers_after_it_load_no_printing_code(tmp_path: Path) -> None:
    from journal import kdf
    from journal.vault import Vault
    from tests.conftest import PASSPHRASE

    Vault.create(tmp_path / "journal", PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    result = subprocess.run(
        [sys.executable, "-c", UNLOCK_AND_WAIT, str(tmp_path), PASSPHRASE], capture_output=True,
        text=True, timeout=120, cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
             "RECOVERY_JOURNAL_TEST_KDF": "1"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    loaded = result.stdout.split()
    assert "ui.pages.today" in loaded  # it did unlock
    printing = [m for m in loaded if any(m == name or m.startswith(name + ".") for name in NOT_AFTER_UNLOCK)]
    assert printing == []
