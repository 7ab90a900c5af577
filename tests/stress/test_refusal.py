"""Issue 6, tests 3 and 4: 1,000 wrong passphrases are refused with the file byte-identical and
no side files; unlocking a missing, empty or foreign file never creates anything."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import unicodedata
from pathlib import Path

import pytest

from journal import kdf, paths
from journal.errors import JournalError, WrongPassphrase
from journal.records import CheckIn
from journal.vault import Vault

from .common import FULL, PW, PYTHON, files, python_env, record, scale

ALPHABET = "abcXYZ019 !\"'\\é€ß漢字🙂\u0301\t"


def wrong_passphrases(count: int, rng: random.Random) -> list[str]:
    """Near misses people make (case, Caps Lock, a space, one letter) and random ones."""
    near = [PW.upper(), PW.capitalize(), PW + " ", " " + PW, PW[:-1], PW + "\n", PW.swapcase(),
            PW.replace(" ", ""), PW[1:], "", " ", "\x00"]
    found: list[str] = []
    while len(found) < count:
        if len(found) < len(near):
            candidate = near[len(found)]
        elif rng.random() < 0.5:  # one character changed, inserted or dropped
            chars = list(PW)
            i = rng.randrange(len(chars))
            op = rng.randrange(3)
            if op == 0:
                chars[i] = rng.choice(ALPHABET)
            elif op == 1:
                chars.insert(i, rng.choice(ALPHABET))
            else:
                del chars[i]
            candidate = "".join(chars)
        else:
            candidate = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 80)))
        if unicodedata.normalize("NFC", candidate) != PW:
            found.append(candidate)
    return found


@pytest.mark.usefixtures("fast_kdf")
def test_1000_wrong_passphrases_refused_byte_identical_no_side_files(tmp_path: Path) -> None:
    count = scale(60, 1000)
    folder = tmp_path / "journal"
    with Vault.create(folder, PW, profile=kdf.TEST_PROFILE) as vault:
        vault.save(CheckIn(mood=5, hope=6, note="private words"))
    before = files(folder)
    refused = other = changed = 0
    for candidate in wrong_passphrases(count, random.Random(3)):
        try:
            Vault.open(folder, candidate).close()
        except WrongPassphrase as error:
            refused += "nothing has been changed" in error.message
        except Exception:  # counted below: anything but a clear refusal is a failure
            other += 1
        changed += files(folder) != before
    # The same passphrase typed with decomposed accents or as NFC opens: it is not a wrong one.
    with Vault.open(folder, unicodedata.normalize("NFD", PW)) as vault:
        assert vault.list("checkin")[0].note == "private words"
    record("wrong-passphrase", attempts=count, refused=refused, other_outcomes=other,
           runs_with_any_file_change=changed)
    assert (refused, other, changed) == (count, 0, 0)


def test_wrong_passphrases_with_the_real_kdf_profile_and_the_command_line(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    Vault.create(folder, PW).close()  # the real Argon2id profile
    before = files(folder)
    for candidate in wrong_passphrases(5, random.Random(4)):
        with pytest.raises(WrongPassphrase):
            Vault.open(folder, candidate)
    for command in (["check"], ["export"], ["checkin", "--mood", "5", "--hope", "5"], ["passwd"]):
        result = subprocess.run(
            [PYTHON, "-m", "journal", "--data-dir", str(folder), "--passphrase-stdin", *command],
            input="not it\nnew one\n", capture_output=True, text=True, env=python_env(), timeout=120,
        )
        assert result.returncode == 3, result.stderr
        assert "does not open this journal" in result.stderr and "Traceback" not in result.stderr
    assert files(folder) == before
    record("wrong-passphrase-real-profile", api_attempts=5, cli_attempts=4, all_refused=True,
           file_unchanged=True)


def _foreign_files(tmp_path: Path) -> dict[str, bytes | None]:
    plain = tmp_path / "plain.sqlite"
    connection = sqlite3.connect(plain)
    connection.execute("CREATE TABLE notes (text)")
    connection.execute("INSERT INTO notes VALUES ('not a vault')")
    connection.commit()
    connection.close()
    rng = random.Random(5)
    return {
        "missing folder": None,
        "empty folder": b"",
        "empty file": b"",
        "plain SQLite file": plain.read_bytes(),
        "random bytes (4 pages)": rng.randbytes(4 * 4096),
        "random bytes (odd size)": rng.randbytes(10_001),
        "text file": b"my notes, not a journal\n" * 100,
        "zeros": bytes(8192),
        "PNG image": b"\x89PNG\r\n\x1a\n" + rng.randbytes(5000),
        "a folder named vault.db": None,
        "a file where the folder should be": None,
    }


@pytest.mark.usefixtures("fast_kdf")
def test_unlocking_missing_empty_or_foreign_never_creates_anything(tmp_path: Path) -> None:
    rounds = scale(2, 20)
    cases = _foreign_files(tmp_path)
    commands = (["check"], ["export"], ["checkin", "--mood", "5", "--hope", "5"], ["backup", "--out",
                str(tmp_path / "never.db")], ["passwd"], ["summary", "--out", str(tmp_path / "s.pdf")])
    attempts = created = crashes = 0
    for round_number in range(rounds):
        for name, content in cases.items():
            base = tmp_path / f"r{round_number}" / name.replace(" ", "-")
            folder = base / "journal"
            if name == "a file where the folder should be":
                base.mkdir(parents=True)
                folder.write_bytes(b"a file")
            elif name == "a folder named vault.db":
                paths.vault_path(folder).mkdir(parents=True)
            elif name != "missing folder":
                folder.mkdir(parents=True)
                if name != "empty folder":
                    assert content is not None
                    paths.vault_path(folder).write_bytes(content)
            before = files(base), sorted(p.name for p in base.rglob("*")) if base.exists() else None
            try:
                Vault.open(folder, PW).close()
                crashes += 1  # it must never open
            except JournalError:  # NoVault, NotAVault, VaultDamaged, WrongPassphrase: a refusal
                pass
            except Exception:  # counted: a crash
                crashes += 1
            attempts += 1
            if round_number == 0:  # the command line too, once per case
                for command in commands if FULL else commands[:2]:
                    result = subprocess.run(
                        [PYTHON, "-m", "ui.launcher", "--data-dir", str(folder), "--passphrase-stdin",
                         *command], input=f"{PW}\nnew\n", capture_output=True, text=True,
                        env=python_env(), timeout=120)
                    attempts += 1
                    crashes += result.returncode not in (3, 4, 5) or "Traceback" in result.stderr
            after = files(base), sorted(p.name for p in base.rglob("*")) if base.exists() else None
            created += after != before
            assert not (tmp_path / "never.db").exists() and not (tmp_path / "s.pdf").exists()
    record("never-create", cases=len(cases), attempts=attempts, runs_with_files_created=created,
           crashes=crashes)
    assert created == 0
    assert crashes == 0
