"""`python -m journal`: the `recovery-journal` command without the desktop parts.

Every command works here, on a machine with no Qt; opening the app and the summary PDF say that
the desktop libraries are needed (the installed command's launcher adds them).
"""

import sys

from .cli import main
from .process import harden

harden()  # no core dumps, no same-user ptrace, private files: before any secret arrives
sys.exit(main())
