"""`python -m journal` is the same as the `recovery-journal` command."""

import sys

from .cli import main

sys.exit(main())
