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

Long because it is the one list of everything the app asks of the journal: a reader (or a review
of what touches the vault) finds every operation here, by section, rather than across modules.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple, cast

from PySide6.QtCore import QCoreApplication

from journal import kdf, paths
from journal.errors import JournalError

from .tasks import FolderOp, VaultOp

if TYPE_CHECKING:
    from journal.records import (
        AgendaItem,
        CapitalCheck,
        Contact,
        Goal,
        GratitudeList,
        Helpline,
        Naloxone,
        Plan,
        Record,
        SafetyPlan,
        UseRecord,
        UseTracking,
    )
    from journal.recovery import RecoveryKey
    from journal.safety_page import PlanPage
    from journal.stats import PeriodStats, SupportHope
    from journal.summary import SummaryContent, SummaryOptions
    from journal.vault import TimelineEntry, TimelineFilter, Vault
    from journal.vault.planning import Companion, UseDays

DEFAULT_AUTOLOCK_MINUTES: Final = 5
# What an import may bring in, so every page that shows one of them reloads
# (journal.exchange.IMPORTED_KINDS; written out here, as this module loads before the core).
IMPORTED_KINDS: Final = (
    "checkin", "trigger", "gratitude", "contact", "agenda", "goal", "plan", "capital", "use", "safety_plan",
)


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


class CrisisPageData(NamedTuple):
    """The crisis page inside the journal: the person's crisis contacts in their order, the
    helplines, and their own overdose advice ("" while they keep the built-in one)."""

    contacts: list[Contact]
    helplines: list[Helpline]
    advice: str


def load_crisis_page() -> VaultOp[CrisisPageData]:
    """The contacts in the crisis list (in the person's order), the helplines and the advice."""

    def work(vault: Vault) -> CrisisPageData:
        from journal.records import Helpline

        return CrisisPageData(
            crisis_contacts(vault),
            [h for h in vault.list("helpline") if isinstance(h, Helpline)],
            str(vault.setting(OVERDOSE_ADVICE_KEY, "") or ""),
        )

    return VaultOp("load the crisis page", work)


def save_helpline(line: Helpline) -> VaultOp[Record]:
    def work(vault: Vault) -> Record:
        return vault.save(line)

    return VaultOp("save a helpline", work, changes=("helpline",))


# ---- the recovery plan (journal/vault/planning.py) -----------------------------------------------
# Saving, deleting and undo go through save_record / delete_record / put_back_record like every
# other kind; these load what the plan's pages show, and do the one-step writes they need.


def load_safety_plan() -> VaultOp[tuple[SafetyPlan | None, list[Contact]]]:
    """The safety plan (None before the person starts one) and every contact, for the plan page's
    pickers and for showing each chosen person's current number."""

    def work(vault: Vault) -> tuple[SafetyPlan | None, list[Contact]]:
        from journal.records import Contact

        return vault.safety_plan(), [c for c in vault.list("contact") if isinstance(c, Contact)]

    return VaultOp("load the safety plan", work)


def load_printed_plan(page: str = "a4") -> VaultOp[PlanPage]:
    """What the printed plan says (the plan, each chosen person's current number, the helplines),
    read after any save queued before it, for the plan page's print preview."""

    def work(vault: Vault) -> PlanPage:
        from journal.safety_page import build_plan_page

        return build_plan_page(vault, page)

    return VaultOp("load the printed plan", work)


def save_safety_plan(plan: SafetyPlan) -> VaultOp[Record]:
    """Save the plan as given (stamp it first with `plan.edited(...)`); undo saves the previous
    plan again, or deletes it (delete_record) when there was none."""

    def work(vault: Vault) -> Record:
        return vault.set_safety_plan(plan)

    return VaultOp("save the safety plan", work, changes=("safety_plan",))


def load_goals(status: str | None = None) -> VaultOp[list[Goal]]:
    """Goals oldest first (only `active`, `done` or `paused` ones when given): the Goals page,
    and Today's next steps (`goal.next_step()` of the active ones)."""

    def work(vault: Vault) -> list[Goal]:
        return vault.goals(status)

    return VaultOp("load goals", work)


