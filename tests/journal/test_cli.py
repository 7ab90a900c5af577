"""The command-line contract, run as a real process the way a script or a person would."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal import messages, paths
from tests.conftest import dataset_path

PW = "a long and private passphrase"


def rj(
    folder: Path, *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "journal", "--data-dir", str(folder)]
    if stdin is not None:
        command.append("--passphrase-stdin")
    return subprocess.run(
        [*command, *args],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    result = rj(folder, "init", stdin=PW + "\n")
    assert result.returncode == 0, result.stderr
    return folder


def test_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "journal", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("recovery-journal ")


def test_init_twice_is_refused_with_exit_4(journal_dir: Path) -> None:
    before = snapshot(journal_dir)
    result = rj(journal_dir, "init", stdin="other\n")
    assert result.returncode == 4
    assert "already a journal" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(journal_dir) == before


def test_commands_without_a_vault_exit_4(tmp_path: Path) -> None:
    result = rj(tmp_path / "none", "check", stdin=PW + "\n")
    assert result.returncode == 4
    assert result.stderr.strip().count("\n") == 0  # one sentence
    assert not (tmp_path / "none").exists()


def test_a_marker_written_through_checkin_never_appears_in_the_data_folder(journal_dir: Path) -> None:
    marker = "ZEBRA-MARKER-4417"
    result = rj(journal_dir, "checkin", "--mood", "6", "--hope", "8", "--craving", "2", "--peer",
                "--tag", f"tag-{marker}", "--note", f"note {marker}", stdin=PW + "\n")
    assert result.returncode == 0, result.stderr
    assert rj(journal_dir, "backup", "--out", str(journal_dir / "backups" / "b.db"),
              stdin=PW + "\n").returncode == 0
    for needle in (marker.encode(), marker.encode("utf-16-le"), marker.lower().encode()):
        for name, data in snapshot(journal_dir).items():
            assert needle not in data, name
    exported = rj(journal_dir, "export", stdin=PW + "\n")
    assert exported.returncode == 0
    (checkin,) = json.loads(exported.stdout)["checkins"]
    assert checkin["note"] == f"note {marker}" and checkin["peer_contact"] is True
    assert checkin["tags"] == [f"tag-{marker}"] and checkin["craving"] == 2
    assert "not encrypted" in exported.stderr


def test_wrong_passphrase_exits_3_and_leaves_every_byte(journal_dir: Path) -> None:
    rj(journal_dir, "checkin", "--mood", "5", "--hope", "5", stdin=PW + "\n")
    before = snapshot(journal_dir)
    for command in (["check"], ["checkin", "--mood", "1", "--hope", "1"], ["export"], ["passwd"]):
        result = rj(journal_dir, *command, stdin="wrong guess\nnew one\n")
        assert result.returncode == 3, (command, result.stderr)
        assert "does not open" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(journal_dir) == before


def test_ten_years_import_then_export_round_trips(journal_dir: Path, tmp_path: Path) -> None:
    source = dataset_path(tmp_path, 3650)
    imported = rj(journal_dir, "import", str(source), stdin=PW + "\n")
    assert imported.returncode == 0, imported.stderr
    out = tmp_path / "out.json"
    assert rj(journal_dir, "export", "--out", str(out), stdin=PW + "\n").returncode == 0
    original, exported = json.loads(source.read_text()), json.loads(out.read_text())
    exported["exported_at"] = original["exported_at"]
    assert exported == original
    assert out.stat().st_mode & 0o077 == 0  # the plaintext export is readable by its owner only

    before = snapshot(journal_dir)
    again = rj(journal_dir, "import", str(source), stdin=PW + "\n")
    assert again.returncode == 0 and "Added 0 records" in again.stdout
    assert snapshot(journal_dir) == before  # adding nothing wrote nothing: every byte the same
    after = rj(journal_dir, "export", stdin=PW + "\n")
    assert json.loads(after.stdout)["checkins"] == original["checkins"]


def test_a_file_with_one_bad_field_is_refused_whole_with_exit_5(journal_dir: Path, tmp_path: Path) -> None:
    data = json.loads(dataset_path(tmp_path, 60).read_text())
    data["checkins"][12]["mood"] = 11
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    before = rj(journal_dir, "export", stdin=PW + "\n").stdout
    result = rj(journal_dir, "import", str(bad), stdin=PW + "\n")
    assert result.returncode == 5
    assert result.stderr.strip() == "checkins[12].mood: 11 is out of range 0-10"
    assert json.loads(rj(journal_dir, "export", stdin=PW + "\n").stdout)["checkins"] == json.loads(
        before
    )["checkins"]
    not_json = tmp_path / "not.json"
    not_json.write_text("hello")
    assert rj(journal_dir, "import", str(not_json), stdin=PW + "\n").returncode == 5


def test_check_on_a_vault_with_one_flipped_byte_says_damaged(journal_dir: Path, tmp_path: Path) -> None:
    source = dataset_path(tmp_path, 60)
    assert rj(journal_dir, "import", str(source), stdin=PW + "\n").returncode == 0
    healthy = rj(journal_dir, "check", stdin=PW + "\n")
    assert healthy.returncode == 0 and healthy.stdout.startswith("Your journal is healthy")
    vault = paths.vault_path(journal_dir)
    data = bytearray(vault.read_bytes())
    data[len(data) // 2 + 123] ^= 0x01
    vault.write_bytes(bytes(data))
    damaged = rj(journal_dir, "check", stdin=PW + "\n")
    assert damaged.returncode == 5, damaged.stderr
    assert "damaged" in damaged.stderr and "Traceback" not in damaged.stderr


def test_passwd_backup_and_restore(journal_dir: Path, tmp_path: Path) -> None:
    rj(journal_dir, "checkin", "--mood", "4", "--hope", "6", "--note", "kept", stdin=PW + "\n")
    backup = tmp_path / "b.db"
    assert rj(journal_dir, "backup", "--out", str(backup), stdin=PW + "\n").returncode == 0
    assert rj(journal_dir, "backup", "--out", str(backup), stdin=PW + "\n").returncode == 2
    changed = rj(journal_dir, "passwd", stdin=f"{PW}\nnew words here\n")
    assert changed.returncode == 0, changed.stderr
    assert rj(journal_dir, "check", stdin=PW + "\n").returncode == 3
    assert rj(journal_dir, "checkin", "--mood", "1", "--hope", "1", "--note", "later",
              stdin="new words here\n").returncode == 0
    restored = rj(journal_dir, "restore", str(backup), stdin=PW + "\n")
    assert restored.returncode == 0, restored.stderr
    notes = [c["note"] for c in json.loads(rj(journal_dir, "export", stdin=PW + "\n").stdout)["checkins"]]
    assert notes == ["kept"]
    kept = list((journal_dir / "backups").glob("before-restore-*.db"))
    assert len(kept) == 1


def test_usage_errors_exit_2_and_the_passphrase_is_never_an_argument(journal_dir: Path) -> None:
    assert rj(journal_dir, "checkin", "--mood", "11", "--hope", "5", stdin=PW + "\n").returncode == 2
    assert rj(journal_dir, "checkin", stdin=PW + "\n").returncode == 2  # no answer at all
    assert rj(journal_dir, "checkin", "--note", "  ", stdin=PW + "\n").returncode == 2
    assert rj(journal_dir, "frobnicate").returncode == 2
    assert rj(journal_dir, "--passphrase", PW, "check").returncode == 2
    assert rj(journal_dir, "summary", "--out", "x.pdf", "--days", "7", "--from", "2026-01-01").returncode == 2
    # No terminal and no --passphrase-stdin: refuse plainly instead of reading the environment.
    result = rj(journal_dir, "check", env={"RECOVERY_JOURNAL_PASSPHRASE": PW})
    assert result.returncode == 2 and "--passphrase-stdin" in result.stderr


def test_data_dir_from_the_environment(tmp_path: Path) -> None:
    folder = tmp_path / "from-env"
    result = subprocess.run(
        [sys.executable, "-m", "journal", "--passphrase-stdin", "init"],
        input=PW + "\n", capture_output=True, text=True,
        env={**os.environ, "RECOVERY_JOURNAL_HOME": str(folder)}, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert paths.vault_path(folder).exists()


def test_checkin_at_a_given_time(journal_dir: Path) -> None:
    result = rj(journal_dir, "checkin", "--mood", "5", "--hope", "6", "--at", "2026-11-21T20:15:00+00:00",
                stdin=PW + "\n")
    assert result.returncode == 0
    (checkin,) = json.loads(rj(journal_dir, "export", stdin=PW + "\n").stdout)["checkins"]
    assert checkin["at"] == "2026-11-21T20:15:00+00:00"
    bad = rj(journal_dir, "checkin", "--mood", "5", "--hope", "6", "--at", "last tuesday", stdin=PW + "\n")
    assert bad.returncode == 2


# ---- without the desktop: every command but the app and the PDF works where PySide6 is missing ----

NO_PYSIDE6 = """
import runpy, sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{name} is not installed here")
        return None
