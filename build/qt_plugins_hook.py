"""Run-time hook of the standalone app, in place of PyInstaller's pyi_rth_pyside6 (the spec swaps
them): tells Qt where the folder's plugins are, without importing PySide6.

PyInstaller's hook sets the same path and then imports PySide6.QtCore, to register a qt.conf for
bindings that do not register one themselves; the PySide6 wheels do (on import, with the prefix
of the folder they are in). Importing PySide6 before the app also installs PySide6's import hook
before the app's own modules load, and every import after it costs more: the standalone app's
unlock screen took ~10% longer to appear than the source install's (bench/unlock_screen.py).
The app imports PySide6 itself, after its command-line part, as it does from source.
"""

import os
import sys

if sys.platform.startswith("win"):
    os.environ["QT_PLUGIN_PATH"] = os.path.join(sys._MEIPASS, "PySide6", "plugins")
else:
    os.environ["QT_PLUGIN_PATH"] = os.path.join(sys._MEIPASS, "PySide6", "Qt", "plugins")
