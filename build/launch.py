"""Entry point of the frozen app: the same `main` as the `recovery-journal` console script."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