def load_plans(category: str | None = None, *, all_plans: bool = True) -> VaultOp[list[Plan]]:
    """Every if-then plan, oldest first; or, with `all_plans=False`, the plans of one trigger
    category (None: those without one), newest first, for the trigger page."""

    def work(vault: Vault) -> list[Plan]:
        return vault.plans() if all_plans else vault.plans_for_category(category)

    return VaultOp("load plans", work)


def load_capital(start_day: str | None = None, end_day: str | None = None) -> VaultOp[list[CapitalCheck]]:
    """BARC-10 sheets oldest first (Trends' score line; the newest says when to offer the next)."""

    def work(vault: Vault) -> list[CapitalCheck]:
        return vault.capital_history(start_day, end_day)

    return VaultOp("load recovery capital", work)


class UseDay(NamedTuple):
    """What Today's use rows need: the setting, and the day's answers so far."""

    tracking: UseTracking
    answers: list[UseRecord]


def load_use_day(day: str) -> VaultOp[UseDay]:
    def work(vault: Vault) -> UseDay:
        return UseDay(vault.use_tracking(), vault.use_on(day))

    return VaultOp("load the use record", work)


def answer_use(
    day: str, substance: str, used: bool, amount: str = ""
) -> VaultOp[tuple[UseRecord, UseRecord | None]]:
    """Record the day's answer for a substance (replacing that day's earlier answer). The result is
    (saved, replaced or None): undo is put_back_record(replaced), or delete_record(saved)."""

    def work(vault: Vault) -> tuple[UseRecord, UseRecord | None]:
        return vault.answer_use(day, substance, used, amount)

    return VaultOp("save a use answer", work, changes=("use",))


def clear_use_answer(day: str, substance: str) -> VaultOp[UseRecord | None]:
    """Take back the day's answer for a substance (undo puts the record back); None if there was
    none."""

    def work(vault: Vault) -> UseRecord | None:
        for record in vault.use_on(day):
            if record.substance == substance:
                return cast("UseRecord | None", vault.delete("use", record.id))
        return None

    return VaultOp("clear a use answer", work, changes=("use",))


def load_use_record(start_day: str, end_day: str) -> VaultOp[tuple[list[UseRecord], list[UseDays]]]:
    """A period's answers (Trends' neutral calendar) and the days used and answered per substance."""

    def work(vault: Vault) -> tuple[list[UseRecord], list[UseDays]]:
        return vault.use_records(start_day, end_day), vault.use_days(start_day, end_day)

    return VaultOp("load the use record", work)


def load_use_tracking() -> VaultOp[UseTracking]:
    def work(vault: Vault) -> UseTracking:
        return vault.use_tracking()

    return VaultOp("load the use record setting", work)


def save_use_tracking(setting: UseTracking) -> VaultOp[None]:
    """Settings: the use record on or off, and what it keeps track of."""

    def work(vault: Vault) -> None:
        vault.set_use_tracking(setting)

    return VaultOp("save the use record setting", work, changes=("use",))


def load_companions(start_day: str, end_day: str) -> VaultOp[list[Companion]]:
    """The people and groups the period's check-ins name ("who I was with"), most days first."""

    def work(vault: Vault) -> list[Companion]:
        return vault.companions(start_day, end_day)

    return VaultOp("load who I was with", work)


# ---- the record's pages: goals, if-then plans, recovery capital, use (Today, Trends) -------------

CAPITAL_SKIP_KEY: Final = "capital_offer_skipped_month"  # "2026-11": "not this month" was chosen


class CapitalOffer(NamedTuple):
    """What Today needs to decide whether to offer the monthly BARC-10: the newest sheet, and the
    month in which the person last said "not this month" ("" if never)."""

    latest: CapitalCheck | None
    skipped_month: str


def load_capital_offer() -> VaultOp[CapitalOffer]:
    def work(vault: Vault) -> CapitalOffer:
        return CapitalOffer(vault.latest_capital(), str(vault.setting(CAPITAL_SKIP_KEY, "") or ""))

    return VaultOp("load the recovery capital offer", work)


