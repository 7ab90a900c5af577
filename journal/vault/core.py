"""The one object that owns a person's encrypted journal.

`Vault` holds the only SQLCipher connection; the app, the command line and the tests talk to the
journal through it and nothing else. It keeps the connection, the lock on the file, the
transaction context and the lifecycle (create, open, close, and replacing its own file for a
passphrase change or a restore). Everything else is a thin door to a module beside it:
rows.py (records), timeline.py (the Journal page and search), queries.py (figures for Trends and
the summary), planning.py (the recovery plan: safety plan, goals, if-then plans, recovery capital,
the use record), copies.py (backup, restore, check), escrow.py and ../recovery.py (the recovery
key), ../exchange.py (the export format).

Every kind of record is saved with `save` and removed with `delete`, which hands the record back:
saving it again is the undo, for every kind alike. The named doors below only read, or do one
write the app needs in one step (`answer_use`).

Long because (~800 lines) it is the one list of doors the app, the command line and the tests
use; each is a few lines that call a module beside it.

The connection may be used from one worker thread while the UI thread asks small questions: a
re-entrant lock serialises every use, so SQLite never sees two callers at once.
"""

from __future__ import annotations

import builtins
import contextlib
import json
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar, cast

import sqlcipher3

from .. import exchange, files, kdf, messages, paths, recovery, schema, wipe
from ..cipher import check_passphrase_on_file
from ..errors import (
    JournalError,
    NewerVault,
    ReadOnlyStorage,
    UnsafeFolder,
    UsageError,
    VaultBusy,
    VaultDamaged,
    VaultExists,
    WrongPassphrase,
    translated_errors,
)
from ..exchange import ImportReport
from ..locking import VaultLock
from ..records import (
    CapitalCheck,
    CheckIn,
    Goal,
    GratitudeList,
    Helpline,
    Plan,
    Record,
    SafetyPlan,
    UseRecord,
    UseTracking,
    check_text,
    default_helplines,
    validate,
)
from ..recovery import RecoveryKey
from ..stats import PeriodStats, SupportHope, compute_period_stats
from . import copies, escrow, planning, queries, rows, timeline
from .connection import connect
from .copies import CheckReport
from .planning import Companion, UseDays
from .timeline import TimelineEntry, TimelineFilter

R = TypeVar("R", bound=Record)


