"""Entry point of the frozen app: the same `main` as the `recovery-journal` console script, except
that `--version` also says when this copy was built.

People update by installing a newer package or unzipping a newer folder (the app never looks
online), so "which copy is this?" has to be answerable offline: the spec writes the build date into
a small generated module (build/release.py, `rj_build_info`), frozen into the app. Run from source
there is no such module and the line says "source".

The answer is given here because journal/cli.py is being restructured; once it settles, the
function `version_line` belongs in the core (journal), where both `--version` and the About page
should call it, and the interception below goes away.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def version_line() -> str:
    """`recovery-journal 0.1.0 (built 2026-11-30)`, or `... (source)` outside a build."""
    try:
        from rj_build_info import BUILD_DATE, VERSION
    except ImportError:
        from journal import __version__ as VERSION

        return f"recovery-journal {VERSION} (source)"
    return f"recovery-journal {VERSION} (built {BUILD_DATE})"


# The top-level options, as journal.cli defines them; argparse accepts any unambiguous abbreviation.
VALUE_OPTIONS = ("--data-dir",)
FLAG_OPTIONS = ("--passphrase-stdin", "--debug")


def _abbreviates(arg: str, option: str, shortest: int) -> bool:
    return len(arg) >= shortest and option.startswith(arg)


def asks_for_version(args: Sequence[str]) -> bool:
    """Whether argparse would act on `--version`: it is a top-level option, so it counts only
    before the command (after it, the command's own parser refuses it) and after no -h/--help."""
    expect_value = False
    for arg in args:
        if expect_value:
            expect_value = False
            continue
        if arg in ("--", "-h") or not arg.startswith("-") or _abbreviates(arg, "--help", 3):
            return False
        if _abbreviates(arg, "--version", 3):
            return True
        if any(_abbreviates(arg, option, 4) for option in VALUE_OPTIONS):
            expect_value = True
    return False


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if asks_for_version(args):
        print(version_line())
        return 0
    from journal.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
