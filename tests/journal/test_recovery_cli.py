"""`recovery-key` and `reset-passphrase`, run as real processes the way a person or a script would.

The sheet comes from the installed command's launcher (it draws PDFs); the key is read back from
the PDF's text with pdftotext, as a person would read it off the paper, and typed back.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journal import kdf, paths
from journal.vault import Vault
from tests.journal.test_cli import snapshot

PW = "a long and private passphrase"
NEW = "new words for a new day"
NAME = "Jane Q. Marker"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is missing (poppler-utils)")
        pytest.skip(f"{name} is not installed (poppler-utils)")
    return found


def rj(
    folder: Path, *args: str, stdin: str | None = None, desktop: bool = False
) -> subprocess.CompletedProcess[str]:
    """The command, from the launcher that hands in the desktop (`desktop`) or from the core alone."""
    module = "ui.launcher" if desktop else "journal"
    command = [sys.executable, "-m", module, "--data-dir", str(folder)]
    if stdin is not None:
        command.append("--passphrase-stdin")
    return subprocess.run([*command, *args], input=stdin or "", capture_output=True, text=True,
                          timeout=120)


def sheet_key(pdf: Path) -> str:
    text = subprocess.run([tool("pdftotext"), str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    (line,) = [line for line in text.splitlines() if line.startswith("Recovery key:")]
    return line.removeprefix("Recovery key:").strip()


def export(folder: Path, passphrase: str) -> dict[str, object]:
    done = rj(folder, "export", stdin=passphrase + "\n")
    assert done.returncode == 0, done.stderr
    data: dict[str, object] = json.loads(done.stdout)
    data.pop("exported_at")
    return data


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    """A journal with a name inside it (which must never reach the sheet) and a few entries."""
    folder = tmp_path / "janes-private-folder"
    with Vault.create(folder, PW, profile=kdf.DEFAULT_PROFILE) as vault:
        vault.set_setting("name", NAME)
        vault.set_setting("keyworker", "Sam Keyworker")
    for note in ("first", "second"):
        done = rj(folder, "checkin", "--mood", "5", "--hope", "7", "--note", note, stdin=PW + "\n")
        assert done.returncode == 0, done.stderr
    return folder


def make_sheet(folder: Path, out: Path) -> str:
    done = rj(folder, "recovery-key", "--out", str(out), stdin=PW + "\n", desktop=True)
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    return sheet_key(out)


def test_the_sheets_key_resets_the_passphrase_and_the_journal_is_unchanged(
    journal_dir: Path, tmp_path: Path
) -> None:
    before = export(journal_dir, PW)
    out = tmp_path / "sheet.pdf"
    key = make_sheet(journal_dir, out)
    assert len(key.replace("-", "")) == 35
    # One page, nothing personal: no name, no folder, no person in the metadata.
    info = dict(
        line.split(":", 1) for line in subprocess.run(
            [tool("pdfinfo"), str(out)], capture_output=True, text=True, check=True
        ).stdout.splitlines()
    )
    assert info["Pages"].strip() == "1" and info.get("Author", "").strip() == ""
    text = subprocess.run([tool("pdftotext"), str(out), "-"], capture_output=True, text=True).stdout
    for personal in (NAME, "Marker", "Sam Keyworker", str(journal_dir), journal_dir.name, "first"):
        assert personal not in text
    assert "Forgot your passphrase?" in text and "reset-passphrase" in text
    assert out.stat().st_mode & 0o777 == 0o600
    # Typed back in lower case without dashes, through the core alone (no Qt needed).
    typed = key.lower().replace("-", " ")
    reset = rj(journal_dir, "reset-passphrase", stdin=f"{typed}\n{NEW}\n")
    assert reset.returncode == 0, reset.stderr
    assert "still works" in reset.stdout
    assert rj(journal_dir, "check", stdin=PW + "\n").returncode == 3
    assert export(journal_dir, NEW) == before
    assert rj(journal_dir, "check", stdin=NEW + "\n").returncode == 0


def test_after_passwd_the_same_key_still_works(journal_dir: Path, tmp_path: Path) -> None:
    key = make_sheet(journal_dir, tmp_path / "sheet.pdf")
    changed = rj(journal_dir, "passwd", stdin=f"{PW}\n{NEW}\n")
    assert changed.returncode == 0, changed.stderr
    reset = rj(journal_dir, "reset-passphrase", stdin=f"{key}\nthird passphrase\n")
    assert reset.returncode == 0, reset.stderr
    assert rj(journal_dir, "check", stdin="third passphrase\n").returncode == 0


def test_after_a_new_key_the_old_one_exits_3_and_no_byte_changes(journal_dir: Path, tmp_path: Path) -> None:
    old = make_sheet(journal_dir, tmp_path / "old.pdf")
    new = make_sheet(journal_dir, tmp_path / "new.pdf")
    assert old != new
    before = snapshot(journal_dir)
    refused = rj(journal_dir, "reset-passphrase", stdin=f"{old}\n{NEW}\n")
    assert refused.returncode == 3, refused.stderr
    assert "does not open this journal" in refused.stderr and "Traceback" not in refused.stderr
    assert refused.stderr.strip().count("\n") == 0  # one sentence
    assert snapshot(journal_dir) == before
    assert rj(journal_dir, "reset-passphrase", stdin=f"{new}\n{NEW}\n").returncode == 0


def test_a_typo_is_a_usage_error_naming_its_group_and_changes_nothing(
    journal_dir: Path, tmp_path: Path
) -> None:
    key = make_sheet(journal_dir, tmp_path / "sheet.pdf")
    groups = key.split("-")
    groups[3] = groups[3][:2] + ("Y" if groups[3][2] != "Y" else "Z") + groups[3][3:]
    before = snapshot(journal_dir)
    typo = rj(journal_dir, "reset-passphrase", stdin="-".join(groups) + f"\n{NEW}\n")
    assert typo.returncode == 2
    assert "typo in group 4" in typo.stderr and "Traceback" not in typo.stderr
    assert snapshot(journal_dir) == before


def test_a_journal_without_a_key_and_a_missing_desktop_are_told_plainly(
    journal_dir: Path, tmp_path: Path
) -> None:
    before = snapshot(journal_dir)
    none_yet = rj(journal_dir, "reset-passphrase", stdin="0000-0000\nx\n")  # too short: a typo
    assert none_yet.returncode == 2
    from journal.recovery import RecoveryKey

    no_key = rj(journal_dir, "reset-passphrase", stdin=f"{RecoveryKey.new().text()}\n{NEW}\n")
    assert no_key.returncode == 3 and "No recovery key has been made" in no_key.stderr
    no_qt = rj(journal_dir, "recovery-key", "--out", str(tmp_path / "s.pdf"), stdin=PW + "\n")
    assert no_qt.returncode == 1 and "desktop" in no_qt.stderr
    missing_folder = rj(journal_dir, "recovery-key", "--out", str(tmp_path / "nope" / "s.pdf"),
                        stdin=PW + "\n", desktop=True)
    assert missing_folder.returncode == 2
    assert snapshot(journal_dir) == before
    assert not paths.recovery_path(journal_dir).exists()


def test_on_a_terminal_the_key_is_asked_and_the_new_passphrase_twice(
    journal_dir: Path, tmp_path: Path
) -> None:
    """Without --passphrase-stdin: a prompt for the key, then the new passphrase twice (no echo)."""
    import pty
    import select

    key = make_sheet(journal_dir, tmp_path / "sheet.pdf")

    def session(answers: list[str]) -> tuple[int, str]:
        pid, fd = pty.fork()
        if pid == 0:  # the child: the command on the terminal
            os.execvp(sys.executable, [sys.executable, "-m", "journal", "--data-dir",
                                       str(journal_dir), "reset-passphrase"])
        said, pending = b"", list(answers)
        while True:
            ready, _, _ = select.select([fd], [], [], 60)
            if not ready:
                break
            try:
                chunk = os.read(fd, 1024)
            except OSError:
                break
            if not chunk:
                break
            said += chunk
            if pending and chunk.endswith(b": "):  # a prompt, written once echo is off
                os.write(fd, (pending.pop(0) + "\n").encode())
        done, status = os.waitpid(pid, os.WNOHANG)
        if done == 0:  # still waiting for an answer: stop it
            os.kill(pid, 9)
            _, status = os.waitpid(pid, 0)
        return os.waitstatus_to_exitcode(status), said.decode(errors="replace")

    code, said = session([key, NEW, NEW + " but different"])
    assert code == 2 and "not the same" in said
    assert "Recovery key:" in said and said.count("New passphrase") == 2
    assert key not in said and NEW not in said  # nothing secret is echoed
    code, said = session([key, NEW, NEW])
    assert code == 0, said
    assert "still works" in said
    assert rj(journal_dir, "check", stdin=NEW + "\n").returncode == 0