class Vault:
    """A person's open, unlocked journal. Create with `Vault.create` or `Vault.open`; `close` ends it."""

    def __init__(
        self, folder: Path, connection: Any, key: bytes | bytearray, salt: bytes, lock: VaultLock
    ) -> None:
        self.folder = folder
        self.path = paths.vault_path(folder)
        self._connection = connection
        self._file_lock: VaultLock | None = lock
        # The key in one mutable buffer, zeroed on close (journal/wipe.py); never a str.
        self._key = bytearray(key)
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
        _require_allowed(profile)
        path = paths.vault_path(folder)
        if path.exists():
            raise VaultExists(messages.vault_exists(folder))
        if folder.exists() and not folder.is_dir():
            raise UsageError(messages.not_a_folder(folder))
        with translated_errors():
            files.make_private_folder(folder, may_be_link=True)
            temp = paths.beside(path, paths.CREATE_TEMP)
            files.remove_temp(temp)
            salt = kdf.new_salt()
            key = kdf.derive_key(passphrase, salt, profile)
            files.create_private(temp)
            connection = connect(temp, key, salt)
            try:
                connection.execute("BEGIN IMMEDIATE")
                schema.migrate(connection, 0)
                for position, (name, phone, notes) in enumerate(default_helplines()):
                    rows.write_record(connection, Helpline(name, phone, notes, position))
                connection.execute("COMMIT")
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                connection.close()
            files.seal(temp)
            if path.exists():  # someone made one meanwhile: never overwrite
                files.remove_temp(temp)
                raise VaultExists(messages.vault_exists(folder))
            files.move_into_place(temp, path)
            lock = VaultLock.shared(path)
            try:
                return cls(folder, connect(path, key, salt), key, salt, lock)
            except BaseException:
                lock.release()
                raise

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> Vault:
        """Unlock an existing vault. Never creates a file; refuses a newer vault untouched."""
        key, salt, _profile = check_passphrase_on_file(paths.vault_path(folder), passphrase)
        return cls.open_with_key(folder, key, salt)

    @classmethod
    def open_with_key(cls, folder: Path, key: bytes | bytearray, salt: bytes) -> Vault:
        """The rest of `open`, once `cipher.check_passphrase_on_file` has proven the key.

        Split out for the desktop app, which derives the key (Argon2, a fifth of a second) before
        this module is even loaded, and loads it meanwhile.
        """
        path = paths.vault_path(folder)
        files.refuse_unsafe_folder(folder)
        if path.is_symlink():  # SQLite would put the -wal beside wherever it leads
            raise UnsafeFolder(files.link_refused(path))
        if files.cannot_write(folder):
            raise ReadOnlyStorage(messages.READ_ONLY_OPEN)
        # Temporary vault files beside it are leftovers of an interrupted rekey, restore or
        # create (encrypted, unused) when nobody else has the journal open: no WAL means nobody
        # does; a WAL may be a killed process's, so then the lock is asked (held exclusively for
        # the moment of the removal, so no one can open it meanwhile).
        wal_there = paths.wal_path(path).exists()
        alone = VaultLock.alone(path) if wal_there else None
        if alone is not None or not wal_there:
            try:
                for suffix in paths.VAULT_TEMP_SUFFIXES:
                    files.remove_temp(paths.beside(path, suffix))
            finally:
                if alone is not None:
                    alone.release()
        lock = VaultLock.shared(path)
        try:
            with translated_errors():
                connection = connect(path, key, salt)
                try:
                    version = connection.execute("PRAGMA user_version").fetchone()[0]
                    if version > schema.CURRENT_VERSION:
                        raise NewerVault(messages.NEWER_VAULT)
                    vault = cls(folder, connection, key, salt, lock)
                    if version < schema.CURRENT_VERSION:
                        vault._migrate(version)
                except BaseException:
                    connection.close()
                    raise
        except BaseException:
            lock.release()
            raise
        return vault

    def _migrate(self, from_version: int) -> None:
        """Keep an encrypted copy of the old vault first, then migrate in one transaction.

        A migration that fails rolls back, so the file stays as it was: the copy kept at the
        first try still holds it, and later opens do not add another one each time.
        """
        if not copies.has_upgrade_copy(self.path, self._salt, from_version):
            self.backup(paths.before_upgrade_path(self.folder, from_version))
        with self.transaction() as connection:
            schema.migrate(connection, from_version)

    def close(self) -> None:
        with self._lock:
            if self._connection is None:
                return
            with contextlib.suppress(sqlcipher3.Error):
                timeline.tidy_search_index(self._connection)
            with contextlib.suppress(sqlcipher3.Error):
                self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._connection.close()
            self._connection = None
            wipe.wipe(self._key)
            self._key = bytearray()
            if self._file_lock is not None:
                self._file_lock.release()
            self._file_lock = None

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
        with self._lock, translated_errors():
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

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Any]:
        """The connection, for reads, under the lock and with failures told in plain words."""
        with self._lock, translated_errors():
            yield self._require()

    @contextlib.contextmanager
    def _reading_together(self) -> Iterator[Any]:
        """The connection for several reads that make one answer, in one read transaction: they
        see one state of the file, and take its read locks once instead of once a statement
        (a few system calls each; the period's figures are six statements)."""
        with self._reading() as connection:
            if connection.in_transaction:  # already inside one (a write on this thread)
                yield connection
                return
            connection.execute("BEGIN")
            try:
                yield connection
            except BaseException:
                with contextlib.suppress(sqlcipher3.Error):
                    connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")

    def query(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] = ()
    ) -> builtins.list[tuple[Any, ...]]:
        """Rows of a read-only query (the statement runs under the vault's lock)."""
        with self._reading() as connection:
            return cast(list[tuple[Any, ...]], connection.execute(sql, parameters).fetchall())

    def _require(self) -> Any:
        if self._connection is None:
            raise JournalError(messages.JOURNAL_LOCKED)
        return self._connection

    def _current_key(self) -> tuple[bytearray, bytes]:
        with self._lock:
            self._require()
            return self._key, self._salt

    # ---- records (rows.py) ---------------------------------------------------------------------

    def save(self, record: R) -> R:
        """Add the record, or replace the stored one with the same id. Validates first.

        Any kind: check-ins, triggers, gratitude lists, contacts, agenda items, helplines, the
        safety plan, goals (with their steps), if-then plans, BARC-10 sheets and use answers.
        A use answer for a day and substance that already has one (under another id) is refused:
        use `answer_use`, which edits the day's answer in place.
        """
        validate(record)
        with self.transaction() as connection:
            if isinstance(record, UseRecord):
                planning.refuse_second_answer(connection, record)
            rows.write_record(connection, record)
        return record

    def get(self, kind: str, record_id: str) -> Record | None:
        with self._reading() as connection:
            return rows.get(connection, kind, record_id)

    def get_many(self, kind: str, record_ids: Sequence[str]) -> builtins.list[Record]:
        """The records among `record_ids` that exist, in one query."""
        with self._reading() as connection:
            return rows.get_many(connection, kind, record_ids)

    def delete(self, kind: str, record_id: str) -> Record | None:
        """Remove a record and hand it back, so the caller can offer to undo."""
        with self.transaction() as connection:
            record = rows.get(connection, kind, record_id)
            if record is not None:
                rows.delete(connection, kind, record_id)
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
        with self._reading() as connection:
            return rows.list_records(
                connection, kind, start_day=start_day, end_day=end_day,
                newest_first=newest_first, limit=limit,
            )

    def recent_checkins(self, count: int = 10) -> builtins.list[CheckIn]:
        return cast(list[CheckIn], self.list("checkin", newest_first=True, limit=count))

    def gratitude_on(self, day: str) -> GratitudeList | None:
        found = self.list("gratitude", start_day=day, end_day=day, limit=1)
        return cast(GratitudeList, found[0]) if found else None

    def tags_by_use(self) -> builtins.list[str]:
        """Every tag used before, most used first, for completion."""
        with self._reading() as connection:
            return rows.tags_by_use(connection)

    def count(self, kind: str) -> int:
        with self._reading() as connection:
            return rows.count(connection, kind)

    # ---- settings that are personal ----------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        with self._reading() as connection:
            text = rows.setting(connection, key)
        return json.loads(text) if text is not None else default

    def set_setting(self, key: str, value: Any) -> None:
        # Checked like every text field, so a name pasted with a broken character is refused
        # with a sentence instead of failing inside SQLite.
        check_text(key, "settings", required=True)
        text = check_text(json.dumps(value, ensure_ascii=False), f"settings.{key}")
        with self.transaction() as connection:
            rows.set_setting(connection, key, text)

    # ---- timeline and search (timeline.py) -------------------------------------------------------

    def timeline(
        self,
        where: TimelineFilter | None = None,
        *,
        before: tuple[str, str] | None = None,
        limit: int = 200,
    ) -> builtins.list[TimelineEntry]:
        """A page of everything, newest first. Pass the last entry's (sort_key, id) as `before`
        to get the next page; every page is equally fast however many years the vault holds."""
        with self._reading() as connection:
            return timeline.timeline(connection, where or TimelineFilter(), before=before, limit=limit)

    def timeline_count(self, where: TimelineFilter) -> int:
        """How many entries the filter holds (the Journal's list is that long from the start)."""
        with self._reading() as connection:
            return timeline.timeline_count(connection, where)

    def timeline_slice(
        self, where: TimelineFilter, offset: int, limit: int, total: int
    ) -> builtins.list[TimelineEntry]:
        """The entries at rows offset… of the filter's `total`, newest first; as quick at the
        oldest end as at the newest."""
        with self._reading() as connection:
            return timeline.timeline_slice(connection, where, offset, limit, total)

    def timeline_row(self, where: TimelineFilter, kind: str, record_id: str) -> int | None:
        """Where a record stands in the filter's newest-first list, or None if it is not in it."""
        with self._reading() as connection:
            return timeline.timeline_row(connection, where, kind, record_id)

    def timeline_entry(self, kind: str, record_id: str) -> TimelineEntry | None:
        """One record's timeline row as it is now, to redraw it after an edit."""
        with self._reading() as connection:
            return timeline.timeline_entry(connection, kind, record_id)

    def search(self, text: str, limit: int = 200) -> builtins.list[TimelineEntry]:
        return self.timeline(TimelineFilter(search=text), limit=limit)

    def search_count(self, text: str) -> int:
        with self._reading() as connection:
            return timeline.search_count(connection, text)

    # ---- figures for Trends and the summary (queries.py, ../stats.py) ----------------------------

    def stats(self, start_day: str, end_day: str) -> PeriodStats:
        with self._reading_together() as connection:
            found = queries.period_rows(connection, start_day, end_day)
        return compute_period_stats(found)

    def responses_that_worked(self, start_day: str, end_day: str) -> builtins.list[tuple[str, int]]:
        """What the person did when they got through a trigger in the period, most often first."""
        with self._reading() as connection:
            return queries.responses_that_worked(connection, start_day, end_day)

    def gratitude_items(self, start_day: str, end_day: str) -> builtins.list[tuple[str, str]]:
        """(day, item) of every gratitude item of the period, newest first."""
        with self._reading() as connection:
            return queries.gratitude_items(connection, start_day, end_day)

    def contacts_by_role(self) -> builtins.list[tuple[str, str]]:
        """(role, name) of every contact, in the order they were added."""
        with self._reading() as connection:
            return queries.contacts_by_role(connection)

    def open_agenda(self) -> builtins.list[str]:
        """What the person still wants to talk about, oldest first."""
        with self._reading() as connection:
            return queries.open_agenda(connection)

    def hope_by_support(self, start_day: str, end_day: str) -> builtins.list[SupportHope]:
        """Hope on the days each kind of support (emotional, practical, information, company) was
        there, and on days at a group: from who the check-ins name and what those contacts give."""
        with self._reading() as connection:
            return queries.hope_by_support(connection, start_day, end_day)

    def companions(self, start_day: str, end_day: str) -> builtins.list[Companion]:
        """The people and groups the period's check-ins name in "who I was with", most days
        first, with on how many days (a group's days are its meetings)."""
        with self._reading() as connection:
            return planning.companions(connection, start_day, end_day)

    # ---- the recovery plan (planning.py); saved with `save`, removed with `delete` -------------------

    def safety_plan(self) -> SafetyPlan | None:
        """The person's safety plan, or None before they start one."""
        with self._reading() as connection:
            return planning.safety_plan(connection)

    def set_safety_plan(self, plan: SafetyPlan) -> SafetyPlan:
        """Save the safety plan (the same as `save`). Stamp `updated` with `plan.edited(...)`;
        undo is saving the previous plan again, or `delete("safety_plan", SAFETY_PLAN_ID)` if
        there was none."""
        return self.save(plan)

    def goals(self, status: str | None = None) -> builtins.list[Goal]:
        """Goals, oldest first; only `active`, `done` or `paused` ones when `status` is given."""
        with self._reading() as connection:
            return planning.goals(connection, status)

    def plans(self) -> builtins.list[Plan]:
        """Every if-then plan, oldest first."""
        return cast(list[Plan], self.list("plan"))

    def plans_for_category(self, category: str | None) -> builtins.list[Plan]:
        """The if-then plans for one trigger category (None: those without one), newest first,
        for the trigger page to show beside a trigger of that kind."""
        with self._reading() as connection:
            return planning.plans_for_category(connection, category)

    def capital_history(
        self, start_day: str | None = None, end_day: str | None = None
    ) -> builtins.list[CapitalCheck]:
        """BARC-10 sheets oldest first (their `score` is the published total, 10-60)."""
        with self._reading() as connection:
            return planning.capital_history(connection, start_day, end_day)

    def latest_capital(self, before_day: str | None = None) -> CapitalCheck | None:
        """The newest BARC-10 sheet (on or before `before_day`), e.g. to offer the next one about a
        month later."""
        with self._reading() as connection:
            return planning.latest_capital(connection, before_day)

    def use_records(
        self, start_day: str, end_day: str, substance: str | None = None
    ) -> builtins.list[UseRecord]:
        """The use answers of a period, by day then substance (of one substance when given)."""
        with self._reading() as connection:
            return planning.use_records(connection, start_day, end_day, substance)

    def use_on(self, day: str) -> builtins.list[UseRecord]:
        """The day's use answers (what Today shows as already answered)."""
        return self.use_records(day, day)

    def answer_use(
        self, day: str, substance: str, used: bool, amount: str = ""
    ) -> tuple[UseRecord, UseRecord | None]:
        """Record the day's answer for a substance, replacing an earlier answer of that day in
        place (same id). Returns (the saved answer, the one it replaced or None): to undo, save
        the replaced one again, or delete the saved one when there was none."""
        with self.transaction() as connection:
            previous = planning.use_answer(connection, day, substance)
            record = UseRecord(substance, used, amount, day)
            if previous is not None:
                record = UseRecord(substance, used, amount, day, previous.id)
            self.save(record)
        return record, previous

    def use_days(self, start_day: str, end_day: str) -> builtins.list[UseDays]:
        """Per substance answered in the period: days used and days answered."""
        with self._reading() as connection:
            return planning.use_days(connection, start_day, end_day)

    def use_tracking(self) -> UseTracking:
        """Whether the use record is on, and what the person keeps track of (off by default)."""
        with self._reading() as connection:
            return planning.use_tracking(connection)

    def set_use_tracking(self, setting: UseTracking) -> None:
        """Turn the use record on or off and name what is tracked (kept inside the vault).
        Earlier answers stay whatever is tracked now."""
        with self.transaction() as connection:
            planning.set_use_tracking(connection, setting)

    # ---- the export format (../exchange.py) ------------------------------------------------------

    def export_data(self, *, exported_at: str | None = None) -> dict[str, Any]:
        """Everything as export format v2 (a plain dict; `exchange.dumps` makes the file)."""
        with self._reading() as connection:
            return exchange.export_document(
                {kind: rows.list_records(connection, kind) for _, kind in exchange.SECTIONS},
                safety_plan=planning.safety_plan(connection),
                exported_at=exported_at,
            )

    def import_data(self, data: Any) -> ImportReport:
        """Merge a parsed export file (version 1 or 2), all or nothing (see journal/exchange.py)."""
        incoming = exchange.parse_export(data)
        report = ImportReport()
        with self.transaction() as connection:
            exchange.check_contacts(
                incoming, planning.known_contact_ids(connection, exchange.contact_ids_in(incoming))
            )
            known: set[str] | None = None  # the contacts after the import, when needed
            for _section, kind in exchange.SECTIONS:
                records = incoming.records[kind]
                # Into an empty table nothing can clash: skip looking up thousands of ids.
                existing = (
                    rows.get_many(connection, kind, [r.id for r in records])
                    if records and rows.count(connection, kind)
                    else []
                )
                if kind == "checkin" and existing:
                    known = planning.all_contact_ids(connection) | {
                        r.id for r in incoming.records["contact"]
                    }
                    existing = [exchange.as_exported(r, known) for r in existing]
                slots = None
                if kind == "use" and records and rows.count(connection, kind):
                    slots = {(r.date, r.substance): r for r in planning.use_records(
                        connection, min(r.date for r in records if isinstance(r, UseRecord)),
                        max(r.date for r in records if isinstance(r, UseRecord)),
                    )}
                rows.insert_new(connection, exchange.merge(report, kind, records, existing, slots))
            held = planning.safety_plan(connection)
            if held is not None and incoming.safety_plan is not None:
                if known is None:
                    known = planning.all_contact_ids(connection)
                held = cast(SafetyPlan, exchange.as_exported(held, known))
            plan = exchange.merge_safety_plan(report, incoming.safety_plan, held)
            if plan is not None:
                rows.write_record(connection, plan)
        return report

    # ---- backup, restore, passphrase, check (copies.py) -----------------------------------------

    def backup(self, destination: Path) -> Path:
        """An encrypted, consistent copy (same passphrase) via SQLCipher's own export."""
        self.backup_with_counts(destination)
        return Path(destination)

    def backup_with_counts(self, destination: Path) -> dict[str, int]:
        """Make a backup and say how many records of each kind its snapshot holds.

        Not under the vault's lock: the app can go on saving and searching while a backup of ten
        years is written (the daily backup runs beside the worker, not on it).
        """
        key, salt = self._current_key()
        return copies.write_backup(self.path, key, salt, Path(destination))

    def backup_and_prove(self, destination: Path) -> dict[str, int]:
        """A backup that is kept only once it opens with this vault's key, passes the full check
        and holds the records of the snapshot it was made from; raises BackupNotProven (and
        removes the copy) otherwise. Returns the counts."""
        destination = Path(destination)
        key, salt = self._current_key()
        counts = copies.write_backup(self.path, key, salt, destination)
        try:
            copies.prove_copy(destination, key, salt, counts)
        except BaseException:
            files.remove_quietly(destination)
            raise
        return counts

    def uses_same_key_as(self, file: Path) -> bool:
        """Whether `file` (a backup) was written under the key this vault uses now."""
        return copies.salt_of(file) == self._current_key()[1]

    def check(self) -> CheckReport:
        """Decrypt and verify every page and every index; report in plain words."""
        with self._lock:
            return copies.check_connection(self._require())

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
        _require_allowed(profile)
        salt = kdf.new_salt()
        key = kdf.derive_key(new_passphrase, salt, profile)
        sealed_to = escrow.public_key(self, self.folder)

        def write(temp: Path) -> None:
            copies.export_connection(self._require(), temp, key, salt)

        self._replace_file_with(write, key, salt, paths.REKEY_TEMP, sealed_to)

    def restore_from(self, backup_file: Path, passphrase: str) -> Path:
        """Replace this vault with a backup, keeping an encrypted copy of the current one first.

        The backup must open with `passphrase`; afterwards the vault uses the backup's passphrase.
        Returns where the copy of the previous vault was kept.
        """
        backup_file = Path(backup_file)
        # Everything that can refuse the backup (passphrase, newer schema, missing tables,
        # damage, a failed upgrade of an older one) happens before anything is replaced.
        key, salt, version = copies.verified_backup(backup_file, passphrase)
        try:
            sealed_to, made = escrow.public_key(self, self.folder), escrow.made_on(self, self.folder)
            settings_readable = True
        except VaultDamaged:
            # The page holding the journal's own settings is damaged (often why it is restored):
            # which recovery key the copy keeps is decided as for a journal that does not open.
            sealed_to, made, settings_readable = None, None, False
        kept: list[Path] = []
        settled: list[bytes | None] = []

        def recovery_key_of_copy(temp: Path) -> bytes | None:
            if settings_readable:
                escrow.carry_into_copy(temp, key, salt, sealed_to, made)
                return sealed_to
            return escrow.settle_closed_copy(self.folder, temp, key, salt)

        def write(temp: Path) -> None:
            settled.append(
                copies.ready_copy(backup_file, key, salt, version, temp, prepare=recovery_key_of_copy)
            )
            kept.append(self._keep_current())

        replaced_inode = self.path.stat().st_ino
        try:
            self._replace_file_with(write, key, salt, paths.RESTORE_TEMP, lambda: settled[0])
        except BaseException:
            if kept and self.path.stat().st_ino == replaced_inode:  # not replaced after all
                copies.remove_kept(kept[0])
            raise
        return kept[0]

    def _keep_current(self) -> Path:
        """The journal as it is, kept in backups/ before a restore replaces it."""
        try:
            return self.backup(paths.before_restore_path(self.folder))
        except VaultDamaged:
            # Damaged inside (it opens, but a page fails): an export cannot read it, which is
            # exactly when a restore is needed. Keep its files aside byte for byte instead;
            # nothing else writes them, as this thread holds the vault's only connection.
            with self._lock, translated_errors():
                return copies.keep_files_aside(self.folder)

    def _replace_file_with(
        self, write: Callable[[Path], None], key: bytes | bytearray, salt: bytes, temp_suffix: str,
        sealed_to: bytes | Callable[[], bytes | None] | None = None,
    ) -> None:
        """Write a new vault file beside this one, prove it, and put it in place under this Vault.

        Only when no other window or command has the journal open (see journal/locking.py). The
        entry `sealed_to` the recovery key is added before the rename: it opens either file (a
        callable: asked once `write` has run, for a restore that learns it from the copy).
        """
        with self._lock, translated_errors():
            if self._depth:
                raise RuntimeError("cannot replace the vault file inside a transaction")
            old_key, old_salt = bytearray(self._key), self._salt  # close() wipes self._key
            temp = paths.beside(self.path, temp_suffix)
            files.remove_temp(temp)
            try:
                files.create_private(temp)
                write(temp)
                if callable(sealed_to):
                    sealed_to = sealed_to()
                files.seal(temp)
                copies.check_key_on_file(temp, key, salt)
                held, self._file_lock = self._file_lock, None
                if held is not None and not held.try_exclusive():
                    self._file_lock = held
                    raise VaultBusy(messages.OPEN_ELSEWHERE)
                # Close so the WAL is folded into the old file and removed: a stale WAL beside
                # the new file would be replayed into it. A WAL still there after the last
                # close means another connection has the file open.
                self.close()
                try:
                    if paths.wal_path(self.path).exists():
                        raise VaultBusy(messages.OPEN_ELSEWHERE)
                    files.remove_quietly(paths.shm_path(self.path))
                    if sealed_to is not None:
                        recovery.add_entry(self.folder, sealed_to, key, salt)
                    # files.move_into_place in two steps: only a failed rename means the old
                    # file is still the vault and must be reopened.
                    files.replace(temp, self.path)
                except BaseException:
                    if held is not None:
                        held.back_to_shared()
                    self._reopen(old_key, old_salt, held)
                    raise
                files.fsync_dir(self.folder)
                if held is not None:  # the same lock goes on holding the new file
                    held.back_to_shared()
                self._reopen(key, salt, held)
                if sealed_to is not None:
                    with contextlib.suppress(JournalError, OSError):  # the next change prunes it
                        recovery.keep_only(self.folder, sealed_to, salt)
            finally:
                files.remove_temp(temp)
                wipe.wipe(old_key)

    # ---- the recovery key (escrow.py, ../recovery.py) -------------------------------------------

    @classmethod
    def open_with_recovery_key(cls, folder: Path, recovery_key: RecoveryKey) -> Vault:
        """Unlock with a recovery key (WrongRecoveryKey, nothing written, if it does not open it)."""
        return cls.open_with_key(folder, *recovery.key_for_vault(folder, recovery_key))

    def make_recovery_key(self, new_key: RecoveryKey | None = None) -> RecoveryKey:
        """A new recovery key to print; the earlier one stops opening the journal. Refused while
        the journal is open elsewhere: two new keys at once could seal to the unprinted one."""
        new_key = new_key or RecoveryKey.new()
        with self._lock:
            held = self._file_lock
            if held is not None and not held.try_exclusive():
                raise VaultBusy(messages.OPEN_ELSEWHERE)
            try:
                escrow.make_new_key(self, self.folder, new_key, *self._current_key())
            finally:
                if held is not None:
                    held.back_to_shared()
        return new_key

    def reset_passphrase(self, recovery_key: RecoveryKey, new_passphrase: str,
                         *, profile: kdf.KdfProfile = kdf.DEFAULT_PROFILE) -> None:
        """Opened with `recovery_key`: set a new passphrase (the recovery key keeps working)."""
        if not new_passphrase:
            raise UsageError(messages.PASSPHRASE_EMPTY)
        escrow.adopt(self, recovery_key)
        self.change_passphrase(new_passphrase, profile=profile)

    def recovery_key_made(self) -> str | None:
        """The day this journal's recovery key was made ("" if unknown), or None if it has none."""
        return escrow.made_on(self, self.folder)

    def _reopen(self, key: bytes | bytearray, salt: bytes, lock: VaultLock | None = None) -> None:
        if lock is None:
            lock = VaultLock.shared(self.path)
        try:
            self._connection = connect(self.path, key, salt)
        except BaseException:
            lock.release()
            raise
        self._file_lock = lock
        self._key, self._salt = bytearray(key), salt


