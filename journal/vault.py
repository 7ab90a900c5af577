"""The one object that owns a person's encrypted journal.

`Vault` holds the only SQLCipher connection; the app, the command line and the tests talk to the
journal through it and nothing else. It offers a transaction context, the records API, the
timeline and search, statistics, backup, restore, passphrase change and a full check.

The connection may be used from one worker thread while the UI thread asks small questions: a
re-entrant lock serialises every use, so SQLite never sees two callers at once.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import errno
import importlib
import json
import os
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

import sqlcipher3

from . import cipher, kdf, messages, paths, schema
from .cipher import check_passphrase_on_file
from .errors import (
    DiskFull,
    InvalidInput,
    JournalError,
    NewerVault,
    ReadOnlyStorage,
    StorageError,
    UsageError,
    VaultBusy,
    VaultDamaged,
    VaultExists,
    WrongPassphrase,
)
from .records import (
    DEFAULT_HELPLINES,
    AgendaItem,
    CheckIn,
    Contact,
    GratitudeList,
    Helpline,
    Record,
    Trigger,
    check_text,
    parse_instant,
    utc_key,
    validate,
)
from .stats import PeriodStats, period_stats

if TYPE_CHECKING:  # exchange imports this module, so only for the type
    from .exchange import ImportReport

R = TypeVar("R", bound=Record)

_BUSY_TIMEOUT_S: Final = 5.0
_TEMP_SUFFIXES: Final = (".rekey-tmp", ".restore-tmp", ".create-tmp")
_fcntl: Any = importlib.import_module("fcntl") if os.name == "posix" else None


def _translate(exc: BaseException) -> JournalError | None:
    """The person-facing error for a database or file-system failure, or None if it is a bug."""
    if isinstance(exc, JournalError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return DiskFull(messages.DISK_FULL)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnlyStorage(messages.READ_ONLY)
        if exc.errno in (errno.EIO, errno.ENXIO, errno.ENODEV):
            return StorageError(messages.READ_ONLY)
        return None
    if not isinstance(exc, sqlcipher3.Error):
        return None
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == 13 or "disk is full" in text:
        return DiskFull(messages.DISK_FULL)
    if primary == 8 or "readonly" in text or "read-only" in text:
        return ReadOnlyStorage(messages.READ_ONLY)
    if primary in (5, 6) or "database is locked" in text or "busy" in text:
        return VaultBusy(messages.BUSY)
    if primary in (11, 26) or "malformed" in text or "not a database" in text:
        return VaultDamaged(messages.DAMAGED_NO_BACKUP)
    if primary in (10, 14) or "disk i/o" in text or "unable to open" in text:
        return StorageError(messages.READ_ONLY)
    return None


@contextlib.contextmanager
def _known_errors() -> Iterator[None]:
    try:
        yield
    except (sqlcipher3.Error, OSError) as exc:
        known = _translate(exc)
        if known is None or known is exc:
            raise
        raise known from exc


def _hold(path: Path) -> int | None:
    """A shared flock on the vault file, kept for as long as a Vault has it open.

    Replacing the file (passphrase change, restore) needs the exclusive lock, so it is refused
    while another window or command has the journal open: that one's connection would go on
    writing into the replaced, deleted file, and a checkpoint could mix the two (found by the
    two-at-once test: both passphrases stopped opening). Returns the descriptor to close, or
    None where flock does not exist. Raises VaultBusy while a replacement is under way.
    """
    if _fcntl is None:
        return None
    for _ in range(5):
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        try:
            _fcntl.flock(fd, _fcntl.LOCK_SH | _fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise VaultBusy(messages.BUSY) from None
        except OSError:  # a filesystem without flock: go on as SQLite alone would
            os.close(fd)
            return None
        try:
            if os.fstat(fd).st_ino == os.stat(path).st_ino:
                return fd
        except FileNotFoundError:
            pass
        os.close(fd)  # the file was replaced meanwhile: hold the new one
    raise VaultBusy(messages.BUSY)


def _hold_exclusively(fd: int) -> bool:
    """Turn a shared hold into the exclusive one; False (still shared) if anyone else holds it."""
    try:
        _fcntl.flock(fd, _fcntl.LOCK_EX | _fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        with contextlib.suppress(OSError):  # flock converts by unlocking first: take it back
            _fcntl.flock(fd, _fcntl.LOCK_SH | _fcntl.LOCK_NB)
        return False


def _release(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)


def _cannot_write(folder: Path) -> bool:
    """True on a read-only disk (write-protected stick, read-only mount) or a folder this user
    cannot write to: SQLite would fail to open the WAL there with a vaguer error."""
    if os.name != "posix":
        return False
    try:
        read_only_mount = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False
    return read_only_mount or not os.access(folder, os.W_OK)


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable: on Linux the directory entry itself must reach the disk."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _private(path: Path) -> None:
    """Readable by this user only: on a shared computer other accounts cannot copy the vault."""
    if os.name == "posix":
        os.chmod(path, 0o600)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _connect(path: Path, key: bytes, salt: bytes) -> Any:
    connection = sqlcipher3.connect(
        str(path), isolation_level=None, check_same_thread=False, timeout=_BUSY_TIMEOUT_S
    )
    try:
        connection.execute(f"PRAGMA key = {cipher.key_pragma_value(key, salt)}")
        for pragma in cipher.CONNECTION_PRAGMAS:
            connection.execute(pragma)
        # Sorts and temporary tables must never spill journal text to an unencrypted temp file.
        connection.execute("PRAGMA temp_store = MEMORY")
        if connection.execute("PRAGMA temp_store").fetchone()[0] != 2:
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


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    problems: tuple[str, ...]
    counts: dict[str, int]

    def verdict(self) -> str:
        if self.ok:
            total = sum(self.counts.values())
            return f"Your journal is healthy: it opens and all {total:,} records read back correctly."
        return "Your journal is damaged: " + "; ".join(self.problems[:3])


@dataclass(frozen=True)
class TimelineEntry:
    """One row of the Journal page: enough to draw it without loading the whole record."""

    kind: str
    id: str
    sort_key: str  # the entry's timeline position; pass it back in `before` to page on
    day: str
    when: str
    title: str
    text: str


@dataclass(frozen=True)
class TimelineFilter:
    kinds: frozenset[str] = frozenset({"checkin", "trigger", "gratitude", "agenda"})
    start_day: str | None = None
    end_day: str | None = None
    search: str = ""


_ORD_MIN: Final = -(1 << 62)
_ORD_MAX: Final = (1 << 62)


def _ord_range(start_day: str | None, end_day: str | None) -> tuple[int, int]:
    """Timeline positions that can hold these local days (a day spans UTC -14 h to +14 h)."""
    low, high = _ORD_MIN, _ORD_MAX
    if start_day:
        start = dt.datetime.fromisoformat(start_day).replace(tzinfo=dt.UTC) - dt.timedelta(days=1)
        low = int(start.timestamp()) * schema.ORD_SECONDS_FACTOR
    if end_day:
        end = dt.datetime.fromisoformat(end_day).replace(tzinfo=dt.UTC) + dt.timedelta(days=2)
        high = int(end.timestamp()) * schema.ORD_SECONDS_FACTOR
    return low, high


def fts_query(text: str) -> str:
    """Turn what a person types into a safe FTS5 query: every word must match, the last as a prefix."""
    words = [w for w in "".join(ch if ch.isalnum() else " " for ch in text).split() if w]
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


class Vault:
    """A person's open, unlocked journal. Create with `Vault.create` or `Vault.open`; `close` ends it."""

    def __init__(
        self, folder: Path, connection: Any, key: bytes, salt: bytes, hold: int | None = None
    ) -> None:
        self.folder = folder
        self.path = paths.vault_path(folder)
        self._connection = connection
        self._hold = hold
        self._key = key
        self._salt = salt
        self._lock = threading.RLock()
        self._depth = 0

    # ---- opening and closing ---------------------------------------------------------------

    @staticmethod
    def exists(folder: Path) -> bool:
        return paths.has_vault(folder)

    @classmethod
    def create(
        cls, folder: Path, passphrase: str, *, profile: kdf.KdfProfile = kdf.DEFAULT_PROFILE
    ) -> Vault:
        """Make a new, empty vault. It appears whole or not at all (built aside, then renamed)."""
        if not passphrase:
            raise UsageError(messages.PASSPHRASE_EMPTY)
        path = paths.vault_path(folder)
        if path.exists():
            raise VaultExists(messages.vault_exists(folder))
        if folder.exists() and not folder.is_dir():
            raise UsageError(messages.not_a_folder(folder))
        with _known_errors():
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            temp = path.with_name(path.name + ".create-tmp")
            _remove_temp(temp)
            salt = kdf.new_salt()
            key = kdf.derive_key(passphrase, salt, profile)
            connection = _connect(temp, key, salt)
            try:
                connection.execute("BEGIN IMMEDIATE")
                schema.migrate(connection, 0)
                for position, (name, phone, notes) in enumerate(DEFAULT_HELPLINES):
                    connection.execute(
                        "INSERT INTO helplines (id, name, phone, notes, position) VALUES (?, ?, ?, ?, ?)",
                        (Helpline(name, phone).id, name, phone, notes, position),
                    )
                connection.execute("COMMIT")
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                connection.close()
            _private(temp)
            _fsync_file(temp)
            if path.exists():  # someone made one meanwhile: never overwrite
                _remove_temp(temp)
                raise VaultExists(messages.vault_exists(folder))
            os.replace(temp, path)
            _fsync_dir(folder)
            hold = _hold(path)
            try:
                return cls(folder, _connect(path, key, salt), key, salt, hold)
            except BaseException:
                _release(hold)
                raise

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> Vault:
        """Unlock an existing vault. Never creates a file; refuses a newer vault untouched."""
        key, salt, _profile = check_passphrase_on_file(paths.vault_path(folder), passphrase)
        return cls.open_with_key(folder, key, salt)

    @classmethod
    def open_with_key(cls, folder: Path, key: bytes, salt: bytes) -> Vault:
        """The rest of `open`, once `cipher.check_passphrase_on_file` has proven the key.

        Split out for the app, which derives the key (Argon2, a fifth of a second) before this
        module is even loaded and loads it meanwhile; see `ui.app.MainWindow._unlock`.
        """
        path = paths.vault_path(folder)
        if _cannot_write(folder):
            raise ReadOnlyStorage(messages.READ_ONLY_OPEN)
        hold = _hold(path)
        try:
            if not Path(str(path) + "-wal").exists():
                # Nobody else has it open, so these are leftovers of an interrupted rekey,
                # restore or create (encrypted, unused), not another process's work in progress.
                for suffix in _TEMP_SUFFIXES:
                    _remove_temp(path.with_name(path.name + suffix))
            with _known_errors():
                connection = _connect(path, key, salt)
                try:
                    version = connection.execute("PRAGMA user_version").fetchone()[0]
                    if version > schema.CURRENT_VERSION:
                        raise NewerVault(messages.NEWER_VAULT)
                    vault = cls(folder, connection, key, salt, hold)
                    if version < schema.CURRENT_VERSION:
                        vault._migrate(version)
                except BaseException:
                    connection.close()
                    raise
        except BaseException:
            _release(hold)
            raise
        return vault

    def _migrate(self, from_version: int) -> None:
        """Keep an encrypted copy of the old vault first, then migrate in one transaction."""
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        self.backup(paths.backups_dir(self.folder) / f"before-upgrade-v{from_version}-{stamp}.db")
        with self.transaction() as connection:
            schema.migrate(connection, from_version)

    def close(self) -> None:
        with self._lock:
            if self._connection is None:
                return
            with contextlib.suppress(sqlcipher3.Error):
                self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._connection.close()
            self._connection = None
            self._key = b""
            _release(self._hold)
            self._hold = None

    @property
    def is_open(self) -> bool:
        return self._connection is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ---- the connection ----------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """All or nothing: everything inside commits together or rolls back on any error.

        Nested use becomes a savepoint, so a helper that opens a transaction can be called from
        inside a bigger one (an import) without committing halfway.
        """
        with self._lock, _known_errors():
            connection = self._require()
            if self._depth == 0:
                connection.execute("BEGIN IMMEDIATE")
            else:
                connection.execute(f"SAVEPOINT sp{self._depth}")
            self._depth += 1
            try:
                yield connection
            except BaseException:
                self._depth -= 1
                if self._depth == 0:
                    with contextlib.suppress(sqlcipher3.Error):
                        connection.execute("ROLLBACK")
                else:
                    connection.execute(f"ROLLBACK TO sp{self._depth}")
                    connection.execute(f"RELEASE sp{self._depth}")
                raise
            self._depth -= 1
            if self._depth == 0:
                connection.execute("COMMIT")
            else:
                connection.execute(f"RELEASE sp{self._depth}")

    def query(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] = ()
    ) -> builtins.list[tuple[Any, ...]]:
        """Rows of a read-only query (the statement runs under the vault's lock)."""
        with self._lock, _known_errors():
            return cast(list[tuple[Any, ...]], self._require().execute(sql, parameters).fetchall())

    def _require(self) -> Any:
        if self._connection is None:
            raise JournalError("Your journal is locked. Unlock it to go on.")
        return self._connection

    # ---- records -------------------------------------------------------------------------------

    def save(self, record: R) -> R:
        """Add the record, or replace the stored one with the same id. Validates first."""
        validate(record)
        with self.transaction() as connection:
            _write_record(connection, record)
        return record

    def get(self, kind: str, record_id: str) -> Record | None:
        table, _ = _TABLES[kind]
        rows = self.query(f"SELECT {_select_columns(kind)} FROM {table} WHERE id = ?", (record_id,))
        return _row_to_record(kind, rows[0]) if rows else None

    def get_many(self, kind: str, record_ids: Sequence[str]) -> builtins.list[Record]:
        """The records among `record_ids` that exist, in one query."""
        table, order = _TABLES[kind]
        rows = self.query(
            f"SELECT {_select_columns(kind)} FROM {table}"
            f" WHERE id IN (SELECT value FROM json_each(?)) ORDER BY {', '.join(order)}",
            (json.dumps(list(record_ids)),),
        )
        return [_row_to_record(kind, row) for row in rows]

    def delete(self, kind: str, record_id: str) -> Record | None:
        """Remove a record and hand it back, so the caller can offer to undo."""
        with self.transaction():
            record = self.get(kind, record_id)
            if record is not None:
                table, _ = _TABLES[kind]
                self._require().execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
        return record

    def list(
        self,
        kind: str,
        *,
        start_day: str | None = None,
        end_day: str | None = None,
        newest_first: bool = False,
        limit: int | None = None,
    ) -> builtins.list[Record]:
        """Records of one kind in their natural order (time for dated kinds, entry order otherwise)."""
        table, order = _TABLES[kind]
        day_column = {"checkin": "day", "trigger": "day", "gratitude": "date"}.get(kind)
        where, params = [], []
        if day_column and start_day:
            where.append(f"{day_column} >= ?")
            params.append(start_day)
        if day_column and end_day:
            where.append(f"{day_column} <= ?")
            params.append(end_day)
        sql = f"SELECT {_select_columns(kind)} FROM {table}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        direction = " DESC" if newest_first else ""
        sql += " ORDER BY " + ", ".join(f"{c}{direction}" for c in order)
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_row_to_record(kind, row) for row in self.query(sql, params)]

    def recent_checkins(self, count: int = 10) -> builtins.list[CheckIn]:
        return cast(list[CheckIn], self.list("checkin", newest_first=True, limit=count))

    def gratitude_on(self, day: str) -> GratitudeList | None:
        rows = self.list("gratitude", start_day=day, end_day=day, limit=1)
        return cast(GratitudeList, rows[0]) if rows else None

    def tags_by_use(self) -> builtins.list[str]:
        """Every tag used before, most used first, for completion."""
        rows = self.query(
            "SELECT value, count(*) AS n FROM checkins, json_each(checkins.tags)"
            " GROUP BY value ORDER BY n DESC, value"
        )
        return [row[0] for row in rows]

    def count(self, kind: str) -> int:
        table, _ = _TABLES[kind]
        return int(self.query(f"SELECT count(*) FROM {table}")[0][0])

    # ---- settings that are personal ----------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        rows = self.query("SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(rows[0][0]) if rows else default

    def set_setting(self, key: str, value: Any) -> None:
        # Checked like every text field, so a name pasted with a broken character is refused
        # with a sentence instead of failing inside SQLite.
        check_text(key, "settings", required=True)
        text = check_text(json.dumps(value, ensure_ascii=False), f"settings.{key}")
        with self.transaction() as connection:
            connection.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, text),
            )

    # ---- timeline and search -----------------------------------------------------------------

    def timeline(
        self,
        where: TimelineFilter | None = None,
        *,
        before: tuple[str, str] | None = None,
        limit: int = 200,
    ) -> builtins.list[TimelineEntry]:
        """A page of everything, newest first. Pass the last entry's (sort_key, id) as `before`
        to get the next page. Paging by position and, when searching, reading the full-text index
        newest first, keeps every page equally fast however many years the vault holds."""
        where = where or TimelineFilter()
        kinds = sorted(where.kinds)
        if not kinds:
            return []
        # The unary + keeps SQLite walking by position (newest first, stopping after one page)
        # instead of choosing the kind index and sorting everything.
        clauses = [f"+t.kind IN ({', '.join('?' for _ in kinds)})"]
        params: builtins.list[Any] = list(kinds)
        position = "t.ord"
        low, high = _ord_range(where.start_day, where.end_day)
        if where.start_day:
            clauses.append("+t.day >= ?")
            params.append(where.start_day)
        if where.end_day:
            clauses.append("+t.day <= ?")
            params.append(where.end_day)
        if before is not None:
            clauses.append("(t.ord, t.record_id) < (?, ?)")
            params.extend((int(before[0]), before[1]))
            high = min(high, int(before[0]))
        if where.search.strip():
            match = fts_query(where.search)
            if not match:
                return []
            source = "search s JOIN timeline t ON t.ord = s.rowid"
            clauses = ["s.search MATCH ?", "s.rowid BETWEEN ? AND ?", *clauses]
            params = [match, low, high, *params]
            position = "s.rowid"
        else:
            source = "timeline t"
            clauses = ["t.ord BETWEEN ? AND ?", *clauses]
            params = [low, high, *params]
        sql = (
            f"SELECT t.kind, t.record_id, t.ord, t.day FROM {source}"
            f" WHERE {' AND '.join(clauses)} ORDER BY {position} DESC LIMIT {int(limit)}"
        )
        with self._lock:
            heads = self.query(sql, params)
            return self._describe(heads)

    def timeline_entry(self, kind: str, record_id: str) -> TimelineEntry | None:
        """One record's timeline row as it is now, to redraw it after an edit."""
        with self._lock:
            heads = self.query(
                "SELECT kind, record_id, ord, day FROM timeline WHERE kind = ? AND record_id = ?",
                (kind, record_id),
            )
            return self._describe(heads)[0] if heads else None

    def _describe(self, heads: builtins.list[tuple[Any, ...]]) -> builtins.list[TimelineEntry]:
        by_kind: dict[str, list[str]] = {}
        for kind, record_id, _, _ in heads:
            by_kind.setdefault(kind, []).append(record_id)
        details: dict[tuple[str, str], tuple[str, str, str]] = {}
        for kind, ids in by_kind.items():
            sql, describe = _DESCRIBE[kind]
            for row in self.query(sql, (json.dumps(ids),)):
                details[(kind, row[0])] = describe(row)
        entries = []
        for kind, record_id, sort_key, day in heads:
            when, title, text = details.get((kind, record_id), ("", "", ""))
            entries.append(TimelineEntry(kind, record_id, str(sort_key), day, when, title, text))
        return entries

    def search(self, text: str, limit: int = 200) -> builtins.list[TimelineEntry]:
        return self.timeline(TimelineFilter(search=text), limit=limit)

    def search_count(self, text: str) -> int:
        match = fts_query(text)
        if not match:
            return 0
        return int(self.query("SELECT count(*) FROM search WHERE search MATCH ?", (match,))[0][0])

    # ---- statistics, import and export (kept in their own modules) ----------------------------

    def stats(self, start_day: str, end_day: str) -> PeriodStats:
        with self._lock:
            return period_stats(self, start_day, end_day)

    def export_data(self, *, exported_at: str | None = None) -> dict[str, Any]:
        """Everything as export format v1 (a plain dict; `exchange.dumps` makes the file)."""
        from .exchange import export_data

        with self._lock:
            return export_data(self, exported_at=exported_at)

    def import_data(self, data: Any) -> ImportReport:
        """Merge a parsed export file, all or nothing (see journal/exchange.py)."""
        from .exchange import import_data

        return import_data(self, data)

    # ---- backup, restore, passphrase, check ----------------------------------------------------

    def backup(self, destination: Path) -> Path:
        """An encrypted, consistent copy (same passphrase) via SQLCipher's own export."""
        self.backup_with_counts(destination)
        return Path(destination)

    def backup_with_counts(self, destination: Path) -> dict[str, int]:
        """Make a backup and say how many records of each kind its snapshot holds.

        The export runs on a connection of its own, under WAL's snapshot isolation, and not under
        the vault's lock: the app can go on saving and searching while a backup of ten years is
        written (the daily backup runs beside the worker, not on it). The file is written beside
        the destination under a temporary name and renamed into place, so a crash leaves either
        the old file or the whole new one, never half a backup.
        """
        destination = Path(destination)
        with self._lock:
            self._require()
            key, salt = self._key, self._salt
        with _known_errors():
            destination.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            temp = destination.with_name(destination.name + ".partial")
            _remove_temp(temp)
            try:
                source = _snapshot_connection(self.path, key, salt)
                try:
                    counts = export_connection(source, temp, key, salt)
                finally:
                    source.close()
                _private(temp)
                _fsync_file(temp)
                os.replace(temp, destination)
                _fsync_dir(destination.parent)
            finally:
                _remove_temp(temp)
        return counts

    def _export_to(self, target: Path, key: bytes, salt: bytes) -> None:
        export_connection(self._require(), target, key, salt)

    def change_passphrase(
        self, new_passphrase: str, *, profile: kdf.KdfProfile = kdf.DEFAULT_PROFILE
    ) -> None:
        """Re-encrypt under a new passphrase, atomically.

        The vault is copied, encrypted with the new key, beside the old one; only when the copy is
        on disk and proven to open is it renamed over the old file. A crash at any point leaves a
        file that exactly one of the old and new passphrases opens.
        """
        if not new_passphrase:
            raise UsageError(messages.PASSPHRASE_EMPTY)
        salt = kdf.new_salt()
        key = kdf.derive_key(new_passphrase, salt, profile)
        self._replace_file_with(lambda temp: self._export_to(temp, key, salt), key, salt, ".rekey-tmp")

    def _replace_file_with(self, write: Any, key: bytes, salt: bytes, suffix: str) -> None:
        with self._lock, _known_errors():
            if self._depth:
                raise RuntimeError("cannot replace the vault file inside a transaction")
            old_key, old_salt = self._key, self._salt
            temp = self.path.with_name(self.path.name + suffix)
            _remove_temp(temp)
            try:
                write(temp)
                _private(temp)
                _fsync_file(temp)
                check_key_on_file(temp, key, salt)
                # Only when no other window or command has the journal open (see _hold).
                held, self._hold = self._hold, None
                if held is not None and not _hold_exclusively(held):
                    self._hold = held
                    raise VaultBusy(messages.OPEN_ELSEWHERE)
                # Close so the WAL is folded into the old file and removed: a stale WAL beside
                # the new file would be replayed into it. A WAL still there after the last
                # close means another connection has the file open.
                self.close()
                try:
                    wal = Path(str(self.path) + "-wal")
                    if wal.exists():
                        raise VaultBusy(messages.OPEN_ELSEWHERE)
                    _remove_quietly(Path(str(self.path) + "-shm"))
                    os.replace(temp, self.path)
                except BaseException:
                    if held is not None:
                        _fcntl.flock(held, _fcntl.LOCK_SH)
                    self._reopen(old_key, old_salt, held)
                    raise
                _fsync_dir(self.folder)
            except BaseException:
                raise
            else:
                self._reopen(key, salt)
                _release(held)
            finally:
                _remove_temp(temp)

    def _reopen(self, key: bytes, salt: bytes, hold: int | None = None) -> None:
        if hold is None:
            hold = _hold(self.path)
        try:
            self._connection = _connect(self.path, key, salt)
        except BaseException:
            _release(hold)
            raise
        self._hold = hold
        self._key, self._salt = key, salt

    def restore_from(self, backup_file: Path, passphrase: str) -> Path:
        """Replace this vault with a backup, keeping an encrypted copy of the current one first.

        The backup must open with `passphrase`; afterwards the vault uses the backup's passphrase.
        Returns where the copy of the previous vault was kept.
        """
        backup_file = Path(backup_file)
        key, salt = _verified_backup_key(backup_file, passphrase)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        try:
            kept = self.backup(paths.backups_dir(self.folder) / f"before-restore-{stamp}.db")
        except VaultDamaged:
            # Damaged inside (it opens, but a page fails): an export cannot read it, which is
            # exactly when a restore is needed. Keep its files aside byte for byte instead;
            # nothing else writes them, as this thread holds the vault's only connection.
            with self._lock, _known_errors():
                kept = _keep_files_aside(self.folder)

        def write(temp: Path) -> None:
            source = _open_read_only(backup_file, key, salt)
            try:
                export_connection(source, temp, key, salt)
            finally:
                source.close()

        self._replace_file_with(write, key, salt, ".restore-tmp")
        version = self.query("PRAGMA user_version")[0][0]
        if version > schema.CURRENT_VERSION:
            raise NewerVault(messages.NEWER_VAULT)
        if version < schema.CURRENT_VERSION:
            self._migrate(version)
        return kept

    def check(self) -> CheckReport:
        """Decrypt and verify every page and every index; report in plain words."""
        with self._lock:
            return _check_connection(self._require())


