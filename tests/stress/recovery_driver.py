"""A busy owner of a journal with a recovery key, for the kill -9 test: it saves check-ins, changes
the passphrase, makes new recovery keys and resets the passphrase with the key, until killed.

    python recovery_driver.py FOLDER SEED   (stdin: passphrase, other passphrase, recovery key)

One line per step, flushed at once, so the test knows what had been reported when SIGKILL landed:
    ready                              the vault is open
    start <op> [key]                   an operation begins (checkin, passwd, recovery-key, reset);
                                       a new recovery key is named before it is made
    saved checkin <id>                 Vault.save returned: this check-in must survive any kill
    passwd-done                        change_passphrase (or the reset) returned: the other
                                       passphrase is the journal's now
    recovery-key-done                  make_recovery_key returned: only the new key opens it now
    done <op>
The cheap test KDF profile is used so hundreds of kills fit in minutes.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from journal import kdf

kdf.KNOWN_PROFILES = (kdf.TEST_PROFILE,)

from journal import recovery  # noqa: E402
from journal.records import CheckIn  # noqa: E402
from journal.vault import Vault  # noqa: E402


def say(*words: str) -> None:
    sys.stdout.write(" ".join(words) + "\n")
    sys.stdout.flush()


def main() -> None:
    folder = Path(sys.argv[1])
    rng = random.Random(int(sys.argv[2]))
    current = sys.stdin.readline().rstrip("\n")
    other = sys.stdin.readline().rstrip("\n")
    key = recovery.parse(sys.stdin.readline())
    vault = Vault.open(folder, current)
    say("ready")
    while True:
        roll = rng.random()
        if roll < 0.45:
            say("start checkin")
            record = vault.save(CheckIn(mood=rng.randint(0, 10), hope=rng.randint(0, 10),
                                        note="a note " * rng.randint(1, 400)))
            say("saved checkin", record.id)
            say("done checkin")
        elif roll < 0.65:
            say("start passwd")
            vault.change_passphrase(other, profile=kdf.TEST_PROFILE)
            current, other = other, current
            say("passwd-done")
            say("done passwd")
        elif roll < 0.85:
            new_key = recovery.RecoveryKey.new()
            say("start recovery-key", new_key.text())
            vault.make_recovery_key(new_key)
            key = new_key
            say("recovery-key-done")
            say("done recovery-key")
        else:
            vault.close()
            say("start reset")
            vault = Vault.open_with_recovery_key(folder, key)
            vault.reset_passphrase(key, other, profile=kdf.TEST_PROFILE)
            current, other = other, current
            say("passwd-done")
            say("done reset")


if __name__ == "__main__":
    main()
