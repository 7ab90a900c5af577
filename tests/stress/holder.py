"""Another window with the journal open, for the two-at-once test.

    python holder.py FOLDER write SECONDS [STOP]  saves a check-in every ~20 ms, printing "saved <id>",
                                                 until SECONDS pass or the file STOP appears
    python holder.py FOLDER hold SECONDS [STOP]   holds one write transaction open that long (or until
                                                 the file STOP appears), then commits
stdin: the passphrase. Prints "ready" once open, "error <Class> <message>" for a refused save,
and "closed" after a clean close. Uses the cheap test KDF profile.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from journal import kdf

kdf.KNOWN_PROFILES = (kdf.TEST_PROFILE,)

from journal.errors import JournalError  # noqa: E402
from journal.records import CheckIn  # noqa: E402
from journal.vault import Vault  # noqa: E402


def main() -> None:
    folder, mode, seconds = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
    stop = Path(sys.argv[4]) if len(sys.argv) > 4 else None
    vault = Vault.open(folder, sys.stdin.readline().rstrip("\n"))
    print("ready", flush=True)
    end = time.monotonic() + seconds
    if mode == "hold":
        with vault.transaction():
            record = vault.save(CheckIn(mood=5, hope=5, note="written inside a long transaction"))
            print("holding", flush=True)
            while time.monotonic() < end and not (stop and stop.exists()):
                time.sleep(0.02)
        print("saved", record.id, flush=True)
    else:
        number = 0
        while time.monotonic() < end and not (stop and stop.exists()):
            try:
                record = vault.save(CheckIn(mood=5, hope=5, note=f"from the other window {number}"))
                print("saved", record.id, flush=True)
            except JournalError as error:
                print("error", type(error).__name__, error.message, flush=True)
            number += 1
            time.sleep(0.02)
    vault.close()
    print("closed", flush=True)


if __name__ == "__main__":
    main()
