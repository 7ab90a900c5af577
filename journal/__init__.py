"""Recovery Journal's core: the encrypted vault and everything that works on it.

Nothing in this package imports Qt, so the command line, the tests and the benchmarks can use the
vault on a machine with no display (and a test proves it works with the Qt libraries missing).
"""

from __future__ import annotations

APP_NAME = "Recovery Journal"


def __getattr__(name: str) -> str:
    """`journal.__version__`, read from the package metadata only when asked for: importing
    importlib.metadata costs ~20 ms, which every launch of the app would otherwise pay."""
    if name != "__version__":
        raise AttributeError(name)
    from importlib import metadata

    try:
        return metadata.version("recovery-journal")
    except metadata.PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0+source"