def export_connection(connection: Any, target: Path, key: bytes, salt: bytes) -> dict[str, int]:
    """Copy a whole open vault into a new encrypted file with SQLCipher's own `sqlcipher_export`.

    Returns the number of records of each kind in the snapshot that was copied (read inside the
    same transaction), so a caller can prove the copy holds exactly that.
    """
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    connection.execute(
        f"ATTACH DATABASE ? AS copy KEY {cipher.key_pragma_value(key, salt)}", (str(target),)
    )
    try:
        connection.execute("BEGIN")
        try:
            connection.execute("SELECT sqlcipher_export('copy')")
            # sqlcipher_export copies tables, not the header: carry the schema version over.
            connection.execute(f"PRAGMA copy.user_version = {int(version)}")
            # An old vault backed up before its upgrade may not have every table yet.
            tables = connection.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")
            present = {row[0] for row in tables}
            counts = {
                kind: int(connection.execute(f"SELECT count(*) FROM main.{table}").fetchone()[0])
                for kind, (table, _) in _TABLES.items()
                if table in present
            }
            connection.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                connection.execute("ROLLBACK")
            raise
        # The copy is in WAL mode like the vault, so a restored backup behaves the same.
        connection.execute("PRAGMA copy.journal_mode = WAL")
    finally:
        connection.execute("DETACH DATABASE copy")
    return counts


