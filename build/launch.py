"""Entry point of the frozen app: the same `main` as the `recovery-journal` console script."""

import sys

from journal.cli import main

if __name__ == "__main__":
    sys.exit(main())
