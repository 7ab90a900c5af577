"""Entry point of the frozen app: the same `main` as the `recovery-journal` console script.

`--version` says when this copy was built (journal.version_line reads the small module the spec
writes, build/release.py's `rj_build_info`), so "which copy is this?" is answerable offline.
"""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