def _keyed(connection: Any, key: bytes, salt: bytes) -> Any:
    """Give a fresh connection the key and our explicit cipher settings (closing it on failure)."""
    try:
        connection.execute(f"PRAGMA key = {cipher.key_pragma_value(key, salt)}")
        for pragma in cipher.CONNECTION_PRAGMAS:
            connection.execute(pragma)
        connection.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        connection.close()
        raise
    return connection


def _snapshot_connection(path: Path, key: bytes, salt: bytes) -> Any:
    """A second connection to an open vault, for a long read (a backup) beside the main one."""
    return _keyed(
        sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=_BUSY_TIMEOUT_S
        ),
        key,
        salt,
    )


def _open_read_only(path: Path, key: bytes, salt: bytes) -> Any:
    # A read-only open of a WAL-mode file creates -wal and -shm files beside it and leaves them
    # there. A closed file with no WAL beside it is opened immutable instead, so checking a
    # backup writes nothing at all; a file with a WAL (a vault copied aside) is read with it.
    wal = Path(str(path) + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    uri = path.resolve().as_uri() + ("?mode=ro" if has_wal else "?mode=ro&immutable=1")
    return _keyed(
        sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False), key, salt
    )


def check_key_on_file(path: Path, key: bytes, salt: bytes) -> None:
    with open(path, "rb") as handle:
        first = handle.read(cipher.PAGE_SIZE)
    if first[: cipher.SALT_SIZE] != salt or not cipher.page_is_authentic(
        first, 1, cipher.hmac_key(key, salt)
    ):
        raise VaultDamaged("The new copy of your journal did not verify, so nothing was changed.")