def skip_capital_offer(month: str) -> VaultOp[None]:
    """Remember "not this month" (inside the vault) so Today offers it again next month."""

    def work(vault: Vault) -> None:
        vault.set_setting(CAPITAL_SKIP_KEY, month)

    return VaultOp("skip the recovery capital offer", work)


def load_trigger_plans(category: str) -> VaultOp[list[Plan]]:
    """The if-then plans beside a trigger: those for its kind, newest first, then those for any
    kind of trigger."""

    def work(vault: Vault) -> list[Plan]:
        return vault.plans_for_category(category) + vault.plans_for_category(None)

    return VaultOp("load plans for a trigger", work)


def load_then_suggestions() -> VaultOp[list[str]]:
    """What helped when the person got through a trigger (any time), most often first: the
    then-parts an if-then plan's completer offers."""

    def work(vault: Vault) -> list[str]:
        return [text for text, _count in vault.responses_that_worked("0001-01-01", "9999-12-31")]

    return VaultOp("load what helped", work)


class TrendsData(NamedTuple):
    """Everything the Trends page shows for a period."""

    stats: PeriodStats
    support: list[SupportHope]
    capital: list[CapitalCheck]
    tracking: UseTracking
    use: list[UseRecord]
    use_days: list[UseDays]


def first_day(vault: Vault) -> str | None:
    """The first day the journal holds a check-in or a trigger (the start of "all time")."""
    import datetime as dt

    days = []
    for kind in ("checkin", "trigger"):
        found = vault.list(kind, limit=1)
        if found:
            days.append(dt.datetime.fromisoformat(str(getattr(found[0], "at", ""))).date().isoformat())
    return min(days) if days else None


def load_trends_page(
    start_day: str | None, end_day: str, capital_since: str | None = None
) -> VaultOp[TrendsData]:
    """A period's figures for Trends; `start_day` None means all time (from the first entry).
    Recovery capital is answered about monthly, so its sheets come from `capital_since` when that
    is earlier (a year, for the shorter periods)."""

    def work(vault: Vault) -> TrendsData:
        start = start_day or first_day(vault) or end_day
        start = min(start, end_day)
        capital_start = min(start, capital_since) if capital_since else start
        return TrendsData(
            vault.stats(start, end_day),
            vault.hope_by_support(start, end_day),
            vault.capital_history(capital_start, end_day),
            vault.use_tracking(),
            vault.use_records(start, end_day),
            vault.use_days(start, end_day),
        )

    return VaultOp("load trends", work)


# ---- the hard moment: the hard-time view, the crisis page's order and advice (issue 14) ----------
# Personal, so inside the vault (settings are not exported): the order the person put their crisis
# contacts in (contact ids; a contact not in it comes after, by name), and their own overdose advice.
CRISIS_ORDER_KEY: Final = "crisis_order"
OVERDOSE_ADVICE_KEY: Final = "overdose_advice"
# Kinds for Context.changed that are not records: the order and the advice changed.
CRISIS_ORDER_CHANGE: Final = "crisis_order"
OVERDOSE_ADVICE_CHANGE: Final = "overdose_advice"


def in_crisis_order(contacts: list[Contact], order: object) -> list[Contact]:
    """Crisis contacts in the person's order: those they placed first, as placed, then any new
    ones by name (a stored order that is not a list of ids counts as no order)."""
    ids = [i for i in order if isinstance(i, str)] if isinstance(order, list) else []
    place = {contact_id: n for n, contact_id in enumerate(dict.fromkeys(ids))}
    placed = sorted((c for c in contacts if c.id in place), key=lambda c: place[c.id])
    rest = sorted((c for c in contacts if c.id not in place), key=lambda c: (c.name.casefold(), c.id))
    return placed + rest


def crisis_contacts(vault: Vault) -> list[Contact]:
    from journal.records import Contact

    contacts = [c for c in vault.list("contact") if isinstance(c, Contact) and c.crisis]
    return in_crisis_order(contacts, vault.setting(CRISIS_ORDER_KEY, []))


