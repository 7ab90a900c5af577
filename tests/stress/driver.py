"""A busy writer for the kill -9 test: it changes the vault in a loop until it is killed.

    python driver.py FOLDER SEED [--migrate]   (stdin: passphrase, then the other passphrase)

It prints one line per step, flushed at once, so the test knows exactly what had been reported
saved when the SIGKILL landed:
    ready                       the vault is open
    start <op>                  an operation begins (checkin, import, backup, passwd, migrate)
    saved checkin <id> <digest> Vault.save returned: this check-in must survive any kill, as it was
    imported <kind>:<id>:<digest> ...
                                import_data returned: all of these must survive, as they were
    backup <path>               Vault.backup returned: this file must open and pass check
    passwd-done                 change_passphrase returned: only the other passphrase opens now
    done <op>
With --migrate, FOLDER holds a version-0 vault and the open that migrates it is the first step.
The cheap test KDF profile is used so hundreds of kills fit in minutes. A digest is the SHA-256
of the record in export form (`digest`), computed from what was handed to the vault, so the test can
compare what survived with what was reported saved, not only its id.
"""

from __future__ import annotations

import random
import sys
import uuid
from pathlib import Path

from journal import exchange, kdf
from journal.records import CheckIn
from tests.stress.common import digest

kdf.KNOWN_PROFILES = (kdf.TEST_PROFILE,)  # this process only: the driver is never imported

from journal.vault import Vault  # noqa: E402


def say(*words: str) -> None:
    sys.stdout.write(" ".join(words) + "\n")
    sys.stdout.flush()


def an_import(rng: random.Random) -> tuple[dict[str, object], list[str]]:
    checkins = []
    for _ in range(rng.randint(5, 60)):
        record_id = str(uuid.uuid4())
        checkins.append({
            "id": record_id, "at": f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T10:00:00+00:00",
            "mood": rng.randint(0, 10), "hope": rng.randint(0, 10), "craving": None,
            "peer_contact": rng.random() < 0.5, "tags": ["imported"],
            "note": "imported words " * rng.randint(1, 300),
        })
    agenda = []
    for _ in range(rng.randint(0, 5)):
        record_id = str(uuid.uuid4())
        agenda.append({"id": record_id, "created": "2026-11-01T09:00:00+00:00",
                       "text": "talk about " * rng.randint(1, 50), "done": False})
    data = {"format": "recovery-journal", "version": 1, "exported_at": "2026-11-22T10:00:00+00:00",
            "checkins": checkins, "agenda": agenda}
    parsed = exchange.parse_export(data)
    ids = [f"{kind}:{record.id}:{digest(record)}"
           for kind in ("checkin", "agenda") for record in parsed.records[kind]]
    return data, ids


def main() -> None:
    folder = Path(sys.argv[1])
    rng = random.Random(int(sys.argv[2]))
    migrate = "--migrate" in sys.argv
    current = sys.stdin.readline().rstrip("\n")
    other = sys.stdin.readline().rstrip("\n")
    if migrate:
        say("start migrate")
    vault = Vault.open(folder, current)
    if migrate:
        say("done migrate")
    say("ready")
    backups = 0
    while True:
        roll = rng.random()
        if roll < 0.50:
            say("start checkin")
            record = vault.save(CheckIn(mood=rng.randint(0, 10), hope=rng.randint(0, 10),
                                        note="a note " * rng.randint(1, 2000)))
            say("saved checkin", record.id, digest(record))
            say("done checkin")
        elif roll < 0.80:
            data, ids = an_import(rng)
            say("start import")
            vault.import_data(data)
            say("imported", *ids)
            say("done import")
        elif roll < 0.88:
            backups += 1
            target = folder / "backups" / f"manual-{uuid.uuid4().hex[:8]}.db"
            say("start backup")
            vault.backup(target)
            say("backup", str(target))
            say("done backup")
        else:
            say("start passwd")
            vault.change_passphrase(other, profile=kdf.TEST_PROFILE)
            current, other = other, current
            say("passwd-done")
            say("done passwd")


if __name__ == "__main__":
    main()