def check_file(path: Path, key: bytes, salt: bytes) -> CheckReport:
    """Check a closed vault or backup file without writing to it."""
    connection = _open_read_only(path, key, salt)
    try:
        return _check_connection(connection, read_only=True)
    finally:
        connection.close()


def _check_connection(connection: Any, *, read_only: bool = False) -> CheckReport:
    problems: builtins.list[str] = []
    counts: dict[str, int] = {}
    try:
        for (row,) in connection.execute("PRAGMA cipher_integrity_check").fetchall():
            problems.append(str(row))
        result = [r[0] for r in connection.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            problems.extend(str(r) for r in result)
        for kind, (table, _) in _TABLES.items():
            counts[kind] = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if not read_only:
            connection.execute("INSERT INTO search (search, rank) VALUES ('integrity-check', 1)")
    except sqlcipher3.Error as exc:
        problems.append(str(exc))
    problems = [p for p in problems if p]
    return CheckReport(ok=not problems, problems=tuple(problems), counts=counts)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _remove_temp(path: Path) -> None:
    """A temporary copy and the journal files SQLite may have left beside it when killed.

    A stale `-journal` beside a new temp file would be taken for a hot journal and rolled back
    into it, so it goes with the temp file, before and after each use.
    """
    for suffix in ("", "-journal", "-wal", "-shm"):
        _remove_quietly(Path(str(path) + suffix))


# ---- mapping between records and rows ------------------------------------------------------------

# kind -> (table, ORDER BY columns)
_TABLES: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "checkin": ("checkins", ("at_utc", "seq")),
    "trigger": ("triggers", ("at_utc", "seq")),
    "gratitude": ("gratitude", ("date", "seq")),
    "contact": ("contacts", ("seq",)),
    "agenda": ("agenda", ("seq",)),
    "helpline": ("helplines", ("position", "seq")),
}

_COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "checkin": ("id", "at", "mood", "hope", "craving", "peer_contact", "tags", "note"),
    "trigger": ("id", "at", "situation", "category", "intensity", "response", "outcome", "note"),
    "gratitude": ("id", "date", "items"),
    "contact": ("id", "name", "role", "phone", "email", "notes", "support", "crisis"),
    "agenda": ("id", "created", "text", "done"),
    "helpline": ("id", "name", "phone", "notes", "position"),
}


def _select_columns(kind: str) -> str:
    return ", ".join(_COLUMNS[kind])


def _row_to_record(kind: str, row: Sequence[Any]) -> Record:
    if kind == "checkin":
        id_, at, mood, hope, craving, peer, tags, note = row
        return CheckIn(mood, hope, craving, bool(peer), tuple(json.loads(tags)), note, at, id_)
    if kind == "trigger":
        id_, at, situation, category, intensity, response, outcome, note = row
        return Trigger(situation, category, intensity, response, outcome, note, at, id_)
    if kind == "gratitude":
        id_, date, items = row
        return GratitudeList(tuple(json.loads(items)), date, id_)
    if kind == "contact":
        id_, name, role, phone, email, notes, support, crisis = row
        return Contact(name, role, phone, email, notes, tuple(json.loads(support)), bool(crisis), id_)
    if kind == "agenda":
        id_, created, text, done = row
        return AgendaItem(text, bool(done), created, id_)
    if kind == "helpline":
        id_, name, phone, notes, position = row
        return Helpline(name, phone, notes, position, id_)
    raise KeyError(kind)