def save_crisis_order(contact_ids: tuple[str, ...]) -> VaultOp[None]:
    """The crisis page: the person moved their crisis contacts into a new order."""

    def work(vault: Vault) -> None:
        vault.set_setting(CRISIS_ORDER_KEY, list(contact_ids))

    return VaultOp("save the crisis list's order", work, changes=(CRISIS_ORDER_CHANGE,))


def save_overdose_advice(text: str) -> VaultOp[None]:
    """The person's own overdose advice for where they live; "" goes back to the built-in one."""

    def work(vault: Vault) -> None:
        vault.set_setting(OVERDOSE_ADVICE_KEY, text)

    return VaultOp("save the overdose advice", work, changes=(OVERDOSE_ADVICE_CHANGE,))


class HardTimeData(NamedTuple):
    """What the hard-time view shows, kept loaded for the session so it opens at once.

    `people` are the plan's "people I can ask" then its professionals, in the plan's order, as
    the contacts now are (a deleted one is left out); `crisis` the crisis contacts in the person's
    order, shown when the plan names nobody yet.
    """

    plan: SafetyPlan | None
    people: list[Contact]
    crisis: list[Contact]
    helplines: list[Helpline]


# What the hard-time view is made of: when one of these changes, it loads again.
HARD_TIME_KINDS: Final = ("safety_plan", "contact", "helpline", CRISIS_ORDER_CHANGE)


def load_hard_time() -> VaultOp[HardTimeData]:
    def work(vault: Vault) -> HardTimeData:
        from journal.records import Contact, Helpline

        plan = vault.safety_plan()
        people: list[Contact] = []
        if plan is not None:
            wanted = list(dict.fromkeys((*plan.ask_for_help, *plan.professionals)))
            found = {c.id: c for c in vault.get_many("contact", wanted) if isinstance(c, Contact)}
            people = [found[i] for i in wanted if i in found]
        helplines = [h for h in vault.list("helpline") if isinstance(h, Helpline)]
        return HardTimeData(plan, people, crisis_contacts(vault), helplines)

    return VaultOp("load the plan for a hard time", work)


def load_naloxone() -> VaultOp[Naloxone | None]:
    """Today's reminder: the naloxone kit of the safety plan (None before there is a plan)."""

    def work(vault: Vault) -> Naloxone | None:
        plan = vault.safety_plan()
        return plan.naloxone if plan is not None else None

    return VaultOp("load the naloxone kit", work)


# ---- the timeline and search --------------------------------------------------------------------


class TimelineStart(NamedTuple):
    """The Journal list's length and one page of it: the first, the one around `anchor`, or the
    one holding the record asked for (then `found` is its row; None when it is not in the list)."""

    total: int
    page: int
    rows: list[TimelineEntry]
    found: int | None


def open_timeline(
    where: TimelineFilter, page_size: int, cap: int | None, anchor: int, find: tuple[str, str] | None
) -> VaultOp[TimelineStart]:
    """Count the filter's entries (at most `cap`) and read the page the list should show."""

    def work(vault: Vault) -> TimelineStart:
        if cap is not None and cap <= page_size and find is None:
            # One short page (Today's recent check-ins): its rows are its length, and counting
            # every entry of the years behind them would cost more than reading the page.
            rows = vault.timeline_slice(where, 0, cap, cap)
            return TimelineStart(len(rows), 0, rows, None)
        total = vault.timeline_count(where)
        if cap is not None:
            total = min(total, cap)
        found = vault.timeline_row(where, *find) if find is not None else None
        if found is not None and found >= total:
            found = None
        row = found if found is not None else min(max(anchor, 0), max(total - 1, 0))
        page = row // page_size
        rows = vault.timeline_slice(where, page * page_size, page_size, total)
        return TimelineStart(total, page, rows, found)

    return VaultOp("search" if where.search.strip() else "load the timeline", work)


def load_timeline_slice(
    where: TimelineFilter, offset: int, limit: int, total: int
) -> VaultOp[list[TimelineEntry]]:
    """The rows of the Journal list that scrolled into view."""

    def work(vault: Vault) -> list[TimelineEntry]:
        return vault.timeline_slice(where, offset, limit, total)

    return VaultOp("load more of the timeline", work)


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


