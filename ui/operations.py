"""Every piece of work the app hands to the task runner, named by what it does.

Pages, models, the session and the window never call the vault themselves: they build one of
these operations and run it (`Page.run`, or `TaskRunner.run`), and its answer comes back on the UI
thread (ui/tasks.py). A function here only builds the operation; nothing runs until it is run.
An operation that changes records says which kinds, so every page hears of it through
Context.changed. Names are short and plain: tests wait on them and a status line can show them.

This module is loaded at start-up, so the vault code, the exchange format, the statistics and
the passphrase check (Argon2's bindings, OpenSSL's hashlib) are imported inside the work (on the
lane's thread, once the unlock or the app's warm-up after the first frame has loaded them), never
up here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from journal import kdf, paths
from journal.errors import JournalError

from .tasks import FolderOp, VaultOp

if TYPE_CHECKING:
    from journal.records import AgendaItem, Contact, GratitudeList, Helpline, Record
    from journal.stats import PeriodStats
    from journal.summary import SummaryContent, SummaryOptions
    from journal.vault import TimelineEntry, TimelineFilter, Vault

DEFAULT_AUTOLOCK_MINUTES: Final = 5
# What an import may bring in, so every page that shows one of them reloads.
IMPORTED_KINDS: Final = ("checkin", "trigger", "gratitude", "contact", "agenda")


class JournalSettings(NamedTuple):
    """The personal settings kept inside the vault. They are read with the vault's opening, off
    the UI thread, and kept with the session, so no page reads the vault to greet the person."""

    name: str = ""
    keyworker: str = ""
    autolock_minutes: int = DEFAULT_AUTOLOCK_MINUTES


class Opened(NamedTuple):
    """A journal just unlocked or created, with its settings."""

    vault: Vault
    settings: JournalSettings


def read_settings(vault: Vault) -> JournalSettings:
    try:
        minutes = int(vault.setting("autolock_minutes", DEFAULT_AUTOLOCK_MINUTES) or DEFAULT_AUTOLOCK_MINUTES)
    except (TypeError, ValueError):
        minutes = DEFAULT_AUTOLOCK_MINUTES
    return JournalSettings(
        name=str(vault.setting("name", "") or ""),
        keyworker=str(vault.setting("keyworker", "") or ""),
        autolock_minutes=minutes,
    )


def opened(vault: Vault) -> Opened:
    """The vault with its settings; a vault whose settings cannot be read is closed again."""
    try:
        return Opened(vault, read_settings(vault))
    except BaseException:
        vault.close()
        raise


# ---- before a journal is open (the side lane) ----------------------------------------------------


def open_journal(folder: Path, passphrase: str) -> FolderOp[Opened]:
    def work() -> Opened:
        # Argon2 first: it lets the UI thread run, which meanwhile loads the vault code and
        # builds the pages (Session.prebuild), so the import below usually finds it loaded.
        from journal.cipher import check_passphrase_on_file

        key, salt, _profile = check_passphrase_on_file(paths.vault_path(folder), passphrase)
        from journal.vault import Vault

        return opened(Vault.open_with_key(folder, key, salt))

    return FolderOp("unlock", work)


def create_journal(
    folder: Path, passphrase: str, profile: kdf.KdfProfile, name: str, keyworker: str
) -> FolderOp[Opened]:
    def work() -> Opened:
        from journal.vault import Vault

        vault = Vault.create(folder, passphrase, profile=profile)
        try:
            if name:
                vault.set_setting("name", name)
            if keyworker:
                vault.set_setting("keyworker", keyworker)
        except BaseException:
            vault.close()
            raise
        return opened(vault)

    return FolderOp("create a journal", work)


def find_good_backup(folder: Path, passphrase: str) -> FolderOp[Path | None]:
    """The newest automatic backup this passphrase opens and that passes a full check (reads only)."""

    def work() -> Path | None:
        from journal import autobackup

        return autobackup.latest_good_backup(folder, passphrase)

    return FolderOp("look for a good backup", work)


def restore_backup(folder: Path, backup: Path, passphrase: str) -> FolderOp[Path | None]:
    """Put `backup` back as the journal; the damaged file is kept aside in the backups folder."""

    def work() -> Path | None:
        from journal.vault import restore_vault

        return restore_vault(folder, backup, passphrase)

    return FolderOp("restore a backup", work)


# ---- the session ------------------------------------------------------------------------------


def close_journal() -> VaultOp[None]:
    def work(vault: Vault) -> None:
        vault.close()

    return VaultOp("close the journal", work)


def daily_backup() -> VaultOp[Path | None]:
    """The day's automatic encrypted backup (backups/auto: 7 daily, 4 weekly), beside the vault
    lane: it reads its own snapshot, so saves and searches go on while ten years are copied."""

    def work(vault: Vault) -> Path | None:
        from journal import autobackup

        return autobackup.run_daily_backup(vault)

    return VaultOp("make the daily backup", work, side=True)


# ---- records ----------------------------------------------------------------------------------


def save_record(record: Record) -> VaultOp[Record]:
    def work(vault: Vault) -> Record:
        return vault.save(record)

    return VaultOp("save", work, changes=(record.kind,))


def delete_record(record: Record) -> VaultOp[Record | None]:
    def work(vault: Vault) -> Record | None:
        return vault.delete(record.kind, record.id)

    return VaultOp("delete", work, changes=(record.kind,))


def put_back_record(record: Record) -> VaultOp[Record]:
    """Undo a delete: the record is saved again as it was."""

    def work(vault: Vault) -> Record:
        return vault.save(record)

    return VaultOp("put back", work, changes=(record.kind,))


def open_record(kind: str, record_id: str) -> VaultOp[Record | None]:
    def work(vault: Vault) -> Record | None:
        return vault.get(kind, record_id)

    return VaultOp("open a record", work)


def load_gratitude(day: str) -> VaultOp[GratitudeList | None]:
    def work(vault: Vault) -> GratitudeList | None:
        return vault.gratitude_on(day)

    return VaultOp("load a gratitude list", work)


def load_known_tags() -> VaultOp[list[str]]:
    """Tags used before, most used first (for the check-in's tag completer)."""

    def work(vault: Vault) -> list[str]:
        return vault.tags_by_use()

    return VaultOp("load tags", work)


def load_contacts() -> VaultOp[list[Contact]]:
    def work(vault: Vault) -> list[Contact]:
        from journal.records import Contact

        return [c for c in vault.list("contact") if isinstance(c, Contact)]

    return VaultOp("load contacts", work)


def load_crisis_page() -> VaultOp[tuple[list[Contact], list[Helpline]]]:
    """The contacts in the crisis list, and the helplines."""

    def work(vault: Vault) -> tuple[list[Contact], list[Helpline]]:
        from journal.records import Contact, Helpline

        contacts = [c for c in vault.list("contact") if isinstance(c, Contact) and c.crisis]
        return contacts, [h for h in vault.list("helpline") if isinstance(h, Helpline)]

    return VaultOp("load the crisis page", work)


def save_helpline(line: Helpline) -> VaultOp[Record]:
    def work(vault: Vault) -> Record:
        return vault.save(line)

    return VaultOp("save a helpline", work, changes=("helpline",))


# ---- the timeline and search --------------------------------------------------------------------


def load_timeline(
    where: TimelineFilter, before: tuple[Any, str] | None, limit: int
) -> VaultOp[list[TimelineEntry]]:
    """One page of the timeline, newest first, after the entry `before` (keyset paging)."""

    def work(vault: Vault) -> list[TimelineEntry]:
        return vault.timeline(where, before=before, limit=limit)

    return VaultOp("search" if where.search.strip() else "load the timeline", work)


def load_timeline_entry(kind: str, record_id: str) -> VaultOp[TimelineEntry | None]:
    def work(vault: Vault) -> TimelineEntry | None:
        return vault.timeline_entry(kind, record_id)

    return VaultOp("refresh an entry", work)


# ---- trends and the summary -----------------------------------------------------------------------


def load_trends(start_day: str, end_day: str) -> VaultOp[PeriodStats]:
    def work(vault: Vault) -> PeriodStats:
        return vault.stats(start_day, end_day)

    return VaultOp("load trends", work)


SummaryData = tuple["SummaryContent", list["AgendaItem"], list["TimelineEntry"]]


def load_summary(options: SummaryOptions, entry_limit: int) -> VaultOp[SummaryData]:
    """What the page says, the agenda to tick, and the period's check-ins and triggers to offer."""

    def work(vault: Vault) -> SummaryData:
        from journal.records import AgendaItem
        from journal.summary import build_summary
        from journal.vault import TimelineFilter

        content = build_summary(vault, options)
        agenda = [item for item in vault.list("agenda") if isinstance(item, AgendaItem)]
        entries = vault.timeline(
            TimelineFilter(kinds=frozenset({"checkin", "trigger"}),
                           start_day=content.start_day, end_day=content.end_day),
            limit=entry_limit,
        )
        return content, agenda, entries

    return VaultOp("load the summary", work)


# ---- settings, passphrase, backup, export and import ---------------------------------------------


def save_about_you(name: str, keyworker: str) -> VaultOp[None]:
    def work(vault: Vault) -> None:
        with vault.transaction():
            vault.set_setting("name", name)
            vault.set_setting("keyworker", keyworker)

    return VaultOp("save your details", work)


def save_autolock(minutes: int) -> VaultOp[None]:
    def work(vault: Vault) -> None:
        vault.set_setting("autolock_minutes", int(minutes))

    return VaultOp("save the auto-lock time", work)


def change_passphrase(current: str, new: str) -> VaultOp[None]:
    """Only if `current` opens the journal file (WrongPassphrase otherwise)."""

    def work(vault: Vault) -> None:
        from journal.cipher import check_passphrase_on_file

        check_passphrase_on_file(vault.path, current)
        vault.change_passphrase(new)

    return VaultOp("change the passphrase", work)


def back_up(folder: Path) -> VaultOp[Path]:
    """An encrypted copy in `folder`, named for the moment it was asked for."""
    from journal import paths

    target = folder / paths.manual_backup_name()

    def work(vault: Vault) -> Path:
        return vault.backup(target)

    return VaultOp("back up", work)


def export_to(path: Path) -> VaultOp[Path]:
    """Everything, in the export format (not encrypted)."""

    def work(vault: Vault) -> Path:
        from journal import exchange, files

        text = exchange.dumps(vault.export_data())
        try:
            files.write_atomically(path, text)  # readable by the person alone
        except OSError as exc:
            raise JournalError(f"The export could not be written to {path}. Try another folder.") from exc
        return path

    return VaultOp("export", work)


def import_from(path: Path) -> VaultOp[str]:
    """Merge an export file in; the answer is the sentence that says what came in."""

    def work(vault: Vault) -> str:
        from journal import exchange

        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise JournalError(f"{path} could not be read. Check the file and try again.") from exc
        report = vault.import_data(exchange.loads(text, source=str(path)))
        return str(report.sentence())

    return VaultOp("import", work, changes=IMPORTED_KINDS)