def _require_allowed(profile: kdf.KdfProfile) -> None:
    """The cheap test profile makes vaults only where the test suite allows it (a bug otherwise)."""
    if not kdf.allows(profile):
        raise ValueError(f"the KDF profile {profile.name} is for tests only")


def restore_vault(folder: Path, backup_file: Path, passphrase: str) -> Path | None:
    """Put a backup in place of the vault in `folder`, keeping a copy of the current vault first.

    If the current vault opens with the same passphrase, the copy is an encrypted export; if it
    does not (another passphrase, or damaged), its files are copied aside as they are, which is
    safe because nothing in this process has them open. Returns where the copy was kept.
    """
    backup_file = Path(backup_file)
    key, salt, version = copies.verified_backup(backup_file, passphrase)
    path = paths.vault_path(folder)
    if path.exists() and path.resolve() == backup_file.resolve():
        raise UsageError(messages.RESTORE_ONTO_ITSELF)
    if path.exists():
        try:
            current = Vault.open(folder, passphrase)
        except (WrongPassphrase, VaultDamaged):
            current = None
        if current is not None:
            with current:
                return current.restore_from(backup_file, passphrase)
    return copies.restore_closed(
        folder, backup_file, key, salt, version,
        prepare=lambda temp: escrow.settle_closed_copy(folder, temp, key, salt),
    )
