"""The `recovery-journal` command: the contract in docs/contracts.md, with one exit point.

This is the command's logic, and it needs no Qt: every command works on a server. Opening the
desktop app and drawing the summary PDF are abilities the desktop launcher hands in (`Desktop`);
without them those two say plainly that the desktop libraries are missing. `python -m journal`
runs it so, without the desktop.

Every known problem is a JournalError whose message is printed as one sentence on stderr with the
error's exit code (0 ok, 1 unexpected, 2 usage, 3 wrong passphrase, 4 no vault / already exists,
5 damaged vault or invalid input). A traceback appears only with --debug. The passphrase comes
from the terminal without echo, or from the first line of stdin with --passphrase-stdin; never
from an argument or the environment.

Long because (~620 lines) it is the whole contract of the command line in one place: the parser,
one branch of `run` per command, and beside the parser the desktop launch's short cut that must
agree with it (`desktop_launch`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple, NoReturn, TextIO

from . import i18n, messages, paths
from .errors import JournalError, UsageError, VaultDamaged, translated_errors
from .i18n import translate
from .passphrases import check_new_passphrase

if TYPE_CHECKING:
    from .recovery_sheet import RecoverySheet
    from .safety_page import PlanPage
    from .summary import SummaryContent
    from .vault import Vault

UNEXPECTED = i18n.QT_TRANSLATE_NOOP(
    "cli",
    "Something went wrong that should not have. Run the same command with --debug to see "
    "the details, and please report them.",
)


class Desktop(NamedTuple):
    """What only the desktop app can do, handed in by its launcher (the core never loads Qt).

    `run_app(folder, minimized=False)` opens the app on a journal folder and returns its exit code;
    `write_summary_pdf(content, path)` draws the one-page summary into a PDF file;
    `write_plan_pdf(page, path, wallet)` draws the safety plan on one page (or, with `wallet`,
    as a card to cut out and fold).
    `recovery_sheet_pdf(sheet)` draws the recovery key's sheet as PDF bytes.
    (A NamedTuple, not a dataclass: dataclasses is not otherwise loaded before the unlock screen.)
    """

    run_app: Callable[..., int]  # (folder, minimized=False)
    write_summary_pdf: Callable[[SummaryContent, Path], None]
    write_plan_pdf: Callable[[PlanPage, Path, bool], None] | None = None
    recovery_sheet_pdf: Callable[[RecoverySheet], bytes] | None = None


# argparse's own headings and the -h line are English (it asks gettext for them): the help is
# rewritten with ours, through public methods only.
ARGPARSE_WORDS: Final = (
    ("usage: ", i18n.QT_TRANSLATE_NOOP("argparse", "usage: ")),
    ("positional arguments:", i18n.QT_TRANSLATE_NOOP("argparse", "positional arguments:")),
    ("options:", i18n.QT_TRANSLATE_NOOP("argparse", "options:")),
    ("show this help message and exit",
     i18n.QT_TRANSLATE_NOOP("argparse", "show this help message and exit")),
)


class _Parser(argparse.ArgumentParser):
    """argparse with our exit code (2) and one plain sentence instead of a wall of usage."""

    def format_usage(self) -> str:
        return self._translated(super().format_usage())

    def format_help(self) -> str:
        return self._translated(super().format_help())

    @staticmethod
    def _translated(text: str) -> str:
        for english, marked in ARGPARSE_WORDS:
            words = translate("argparse", marked)
            if english.endswith(":"):  # a heading alone on its line
                text = text.replace(f"\n{english}\n", f"\n{words}\n")
            elif english == "usage: ":
                text = text.replace(english, words, 1) if text.startswith(english) else text
            else:
                text = text.replace(english, words)
        return text

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, translate("cli", "{program}: {message}. See "
            "--help.").format(program=self.prog, message=message) + "\n")


class _VersionAction(argparse.Action):
    """Reads the version only when asked: package metadata is slow to import at every launch."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        from . import version_line

        print(version_line())
        parser.exit(0)


def _scale(name: str) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(translate("cli", "{value} is not a whole number from 0 "
                "to 10").format(value=repr(text))) from None
        if not 0 <= value <= 10:
            raise argparse.ArgumentTypeError(translate("cli", "{value} is out of range 0-10")
                    .format(value=value))
        return value

    parse.__name__ = name
    return parse


def _day(text: str) -> str:
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli", "{value} is not a date like "
            "2026-11-22").format(value=repr(text))) from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli", "{value} is not a whole number")
                .format(value=repr(text))) from None
    if value < 1:
        raise argparse.ArgumentTypeError(translate("cli", "it must be 1 or more"))
    return value