def change_passphrase(current: str, new: str) -> VaultOp[list[str]]:
    """Only if `current` opens the journal file (WrongPassphrase otherwise). The answer is what
    to tell the person about the backups that still open with the old passphrase."""

    def work(vault: Vault) -> list[str]:
        from journal.autobackup import after_passphrase_change
        from journal.cipher import check_passphrase_on_file

        check_passphrase_on_file(vault.path, current)
        vault.change_passphrase(new)
        return after_passphrase_change(vault).sentences()

    return VaultOp("change the passphrase", work)


def back_up(folder: Path) -> VaultOp[Path]:
    """An encrypted copy in `folder`, named for the moment it was asked for."""
    from journal import paths

    target = folder / paths.manual_backup_name()

    def work(vault: Vault) -> Path:
        return vault.backup(target)

    return VaultOp("back up", work)


def restore_from_backup(backup: Path, passphrase: str) -> VaultOp[Path]:
    """Replace the open journal with a backup, as `recovery-journal restore` does: the backup must
    open and pass a full check first, and the journal as it is now is kept aside (its path is
    the answer). Afterwards the journal has the backup's passphrase."""

    def work(vault: Vault) -> Path:
        from journal import messages
        from journal.errors import UsageError

        if backup.resolve() == vault.path.resolve():
            raise UsageError(messages.RESTORE_ONTO_ITSELF)
        return vault.restore_from(backup, passphrase)

    return VaultOp("restore a backup", work)  # no "changed": the journal locks at once


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

        # Refused plainly when unreadable or larger than any journal's export (issue 12).
        report = vault.import_data(exchange.loads(exchange.read_file(path), source=str(path)))
        return str(report.sentence())

    return VaultOp("import", work, changes=IMPORTED_KINDS)


# ---- the recovery key ---------------------------------------------------------------------------


def make_recovery_key(
    new_key: RecoveryKey, sheet_file: Path | None = None, sheet_pdf: bytes = b""
) -> VaultOp[Path | None]:
    """Give the journal `new_key` (the earlier one stops working); with `sheet_file`, then write
    its sheet, drawn beforehand, there. The sheet is written only once the key works."""

    def work(vault: Vault) -> Path | None:
        vault.make_recovery_key(new_key)
        if sheet_file is None:
            return None
        from journal import files

        try:
            files.write_atomically(sheet_file, sheet_pdf)
        except OSError as exc:
            raise JournalError(QCoreApplication.translate(
                "operations",
                "Your new recovery key was made, but its sheet could not be saved to {file}. Nobody "
                "has the new key yet, so please make another one and save it somewhere else.",
            ).format(file=sheet_file)) from exc
        return sheet_file

    return VaultOp("make a recovery key", work)


def load_recovery_key_made() -> VaultOp[str | None]:
    """The day the journal's recovery key was made ("" if unknown), or None if it has none."""

    def work(vault: Vault) -> str | None:
        return vault.recovery_key_made()

    return VaultOp("look at the recovery key", work)


def first_recovery_key_offer() -> VaultOp[bool]:
    """True the first time a journal without a recovery key is opened (a journal made before
    recovery keys existed), and never again: the app offers one once, without nagging."""

    def work(vault: Vault) -> bool:
        from journal.vault import escrow

        if vault.recovery_key_made() is not None or escrow.offered(vault):
            return False
        escrow.set_offered(vault)
        return True

    return VaultOp("offer a recovery key", work)


def reset_with_recovery_key(
    folder: Path, recovery_key: RecoveryKey, new_passphrase: str, profile: kdf.KdfProfile
) -> FolderOp[Opened]:
    """Open the journal with its recovery key and set a new passphrase (the key keeps working)."""

    def work() -> Opened:
        from journal.vault import Vault

        vault = Vault.open_with_recovery_key(folder, recovery_key)
        try:
            vault.reset_passphrase(recovery_key, new_passphrase, profile=profile)
        except BaseException:
            vault.close()
            raise
        return opened(vault)

    return FolderOp("open with the recovery key", work)
