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


def version_line() -> str:
    """`recovery-journal 0.1.0 (built 2026-11-30)` in a standalone build, `... (source)` otherwise.

    People update by installing a newer package or unzipping a newer folder (the app never looks
    online), so `--version` and the About page must say which copy this is without a network.
    The build writes its date into a small module frozen into the app (build/release.py).
    """
    try:
        from rj_build_info import BUILD_DATE, VERSION  # only in a standalone build
    except ImportError:
        return f"recovery-journal {__getattr__('__version__')} (source)"
    return f"recovery-journal {VERSION} (built {BUILD_DATE})"
