"""Recovery Journal's core: the encrypted vault and everything that works on it.

Nothing in this package imports Qt, so the command line, the tests and the benchmarks can use the
vault on a machine with no display (and a test proves it imports with PySide6 missing).
"""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("recovery-journal")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Recovery Journal"