def _sections(text: str) -> frozenset[str]:
    from .summary_sections import parse_sections

    try:
        return parse_sections(text)
    except UsageError as error:
        raise argparse.ArgumentTypeError(error.message.rstrip(".")) from None


def _language(text: str) -> i18n.Language:
    try:
        return i18n.parse_language_option(text)
    except UsageError as error:
        raise argparse.ArgumentTypeError(error.message.rstrip(".")) from None


def desktop_launch(argv: Sequence[str]) -> argparse.Namespace | None:
    """The parsed arguments of the app's own launch, without building the parser; None otherwise.

    Opening the app is what the desktop entry does many times a day, with no arguments or only
    `--data-dir DIR`; building the parser with every command's help costs the unlock screen a few
    milliseconds (bench/unlock_screen.py). Any other command line, including every mistake, goes
    through the parser as before, so this gives exactly what `build_parser().parse_args` would.
    """
    if not argv:
        data_dir = None
    elif len(argv) == 2 and argv[0] == "--data-dir" and argv[1] and not argv[1].startswith("-"):
        data_dir = argv[1]
    else:
        return None
    return argparse.Namespace(data_dir=data_dir, passphrase_stdin=False, debug=False, lang=None,
                              version=None, minimized=False, command=None)


def build_parser() -> argparse.ArgumentParser:
    from .summary_sections import DEFAULT_SECTIONS, SECTION_KEYS

    parser = _Parser(
        prog="recovery-journal",
        description=translate("cli", "Recovery Journal: a private, encrypted journal that never goes online. "
                              "With no command, opens the desktop app."),
    )
    parser.add_argument("--data-dir", metavar="DIR", help=translate("cli", "the folder that holds your "
        "journal"))
    parser.add_argument("--passphrase-stdin", action="store_true",
        help=translate("cli", "read the passphrase from the first line of standard input (for scripts)"))
    parser.add_argument("--debug", action="store_true", help=translate("cli", "show details when something "
        "fails"))
    parser.add_argument(
        "--lang",
        metavar="CODE",
        type=_language,
        help=translate("cli", "the language of messages and the summary: {codes} (default: your system's)")
        .format(codes=", ".join(language.code for language in i18n.LANGUAGES)),
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help=translate("cli",
            "show the version and exit"))
    parser.add_argument("--minimized", action="store_true",  # what "start when I log in" runs
        help=translate("cli", "open the app minimised"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("init", help=translate("cli", "create a new, empty journal"))

    checkin = commands.add_parser(
        "checkin",
        help=translate("cli", "add a check-in: any of hope, mood, craving, time with someone in "
                              "recovery, tags and a note"),
        description=translate(
            "cli",
            "Add a check-in. Give at least one of --mood, --hope, --craving, --peer, --tag, --note "
            "or --note-stdin; a scale you leave out is saved as not answered.",
        ),
    )
    checkin.add_argument("--mood", type=_scale("mood"), metavar="N", help=translate("cli", "mood, 0 (very "
        "low) to 10 (very good)"))
    checkin.add_argument("--hope", type=_scale("hope"), metavar="N", help=translate("cli",
            "hope, 0 (none) to 10 (lots)"))
    checkin.add_argument("--craving", type=_scale("craving"), metavar="N", help=translate("cli", "craving, "
        "0 (none) to 10 (very strong)"))
    checkin.add_argument("--peer", action="store_true", help=translate("cli", "I spent time with someone in "
        "recovery"))
    checkin.add_argument("--tag", action="append", default=[], metavar="T", help=translate("cli",
            "a tag; repeat for more"))
    note = checkin.add_mutually_exclusive_group()
    note.add_argument(
        "--note", default="", metavar="TEXT",
        help=translate("cli", "a note (other users can see it in the process list, and it stays in "
                              "your shell history: --note-stdin keeps it out of both)"),
    )
    note.add_argument(
        "--note-stdin", action="store_true",
        help=translate("cli", "read the note from the rest of standard input (after the passphrase "
                              "line with --passphrase-stdin), so your words stay out of the process "
                              "list and your shell history"),
    )
    checkin.add_argument("--at", metavar="ISO-8601", help=translate("cli", "when (default: now)"))

    import_ = commands.add_parser("import", help=translate("cli", "merge an export file into the journal"))
    import_.add_argument("file", metavar="FILE.json")

    export = commands.add_parser("export", help=translate("cli", "write everything as export format v1 (not "
        "encrypted)"))
    export.add_argument("--out", metavar="FILE.json")

    summary = commands.add_parser("summary", help=translate("cli", "write the one-page keyworker summary as "
        "a PDF"))
    summary.add_argument("--out", required=True, metavar="FILE.pdf")
    period = summary.add_mutually_exclusive_group()
    period.add_argument("--days", type=_positive, metavar="N")
    period.add_argument("--from", dest="from_day", type=_day, metavar="YYYY-MM-DD")
    summary.add_argument("--to", dest="to_day", type=_day, metavar="YYYY-MM-DD")
    summary.add_argument("--page", choices=("a4", "letter"), default="a4")
    summary.add_argument(
        "--sections", type=_sections, metavar="KEY,KEY",
        help=translate("cli", "the sections to print, comma-separated, from: {keys} (default: {default})")
        .format(keys=", ".join(SECTION_KEYS),
                default=", ".join(key for key in SECTION_KEYS if key in DEFAULT_SECTIONS)),
    )

    plan = commands.add_parser("plan", help=translate("cli", "write my safety plan on one page as a PDF"))
    plan.add_argument("--out", required=True, metavar="FILE.pdf")
    plan.add_argument("--page", choices=("a4", "letter"), default="a4")
    plan.add_argument(
        "--wallet", action="store_true",
        help=translate("cli", "a wallet-sized card to cut out and fold, instead of the full page"),
    )

    backup = commands.add_parser("backup", help=translate("cli", "an encrypted copy of the journal"))
    backup.add_argument("--out", required=True, metavar="FILE")

    restore = commands.add_parser("restore", help=translate("cli", "replace the journal with a backup"))
    restore.add_argument("file", metavar="FILE")

    commands.add_parser("passwd", help=translate("cli", "change the passphrase"))
    recovery_key = commands.add_parser(
        "recovery-key",
        help=translate("cli", "make a new recovery key (the earlier one stops working) and write its "
                       "one-page printable sheet"),
    )
    recovery_key.add_argument("--out", required=True, metavar="FILE.pdf")
    commands.add_parser(
        "reset-passphrase",
        help=translate("cli", "open with the recovery key and set a new passphrase (with "
                       "--passphrase-stdin: the recovery key on line 1, the new passphrase on line 2)"),
    )
    commands.add_parser("check", help=translate("cli", "verify the journal and print a one-line verdict"))
    return parser


class _Passphrases:
    """Where passphrases come from: stdin lines (scripts) or the terminal without echo."""

    def __init__(self, from_stdin: bool, stdin: TextIO) -> None:
        self._from_stdin = from_stdin
        self._stdin = stdin
        self._line = 0

    def ask(self, prompt: str) -> str:
        if self._from_stdin:
            line = self._stdin.readline()
            self._line += 1
            if not line:
                raise UsageError(translate(
                    "cli", "Line {line} of standard input should hold the passphrase, but it is empty."
                ).format(line=self._line))
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise UsageError(translate(
                "cli", "There is no terminal to ask for the passphrase; use --passphrase-stdin in scripts."
            ))
        import getpass

        return getpass.getpass(prompt, stream=sys.stderr)

    def ask_new(self, first_prompt: str = "", again_prompt: str = "") -> str:
        first = self.ask(first_prompt or translate("cli", "New passphrase: "))
        if not first:
            raise UsageError(messages.PASSPHRASE_EMPTY)
        check_new_passphrase(first)  # the app's rule too (journal/passphrases.py)
        if self._from_stdin:
            return first
        if self.ask(again_prompt or translate("cli", "New passphrase again: ")) != first:
            raise UsageError(messages.PASSPHRASES_DIFFER)
        return first


def _open(folder: Path, passphrases: _Passphrases) -> Vault:
    from .vault import Vault

    if not Vault.exists(folder):
        from .errors import NoVault

        raise NoVault(messages.no_vault(folder))
    return Vault.open(folder, passphrases.ask(translate("cli", "Passphrase: ")))


def _summary_period(args: argparse.Namespace) -> tuple[str, str]:
    from .stats import last_days

    if args.from_day or args.to_day:
        if not (args.from_day and args.to_day):
            raise UsageError(translate("cli", "Give both --from and --to, or use --days."))
        if args.to_day < args.from_day:
            raise UsageError(translate("cli", "The --to date is before the --from date."))
        return str(args.from_day), str(args.to_day)
    return last_days(args.days or 28)


def run(
    args: argparse.Namespace,
    stdin: TextIO,
    stdout: TextIO,
    stderr: TextIO,
    desktop: Desktop | None = None,
) -> int:
    folder = paths.data_dir(args.data_dir)
    passphrases = _Passphrases(args.passphrase_stdin, stdin)
    command = args.command

    if command is None:
        if desktop is None:
            raise JournalError(messages.NO_DESKTOP_APP)
        return desktop.run_app(folder, args.minimized) if args.minimized else desktop.run_app(folder)
    if command in ("summary", "plan") and desktop is None:
        raise JournalError(messages.NO_DESKTOP_PDF)  # before asking for the passphrase
    if command == "plan" and desktop is not None and desktop.write_plan_pdf is None:
        raise JournalError(messages.NO_DESKTOP_PDF)
    if command == "checkin" and not _has_an_answer(args):
        raise UsageError(translate(
            "cli",
            "A check-in needs at least one answer: --mood, --hope, --craving, --peer, --tag, "
            "--note or --note-stdin.",
        ))
    if command in ("recovery-key", "reset-passphrase"):
        from . import recovery_cli
    if command == "recovery-key":
        if desktop is None or desktop.recovery_sheet_pdf is None:
            raise JournalError(recovery_cli.no_desktop_message())
        recovery_cli.check_out_file(Path(args.out))
    if command == "reset-passphrase":
        return recovery_cli.reset_passphrase(folder, passphrases, stdout)

    # Loaded here, not at the top: the app (above) loads the core itself, while Argon2 works.
    from . import exchange, files
    from .records import CheckIn, check_text
    from .vault import Vault, restore_vault

    if command == "init":
        if Vault.exists(folder):  # say so before asking for a passphrase
            from .errors import VaultExists

            raise VaultExists(messages.vault_exists(folder))
        passphrase = passphrases.ask_new(
            translate("cli", "Choose a passphrase: "), translate("cli", "Choose a passphrase again: ")
        )
        Vault.create(folder, passphrase).close()
        print(translate("cli", "Your new journal is ready in {folder}.").format(folder=folder), file=stdout)
        print(
            translate("cli", "Keep your passphrase somewhere safe: if it is lost, nobody can open this "
                "journal."),
            file=stderr,
        )
        return 0

    if command == "restore":
        backup_file = Path(args.file)
        kept = restore_vault(folder, backup_file, passphrases.ask(translate("cli",
                "Passphrase of the backup: ")))
        if kept:
            restored = translate("cli", "Your journal was restored from {file}. Your previous journal was "
                "kept in {kept}.")
        else:
            restored = translate("cli", "Your journal was restored from {file}.")
        print(restored.format(file=backup_file, kept=kept), file=stdout)
        return 0

    if command == "import":
        source = Path(args.file)
        data = exchange.loads(exchange.read_file(source), str(source))
        exchange.parse_export(data)  # refuse a bad file before asking for the passphrase
        with _open(folder, passphrases) as vault:
            report = vault.import_data(data)
        print(report.sentence(), file=stdout)
        return 0

    with _open(folder, passphrases) as vault:
        if command == "checkin":
            at = _checkin_time(args.at)
            text = _read_note(stdin) if args.note_stdin else args.note
            note = check_text(text, "--note-stdin" if args.note_stdin else "--note")
            record = CheckIn(
                mood=args.mood, hope=args.hope, craving=args.craving, peer_contact=args.peer,
                tags=tuple(t.strip() for t in args.tag if t.strip()), note=note, at=at,
            )
            if not record.has_an_answer():  # only a blank note was given
                raise UsageError(translate(
                    "cli", "The note is empty, and a check-in needs at least one answer."
                ))
            vault.save(record)
            print(translate("cli", "Saved your check-in."), file=stdout)
            return 0

        if command == "export":
            text = exchange.dumps(vault.export_data())
            print(messages.translated(messages.EXPORT_WARNING), file=stderr)
            if args.out:
                # Plaintext only at the path the person chose, readable by them alone.
                with translated_errors():
                    files.write_atomically(Path(args.out), text)
                print(translate("cli", "Exported your journal to {file}.").format(file=args.out), file=stderr)
            else:
                stdout.write(text)
                stdout.flush()
            return 0

        if command == "summary":
            assert desktop is not None
            return _summary(vault, args, stdout, desktop.write_summary_pdf)

        if command == "plan":
            assert desktop is not None and desktop.write_plan_pdf is not None
            return _plan(vault, args, stdout, desktop.write_plan_pdf)

        if command == "backup":
            out = Path(args.out)
            if out.exists():
                raise UsageError(translate("cli", "There is already a file at {file}; choose another "
                    "name.").format(file=out))
            vault.backup(out)
            print(translate("cli", "Saved an encrypted backup to {file}. It opens with your "
                "passphrase.").format(file=out), file=stdout)
            return 0

        if command == "passwd":
            new = passphrases.ask_new()
            vault.change_passphrase(new)
            print(translate("cli", "Your passphrase has been changed."), file=stdout)
            from .autobackup import after_passphrase_change

            for sentence in after_passphrase_change(vault).sentences():  # issue 12: old backups
                print(sentence, file=stdout)
            return 0

        if command == "recovery-key":
            assert desktop is not None and desktop.recovery_sheet_pdf is not None
            return recovery_cli.new_recovery_key(vault, Path(args.out), desktop.recovery_sheet_pdf, stdout)

        if command == "check":
            health = vault.check()
            print(health.verdict(), file=stdout if health.ok else stderr)
            return 0 if health.ok else VaultDamaged.exit_code

    raise UsageError(translate("cli", "Unknown command {command}.").format(command=repr(command)))


def _has_an_answer(args: argparse.Namespace) -> bool:
    """Whether the command line gives a check-in anything to keep (checked before the passphrase)."""
    return (
        any(value is not None for value in (args.mood, args.hope, args.craving))
        or args.peer
        or any(tag.strip() for tag in args.tag)
        or bool(args.note.strip())
        or args.note_stdin
    )


def _read_note(stdin: TextIO) -> str:
    """The rest of standard input, without its final line break: the note of `checkin
    --note-stdin`. Read in one go, a little beyond the longest note a record may hold, so a
    runaway pipe is refused by the text check instead of filling memory."""
    from .records import MAX_TEXT_CHARS

    return stdin.read(MAX_TEXT_CHARS + 1).rstrip("\r\n")


def _checkin_time(text: str | None) -> str:
    if not text:
        from .records import now_iso

        return now_iso()
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(translate("cli", "--at: {value} is not a date and time like "
            "2026-11-22T09:30").format(value=repr(text))) from None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a time without an offset means the person's local time
        return moment.isoformat(timespec="seconds")
    from .records import parse_instant

    parse_instant(text, "--at")
    return text


def _summary(
    vault: Vault,
    args: argparse.Namespace,
    stdout: TextIO,
    write_summary_pdf: Callable[[SummaryContent, Path], None],
) -> int:
    start_day, end_day = _summary_period(args)
    out = Path(args.out)
    if out.parent and not out.parent.exists():
        raise UsageError(translate("cli", "The folder {folder} does not exist.").format(folder=out.parent))
    from .summary import DEFAULT_SECTIONS, SummaryOptions, build_summary

    content = build_summary(
        vault,
        SummaryOptions(
            start_day=start_day, end_day=end_day, page=args.page, sections=args.sections or DEFAULT_SECTIONS
        ),
    )
    write_summary_pdf(content, out)
    print(translate("cli", "Saved your one-page summary to {file}.").format(file=out), file=stdout)
    return 0


def _plan(
    vault: Vault,
    args: argparse.Namespace,
    stdout: TextIO,
    write_plan_pdf: Callable[[PlanPage, Path, bool], None],
) -> int:
    out = Path(args.out)
    if out.parent and not out.parent.exists():
        raise UsageError(translate("cli", "The folder {folder} does not exist.").format(folder=out.parent))
    from .safety_page import build_plan_page

    page = build_plan_page(vault, args.page)
    write_plan_pdf(page, out, args.wallet)
    if page.written:
        print(translate("cli", "Saved your safety plan to {file}.").format(file=out), file=stdout)
    else:
        print(translate(
            "cli",
            "You have not written a safety plan in the app yet, so {file} is a blank plan to fill "
            "in by hand.",
        ).format(file=out), file=stdout)
    return 0


def main(argv: Sequence[str] | None = None, *, desktop: Desktop | None = None) -> int:
    """The one exit point: every outcome becomes an exit code here."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    try:
        i18n.start(arguments)  # before the parser: its help is translated
    except UsageError as error:
        print(error.message, file=sys.stderr)
        return error.exit_code
    args = desktop_launch(arguments) if desktop is not None else None
    if args is None:
        args = build_parser().parse_args(arguments)
    try:
        return run(args, sys.stdin, sys.stdout, sys.stderr, desktop)
    except JournalError as error:
        if args.debug:
            import traceback

            traceback.print_exc()
        print(error.message, file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(translate("cli", "Stopped. Nothing was left half-written."), file=sys.stderr)
        return 1
    except Exception:
        if args.debug:
            import traceback

            traceback.print_exc()
        print(translate("cli", UNEXPECTED), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
