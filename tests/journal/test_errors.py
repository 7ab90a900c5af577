"""Sorting failures (journal/errors.py): a full disk, a read-only stick or a damaged file is told in
plain words; anything else is a bug and is let through unchanged for the crash handler."""

from __future__ import annotations

import ast
import errno
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from journal import messages
from journal.errors import (
    SQLITE_ERROR_TEXTS,
    DiskFull,
    JournalError,
    ReadOnlyStorage,
    SqliteCode,
    StorageError,
    VaultBusy,
    VaultDamaged,
    known_error,
    translated_errors,
)

ROOT = Path(__file__).resolve().parents[2]


def sqlite_error(code: int, text: str = "something failed") -> sqlcipher3.Error:
    """A SQLCipher error as the library raises it: the code rides on the exception."""
    error = sqlcipher3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("number", "kind", "message"),
    [
        (errno.ENOSPC, DiskFull, messages.DISK_FULL),
        (errno.EROFS, ReadOnlyStorage, messages.READ_ONLY),
        (errno.EACCES, ReadOnlyStorage, messages.READ_ONLY),
        (errno.EPERM, ReadOnlyStorage, messages.READ_ONLY),
        (errno.EIO, StorageError, messages.READ_ONLY),
        (errno.ENODEV, StorageError, messages.READ_ONLY),
    ],
)
def test_a_refusing_disk_is_told_plainly(number: int, kind: type[JournalError], message: str) -> None:
    known = known_error(OSError(number, "the system's words"))
    assert type(known) is kind and known.message == message


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (SqliteCode.FULL, DiskFull),
        (SqliteCode.READONLY, ReadOnlyStorage),
        (SqliteCode.BUSY, VaultBusy),
        (SqliteCode.LOCKED, VaultBusy),
        (SqliteCode.CORRUPT, VaultDamaged),
        (SqliteCode.NOTADB, VaultDamaged),
        (SqliteCode.IOERR, StorageError),
        (SqliteCode.CANTOPEN, StorageError),
        (SqliteCode.IOERR | (3 << 8), StorageError),  # SQLITE_IOERR_WRITE: an extended code
    ],
)
def test_each_known_sqlite_code_has_its_error(code: int, kind: type[JournalError]) -> None:
    assert type(known_error(sqlite_error(code))) is kind


def test_bugs_are_not_dressed_up_as_known_errors() -> None:
    assert known_error(OSError(errno.ENOENT, "No such file")) is None
    assert known_error(ValueError("a bug")) is None
    assert known_error(sqlite_error(SqliteCode.ERROR, "near 'SELEC': syntax error")) is None
    assert known_error(sqlite_error(19, "UNIQUE constraint failed")) is None  # SQLITE_CONSTRAINT
    assert known_error(sqlcipher3.ProgrammingError("Cannot operate on a closed database.")) is None


def test_real_failures_of_sqlite_are_sorted(tmp_path: Path) -> None:
    connection = sqlcipher3.connect(str(tmp_path / "plain.db"), isolation_level=None)
    connection.execute("CREATE TABLE t (x)")
    connection.execute("PRAGMA query_only = 1")
    with pytest.raises(sqlcipher3.Error) as readonly:
        connection.execute("INSERT INTO t VALUES (1)")
    assert type(known_error(readonly.value)) is ReadOnlyStorage
    connection.execute("PRAGMA query_only = 0")

    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(sqlcipher3.Error) as full:
        connection.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
    assert type(known_error(full.value)) is DiskFull

    other = sqlcipher3.connect(str(tmp_path / "plain.db"), isolation_level=None, timeout=0)
    connection.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlcipher3.Error) as busy:
        other.execute("BEGIN IMMEDIATE")
    assert type(known_error(busy.value)) is VaultBusy
    connection.execute("ROLLBACK")

    (tmp_path / "noise.db").write_bytes(bytes(range(256)) * 64)
    noise = sqlcipher3.connect(str(tmp_path / "noise.db"))
    with pytest.raises(sqlcipher3.Error) as not_a_db:
        noise.execute("SELECT count(*) FROM sqlite_master").fetchall()
    assert type(known_error(not_a_db.value)) is VaultDamaged
    for opened in (connection, other, noise):
        opened.close()


def test_a_full_disk_inside_sqlcipher_export_is_still_a_full_disk(tmp_path: Path) -> None:
    """sqlcipher_export reports the inner failure as SQLITE_ERROR with SQLite's own words for it:
    those words are in SQLITE_ERROR_TEXTS, so a backup onto a full disk says the disk is full."""
    connection = sqlcipher3.connect(str(tmp_path / "source.db"), isolation_level=None)
    connection.execute("CREATE TABLE t (x)")
    connection.execute("INSERT INTO t VALUES (?)", ("x" * 200_000,))
    connection.execute("ATTACH DATABASE ? AS copy KEY ''", (str(tmp_path / "copy.db"),))
    connection.execute("PRAGMA copy.max_page_count = 2")
    with pytest.raises(sqlcipher3.Error) as caught:
        connection.execute("SELECT sqlcipher_export('copy')")
    assert caught.value.sqlite_errorcode & 0xFF == SqliteCode.ERROR  # type: ignore[attr-defined]
    assert str(caught.value) in SQLITE_ERROR_TEXTS
    assert type(known_error(caught.value)) is DiskFull
    connection.close()


def test_translated_errors_raises_the_plain_one_from_the_original() -> None:
    original = OSError(errno.ENOSPC, "No space left on device")
    with pytest.raises(DiskFull) as caught, translated_errors():
        raise original
    assert caught.value.__cause__ is original
    bug = KeyError("a bug")
    with pytest.raises(KeyError) as passed, translated_errors():
        raise bug
    assert passed.value is bug
    own = VaultBusy("already plain")
    with pytest.raises(VaultBusy) as kept, translated_errors():
        raise own
    assert kept.value is own


def test_the_sorting_module_does_not_load_sqlcipher() -> None:
    """The unlock screen imports journal.errors before the vault code is loaded."""
    done = subprocess.run(
        [sys.executable, "-c", "import sys, journal.errors; print('sqlcipher3' in sys.modules)"],
        capture_output=True, text=True, check=True,
    )
    assert done.stdout.strip() == "False"


def test_no_other_module_reads_error_numbers_or_error_text() -> None:
    """Sorting lives in journal/errors.py only: nobody else compares codes or reads messages."""
    found = []
    for path in sorted((ROOT / "journal").rglob("*.py")):
        if path.name == "errors.py" and path.parent.name == "journal":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("errno", "sqlite_errorcode"):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} .{node.attr}")
            if isinstance(node, ast.Name) and node.id == "errno":
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} errno")
    assert found == []
