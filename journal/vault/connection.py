"""Opening SQLCipher connections: the one place that gives a connection its key and settings.

Three kinds, all keyed the same way (`keyed`): the vault's own connection (`connect`: WAL,
FULL sync, foreign keys, secure delete), a second connection for a long read beside it
(`snapshot_connection`: a backup), and a read-only look at a closed file (`open_read_only`:
checking a backup without writing a byte beside it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

import sqlcipher3

from .. import cipher, paths, wipe

BUSY_TIMEOUT_S: Final = 5.0
_TEMP_STORE_MEMORY: Final = 2


def keyed(connection: Any, key: bytes | bytearray, salt: bytes) -> Any:
    """Give a fresh connection the key and our explicit cipher settings (closing it on failure)."""
    try:
        for pragma in cipher.QUIET_PRAGMAS:  # before the key: a failed HMAC check is logged at once
            connection.execute(pragma)
        give_key(connection, key, salt)
        for pragma in cipher.CONNECTION_PRAGMAS:
            connection.execute(pragma)
        # Sorts and temporary tables must never spill journal text to an unencrypted temp file.
        connection.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        connection.close()
        raise
    return connection


def give_key(connection: Any, key: bytes | bytearray, salt: bytes) -> None:
    """PRAGMA key, leaving no copy of the key behind in Python: run outside the statement cache
    (executescript), then the statement is overwritten (journal/wipe.py)."""
    built = cipher.key_statement(key, salt)
    statement = built.decode("ascii")
    wipe.wipe(built)
    try:
        connection.executescript(statement)
    finally:
        wipe.forget_text(statement)


def _raw(target: str, **options: Any) -> Any:
    return sqlcipher3.connect(target, isolation_level=None, check_same_thread=False, **options)


def connect(path: Path, key: bytes | bytearray, salt: bytes) -> Any:
    """The vault's own connection: everything it writes survives a power cut once committed."""
    connection = keyed(_raw(str(path), timeout=BUSY_TIMEOUT_S), key, salt)
    try:
        if connection.execute("PRAGMA temp_store").fetchone()[0] != _TEMP_STORE_MEMORY:
            raise RuntimeError("SQLCipher refused temp_store = MEMORY")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA secure_delete = ON")
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise RuntimeError(f"journal_mode stayed {mode}")
        # FULL: a commit reported as saved survives a power cut, not only a crash.
        connection.execute("PRAGMA synchronous = FULL")
    except BaseException:
        connection.close()
        raise
    return connection


def snapshot_connection(path: Path, key: bytes | bytearray, salt: bytes) -> Any:
    """A second connection to an open vault, for a long read (a backup) beside the main one."""
    return keyed(_raw(str(path), timeout=BUSY_TIMEOUT_S), key, salt)


def open_read_only(path: Path, key: bytes | bytearray, salt: bytes) -> Any:
    """A look at a closed vault or backup that writes nothing beside it.

    A read-only open of a WAL-mode file creates -wal and -shm files beside it and leaves them
    there. A closed file with no WAL beside it is opened immutable instead, so checking a backup
    writes nothing at all; a file with a WAL (a vault copied aside) is read with it.
    """
    wal = paths.wal_path(path)
    has_wal = wal.exists() and wal.stat().st_size > 0
    uri = path.resolve().as_uri() + ("?mode=ro" if has_wal else "?mode=ro&immutable=1")
    return keyed(_raw(uri, uri=True), key, salt)