def _json_list(values: Sequence[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _upsert(connection: Any, table: str, columns: dict[str, Any]) -> None:
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f"{name} = excluded.{name}" for name in columns if name != "id")
    connection.execute(
        f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {updates}",
        tuple(columns.values()),
    )


def _timed(at: str) -> dict[str, str]:
    moment = parse_instant(at, "at")
    return {"at": at, "at_utc": utc_key(moment), "day": moment.date().isoformat()}


def record_columns(record: Record) -> tuple[str, dict[str, Any]]:
    """The table and column values for a record (used by save and by import)."""
    if isinstance(record, CheckIn):
        return "checkins", {
            "id": record.id, **_timed(record.at), "mood": record.mood, "hope": record.hope,
            "craving": record.craving, "peer_contact": int(record.peer_contact),
            "tags": _json_list(record.tags), "note": record.note,
        }
    if isinstance(record, Trigger):
        return "triggers", {
            "id": record.id, **_timed(record.at), "situation": record.situation,
            "category": record.category, "intensity": record.intensity,
            "response": record.response, "outcome": record.outcome, "note": record.note,
        }
    if isinstance(record, GratitudeList):
        return "gratitude", {"id": record.id, "date": record.date, "items": _json_list(record.items)}
    if isinstance(record, Contact):
        return "contacts", {
            "id": record.id, "name": record.name, "role": record.role, "phone": record.phone,
            "email": record.email, "notes": record.notes, "support": _json_list(record.support),
            "crisis": int(record.crisis),
        }
    if isinstance(record, AgendaItem):
        moment = parse_instant(record.created, "created")
        return "agenda", {
            "id": record.id, "created": record.created, "created_utc": utc_key(moment),
            "text": record.text, "done": int(record.done),
        }
    if isinstance(record, Helpline):
        return "helplines", {
            "id": record.id, "name": record.name, "phone": record.phone, "notes": record.notes,
            "position": record.position,
        }
    raise InvalidInput(f"Unknown kind of record: {type(record).__name__}")


def _write_record(connection: Any, record: Record) -> None:
    table, columns = record_columns(record)
    _upsert(connection, table, columns)


# ---- describing timeline rows --------------------------------------------------------------------

_PREVIEW_CHARS: Final = 300


def _clip(text: str) -> str:
    flat = " ".join(text[: _PREVIEW_CHARS * 2].split())
    return flat if len(flat) <= _PREVIEW_CHARS else flat[: _PREVIEW_CHARS - 1] + "…"


def _describe_checkin(row: Sequence[Any]) -> tuple[str, str, str]:
    _, at, mood, hope, craving, peer, tags, note = row
    parts = [f"Mood {mood}", f"Hope {hope}"]
    if craving is not None:
        parts.append(f"Craving {craving}")
    if peer:
        parts.append("time with someone in recovery")
    tag_list = json.loads(tags)
    if tag_list:
        parts.append(", ".join(tag_list))
    return at, " · ".join(parts), _clip(note)


def _describe_trigger(row: Sequence[Any]) -> tuple[str, str, str]:
    _, at, situation, category, intensity, response, outcome, _note = row
    outcome_words = {"resisted": "got through it", "partly": "partly", "used": "used"}[outcome]
    title = f"Trigger · {category} · intensity {intensity} · {outcome_words}"
    text = situation + (f" — {response}" if response else "")
    return at, title, _clip(text)


def _describe_gratitude(row: Sequence[Any]) -> tuple[str, str, str]:
    _, date, items = row
    item_list = json.loads(items)
    return date, f"Grateful for {len(item_list)} thing{'s' if len(item_list) != 1 else ''}", _clip(
        " · ".join(item_list)
    )


def _describe_agenda(row: Sequence[Any]) -> tuple[str, str, str]:
    _, created, text, done = row
    return created, "To talk about" + (" (done)" if done else ""), _clip(text)


_DESCRIBE: Final[dict[str, tuple[str, Any]]] = {
    "checkin": (
        "SELECT id, at, mood, hope, craving, peer_contact, tags, substr(note, 1, 700) FROM checkins"
        " WHERE id IN (SELECT value FROM json_each(?))",
        _describe_checkin,
    ),
    "trigger": (
        "SELECT id, at, substr(situation, 1, 700), category, intensity, substr(response, 1, 300),"
        " outcome, '' FROM triggers WHERE id IN (SELECT value FROM json_each(?))",
        _describe_trigger,
    ),
    "gratitude": (
        "SELECT id, date, items FROM gratitude WHERE id IN (SELECT value FROM json_each(?))",
        _describe_gratitude,
    ),
    "agenda": (
        "SELECT id, created, substr(text, 1, 700), done FROM agenda"
        " WHERE id IN (SELECT value FROM json_each(?))",
        _describe_agenda,
    ),
}


def _verified_backup_key(backup_file: Path, passphrase: str) -> tuple[bytes, bytes]:
    """The key of a backup that opens with `passphrase` and passes a full check, or a plain refusal."""
    if not backup_file.is_file():
        raise UsageError(messages.NO_FILE.format(file=backup_file))
    try:
        key, salt, _ = check_passphrase_on_file(backup_file, passphrase)
    except WrongPassphrase:
        raise WrongPassphrase(messages.BACKUP_WRONG_PASSPHRASE.format(file=backup_file)) from None
    if not check_file(backup_file, key, salt).ok:
        raise VaultDamaged(f"The backup {backup_file} is damaged, so it was not restored.")
    return key, salt


def restore_vault(folder: Path, backup_file: Path, passphrase: str) -> Path | None:
    """Put a backup in place of the vault in `folder`, keeping a copy of the current vault first.

    If the current vault opens with the same passphrase, the copy is an encrypted export; if it
    does not (another passphrase, or damaged), its files are copied aside as they are, which is
    safe because nothing in this process has them open. Returns where the copy was kept.
    """
    backup_file = Path(backup_file)
    key, salt = _verified_backup_key(backup_file, passphrase)
    path = paths.vault_path(folder)
    if path.exists() and path.resolve() == backup_file.resolve():
        raise UsageError("That file is the journal itself, not a backup of it.")
    if path.exists():
        try:
            current = Vault.open(folder, passphrase)
        except (WrongPassphrase, VaultDamaged):
            current = None
        if current is not None:
            with current:
                return current.restore_from(backup_file, passphrase)
    # Exclusive: no other window or command may have the file open while it is replaced.
    hold = _hold(path) if path.exists() else None
    try:
        if hold is not None and not _hold_exclusively(hold):
            raise VaultBusy(messages.OPEN_ELSEWHERE)
        with _known_errors():
            kept = _keep_files_aside(folder) if path.exists() else None
            folder.mkdir(parents=True, exist_ok=True)
            temp = path.with_name(path.name + ".restore-tmp")
            _remove_temp(temp)
            source = _open_read_only(backup_file, key, salt)
            try:
                export_connection(source, temp, key, salt)
            finally:
                source.close()
            _private(temp)
            _fsync_file(temp)
            check_key_on_file(temp, key, salt)
            for suffix in ("-wal", "-shm"):
                _remove_quietly(Path(str(path) + suffix))
            os.replace(temp, path)
            _fsync_dir(folder)
    finally:
        _release(hold)
    return kept


def _keep_files_aside(folder: Path) -> Path:
    """Copy a closed vault's files (main file and any WAL) into backups/ byte for byte."""
    import shutil

    path = paths.vault_path(folder)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = paths.backups_dir(folder) / f"before-restore-{stamp}.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        source = Path(str(path) + suffix)
        if source.exists():
            shutil.copyfile(source, Path(str(target) + suffix))
            _fsync_file(Path(str(target) + suffix))
    _fsync_dir(target.parent)
    return target