sys.meta_path.insert(0, NoQt())
sys.argv[0] = "recovery-journal"
try:
    runpy.run_module("ui.launcher", run_name="__main__", alter_sys=True)
finally:
    assert not any(m.split(".")[0] in ("PySide6", "shiboken6") for m in sys.modules)
"""


def rj_without_qt(folder: Path, *args: str, stdin: str = PW + "\n") -> subprocess.CompletedProcess[str]:
    """The installed command (ui.launcher) where PySide6 cannot be imported."""
    return subprocess.run(
        [sys.executable, "-c", NO_PYSIDE6, "--data-dir", str(folder), "--passphrase-stdin", *args],
        input=stdin, capture_output=True, text=True, timeout=120,
    )


def test_every_command_but_the_app_and_the_pdf_works_without_pyside6(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    steps = [
        ("init",),
        ("checkin", "--mood", "6", "--hope", "7", "--note", "without Qt"),
        ("export", "--out", str(tmp_path / "out.json")),
        ("import", str(tmp_path / "out.json")),
        ("backup", "--out", str(tmp_path / "b.db")),
        ("passwd",),
        ("restore", str(tmp_path / "b.db")),
        ("check",),
    ]
    stdins = {"passwd": f"{PW}\nnew words\n", "restore": PW + "\n", "check": PW + "\n"}
    for step in steps:
        done = rj_without_qt(folder, *step, stdin=stdins.get(step[0], PW + "\n"))
        assert done.returncode == 0, (step, done.stderr)
        assert "Traceback" not in done.stderr
    exported = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [c["note"] for c in exported["checkins"]] == ["without Qt"]
    assert (tmp_path / "out.json").stat().st_mode & 0o777 == 0o600
    # After the restore the backup's passphrase opens it, and everything is there.
    listed = rj_without_qt(folder, "export")
    assert [c["note"] for c in json.loads(listed.stdout)["checkins"]] == ["without Qt"]


def test_the_pdf_and_the_app_say_plainly_that_the_desktop_is_missing(
    journal_dir: Path, tmp_path: Path
) -> None:
    before = snapshot(journal_dir)
    summary = rj_without_qt(journal_dir, "summary", "--out", str(tmp_path / "s.pdf"))
    assert summary.returncode == 1
    assert summary.stderr.strip() == messages.NO_DESKTOP_PDF
    assert not (tmp_path / "s.pdf").exists()
    app = rj_without_qt(journal_dir, stdin="")
    assert app.returncode == 1
    assert app.stderr.strip() == messages.NO_DESKTOP_APP
    assert snapshot(journal_dir) == before


def test_the_core_command_line_asks_the_desktop_it_is_handed_for_the_pdf(
    journal_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from journal import cli

    drawn: list[tuple[object, Path]] = []
    desktop = cli.Desktop(run_app=lambda folder: 7, write_summary_pdf=lambda c, p: drawn.append((c, p)))
    monkeypatch.setattr(sys, "stdin", io.StringIO(PW + "\n"))
    out = tmp_path / "s.pdf"
    args = ["--data-dir", str(journal_dir), "--passphrase-stdin", "summary", "--out", str(out)]
    assert cli.main([*args, "--days", "7"], desktop=desktop) == 0
    ((content, path),) = drawn
    assert path == out and content.end_day == dt.date.today().isoformat()  # type: ignore[attr-defined]
    assert cli.main(["--data-dir", str(journal_dir)], desktop=desktop) == 7  # no command: the app
    monkeypatch.setattr(sys, "stdin", io.StringIO(PW + "\n"))
    assert cli.main(args, desktop=None) == 1  # `python -m journal` has no desktop


@pytest.mark.parametrize(
    "argv",
    [[], ["--data-dir", "/media/stick/journal"], ["--data-dir", "relative folder"]],
)
def test_the_apps_own_launch_parses_as_the_parser_would(argv: list[str]) -> None:
    """The desktop launch skips building the parser; what it gives must be what the parser gives."""
    from journal import cli

    assert cli.desktop_launch(argv) == cli.build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["--data-dir"], ["--data-dir", ""], ["--data-dir", "--debug"], ["--data-dir=/x"],
        ["--data", "/x"], ["--debug"], ["--lang", "pl"], ["check"], ["--data-dir", "/x", "check"],
        ["--version"], ["-h"],
    ],
)
def test_every_other_command_line_goes_through_the_parser(argv: list[str]) -> None:
    from journal import cli

    assert cli.desktop_launch(argv) is None


# ---- promises of docs/contracts.md that had no test -------------------------------------------


@pytest.mark.skipif(os.name == "nt", reason="Windows names its folders by API, not by HOME: a test "
                    "could not keep the journal out of the real profile")
def test_the_default_data_folder_is_the_platforms_user_data_folder(tmp_path: Path) -> None:
    """No --data-dir and no RECOVERY_JOURNAL_HOME: the journal goes where platformdirs says, in
    the (test's own) home: ~/.local/share/RecoveryJournal on Linux, or $XDG_DATA_HOME's."""
    home = Path.home()  # tests/conftest.py points HOME and the XDG folders at a temporary folder
    if sys.platform == "darwin":
        expected = home / "Library" / "Application Support" / "RecoveryJournal"
    else:
        expected = Path(os.environ["XDG_DATA_HOME"]) / "RecoveryJournal"
        env = {k: v for k, v in os.environ.items() if k != "XDG_DATA_HOME"}
        ask = "from journal import paths; print(paths.data_dir())"
        without_xdg = subprocess.run([sys.executable, "-c", ask], capture_output=True, text=True, env=env,
                                     check=True)
        assert Path(without_xdg.stdout.strip()) == home / ".local" / "share" / "RecoveryJournal"
    assert home.parent == tmp_path.parent and expected.is_relative_to(home)  # never the real home
    result = subprocess.run([sys.executable, "-m", "journal", "--passphrase-stdin", "init"], input=PW + "\n",
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert paths.vault_path(expected).is_file()
    if os.name == "posix":
        assert expected.stat().st_mode & 0o777 == 0o700


def test_an_unexpected_error_exits_1_with_one_sentence_and_no_journal_text(
    journal_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug (not one of the core's worded errors): exit 1, the sentence that says to rerun with
    --debug, and nothing of the note; with --debug, the traceback as well."""
    import io

    from journal import cli
    from journal.vault import Vault

    def broken_save(self: Vault, record: object) -> object:
        raise ZeroDivisionError(f"while saving {getattr(record, 'note', '')}")

    monkeypatch.setattr(Vault, "save", broken_save)
    args = ["--data-dir", str(journal_dir), "--passphrase-stdin", "checkin", "--mood", "5", "--hope", "5",
            "--note", "PRIVATE-NOTE-TEXT"]
    monkeypatch.setattr(sys, "stdin", io.StringIO(PW + "\n"))
    assert cli.main(args) == 1
    out, err = capsys.readouterr()
    assert err.strip() == cli.UNEXPECTED and "--debug" in err
    assert "PRIVATE-NOTE-TEXT" not in out + err and "Traceback" not in err
    monkeypatch.setattr(sys, "stdin", io.StringIO(PW + "\n"))
    assert cli.main(["--debug", *args]) == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and "ZeroDivisionError" in err and err.strip().endswith(cli.UNEXPECTED)


def on_a_terminal(args: list[str], answers: list[tuple[str, str]]) -> tuple[int, str]:
    """Run the command line with a real terminal (a pty) as its controlling terminal, typing each
    answer after the prompt that asks for it. Returns the exit code and everything the terminal
    showed."""
    import pty
    import select

    pid, fd = pty.fork()
    if pid == 0:  # the child: the command line, its terminal the pty
        os.execv(sys.executable, [sys.executable, "-m", "journal", *args])
    shown = b""

    def read_until(wanted: bytes | None) -> None:
        nonlocal shown
        while wanted is None or not shown.endswith(wanted):
            ready, _, _ = select.select([fd], [], [], 60)
            assert ready, f"the terminal showed nothing more: {shown!r}"
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # the child has exited
                chunk = b""
            if not chunk:
                assert wanted is None, f"ended before asking: {shown!r}"
                return
            shown += chunk

    for prompt, answer in answers:
        read_until(prompt.encode())
        os.write(fd, answer.encode() + b"\r")
    read_until(None)
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), shown.decode(errors="replace")


@pytest.mark.skipif(os.name != "posix", reason="a pseudo-terminal as POSIX has it")
def test_the_passphrase_is_asked_on_the_terminal_without_echo(tmp_path: Path) -> None:
    folder = str(tmp_path / "journal")
    secret = "a typed secret 7781"
    code, shown = on_a_terminal(["--data-dir", folder, "init"],
                                [("Choose a passphrase: ", secret), ("Choose a passphrase again: ", secret)])
    assert code == 0, shown
    assert secret not in shown  # nothing typed is echoed
    code, shown = on_a_terminal(["--data-dir", folder, "check"], [("Passphrase: ", secret)])
    assert code == 0 and "Your journal is healthy" in shown and secret not in shown
    code, shown = on_a_terminal(["--data-dir", folder, "passwd"], [
        ("Passphrase: ", secret), ("New passphrase: ", "another one 1"),
        ("New passphrase again: ", "not the same")])
    assert code == 2 and messages.PASSPHRASES_DIFFER in shown
    code, shown = on_a_terminal(["--data-dir", folder, "check"], [("Passphrase: ", "a wrong guess")])
    assert code == 3 and "does not open" in shown
