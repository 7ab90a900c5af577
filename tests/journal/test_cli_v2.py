"""The command line's version 2 additions (docs/contracts.md, "Command line, version 2"), run as
real processes: check-ins with only what was answered, the note from standard input, the app's
passphrase rule, `summary --sections` and `plan --out`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal import paths
from journal.passphrases import MIN_PASSPHRASE_CHARS
from journal.records import Contact, Naloxone, SafetyPlan
from journal.vault import Vault
from tests.pdf_text import pdf_pages, pdf_text

PW = "a long and private passphrase"


def rj(
    folder: Path, *args: str, stdin: str | None = None, desktop: bool = False
) -> subprocess.CompletedProcess[str]:
    """`python -m journal` (no desktop) or the installed command's launcher (with the PDF writers)."""
    module = "ui.launcher" if desktop else "journal"
    command = [sys.executable, "-m", module, "--data-dir", str(folder)]
    if stdin is not None:
        command.append("--passphrase-stdin")
    return subprocess.run(
        [*command, *args], input=stdin if stdin is not None else "", capture_output=True, text=True,
        timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    assert rj(folder, "init", stdin=PW + "\n").returncode == 0
    return folder


def exported(folder: Path) -> dict:
    return json.loads(rj(folder, "export", stdin=PW + "\n").stdout)


def test_a_check_in_keeps_only_what_was_given(journal_dir: Path) -> None:
    assert rj(journal_dir, "checkin", "--hope", "7", stdin=PW + "\n").returncode == 0
    assert rj(journal_dir, "checkin", "--peer", stdin=PW + "\n").returncode == 0
    first, second = exported(journal_dir)["checkins"]
    assert (first["mood"], first["hope"], first["craving"]) == (None, 7, None)
    assert (second["mood"], second["hope"], second["peer_contact"]) == (None, None, True)


def test_a_check_in_with_no_answer_is_a_usage_error_before_the_passphrase(journal_dir: Path) -> None:
    result = rj(journal_dir, "checkin", stdin="")  # no passphrase line: it is never asked for
    assert result.returncode == 2
    assert "at least one answer" in result.stderr and "--note-stdin" in result.stderr
    assert rj(journal_dir, "checkin", "--tag", " ", stdin="").returncode == 2


def test_the_note_comes_from_standard_input_after_the_passphrase(journal_dir: Path) -> None:
    note = "Met Sam by the canal.\nSecond line, with émojis 🌱 and عربى.\n\nThird paragraph."
    result = rj(journal_dir, "checkin", "--mood", "6", "--note-stdin", stdin=f"{PW}\n{note}\n")
    assert result.returncode == 0, result.stderr
    (checkin,) = exported(journal_dir)["checkins"]
    assert checkin["note"] == note and checkin["mood"] == 6 and checkin["hope"] is None
    # only the note: that is an answer too
    assert rj(journal_dir, "checkin", "--note-stdin", stdin=f"{PW}\njust words\n").returncode == 0
    # an empty note and nothing else: a usage error, nothing saved
    empty = rj(journal_dir, "checkin", "--note-stdin", stdin=f"{PW}\n\n")
    assert empty.returncode == 2 and "empty" in empty.stderr
    assert len(exported(journal_dir)["checkins"]) == 2
    both = rj(journal_dir, "checkin", "--note", "x", "--note-stdin", stdin=f"{PW}\nx\n")
    assert both.returncode == 2


def test_help_says_why_the_note_can_come_from_standard_input(journal_dir: Path) -> None:
    text = " ".join(rj(journal_dir, "checkin", "--help").stdout.split())
    assert "--note-stdin" in text and "process list" in text and "shell history" in text


@pytest.mark.parametrize("command", ["init", "passwd"])
def test_a_new_passphrase_follows_the_apps_rule(tmp_path: Path, command: str) -> None:
    short = "x" * (MIN_PASSPHRASE_CHARS - 1)
    folder = tmp_path / "journal"
    if command == "init":
        result = rj(folder, "init", stdin=short + "\n")
        assert result.returncode == 2 and f"at least {MIN_PASSPHRASE_CHARS} characters" in result.stderr
        assert not paths.vault_path(folder).exists()
        for guessable in ("password", "y" * MIN_PASSPHRASE_CHARS):  # long enough, first guesses
            result = rj(folder, "init", stdin=guessable + "\n")
            assert result.returncode == 2 and "first that someone guessing would try" in result.stderr
            assert not paths.vault_path(folder).exists()
        assert rj(folder, "init", stdin="tulips in may\n").returncode == 0
        return
    assert rj(folder, "init", stdin=PW + "\n").returncode == 0
    result = rj(folder, "passwd", stdin=f"{PW}\n{short}\n")
    assert result.returncode == 2 and f"at least {MIN_PASSPHRASE_CHARS} characters" in result.stderr
    result = rj(folder, "passwd", stdin=f"{PW}\n12345678\n")
    assert result.returncode == 2 and "first that someone guessing would try" in result.stderr
    assert rj(folder, "check", stdin=PW + "\n").returncode == 0  # the old one still opens it


def test_unknown_section_is_a_usage_error(journal_dir: Path, tmp_path: Path) -> None:
    result = rj(journal_dir, "summary", "--out", str(tmp_path / "s.pdf"), "--sections", "goals,diary",
                stdin="", desktop=True)
    assert result.returncode == 2 and "diary" in result.stderr and "goals" in result.stderr
    assert not (tmp_path / "s.pdf").exists()


def test_summary_prints_the_sections_asked_for(journal_dir: Path, tmp_path: Path) -> None:
    rj(journal_dir, "checkin", "--hope", "8", stdin=PW + "\n")
    out = tmp_path / "s.pdf"
    result = rj(journal_dir, "summary", "--out", str(out), "--sections", "goals,use,notes",
                stdin=PW + "\n", desktop=True)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert pdf_pages(out) == 1
    assert "My goals" in text and "My use record" in text and "Notes from our session" in text
    assert "Hope, mood and craving" not in text and "Triggers" not in text
    default = tmp_path / "d.pdf"
    done = rj(journal_dir, "summary", "--out", str(default), stdin=PW + "\n", desktop=True)
    assert done.returncode == 0
    text = pdf_text(default)
    assert "Hope, mood and craving" in text and "My goals" in text  # the default sections
    assert "My use record" not in text and "My safety plan" not in text


def test_plan_prints_the_safety_plan_on_one_page(journal_dir: Path, tmp_path: Path) -> None:
    with Vault.open(journal_dir, PW) as vault:
        sam = vault.save(Contact(name="Sam Sponsor", role="sponsor", phone="07700 900001"))
        vault.set_safety_plan(SafetyPlan(
            reasons=("My kids", "Waking up clear"), coping=("A hot shower",), ask_for_help=(sam.id,),
            warning_signs=tuple(f"sign number {n}" for n in range(400)),
            naloxone=Naloxone(True, "2027-03-01", "kitchen drawer"),
        ))
        vault.save(Contact(name="Sam Sponsor", role="sponsor", phone="07700 900999", id=sam.id))
    out = tmp_path / "plan.pdf"
    result = rj(journal_dir, "plan", "--out", str(out), stdin=PW + "\n", desktop=True)
    assert result.returncode == 0, result.stderr
    assert pdf_pages(out) == 1 and out.stat().st_mode & 0o777 == 0o600
    text = pdf_text(out)
    assert "My reasons" in text and "My kids" in text and "A hot shower" in text
    assert "Sam Sponsor" in text and "07700 900999" in text and "07700 900001" not in text  # current number
    assert "Samaritans" in text and "116 123" in text  # the helplines
    assert "expires on 1 March 2027" in text and "kitchen drawer" not in text
    assert "sign number 0" in text and "more" in text  # a long list says how much is left out
    card = tmp_path / "card.pdf"
    done = rj(journal_dir, "plan", "--out", str(card), "--wallet", stdin=PW + "\n", desktop=True)
    assert done.returncode == 0
    assert pdf_pages(card) == 1 and "07700 900999" in pdf_text(card)


def test_plan_without_a_plan_is_a_blank_form(journal_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "blank.pdf"
    result = rj(journal_dir, "plan", "--out", str(out), stdin=PW + "\n", desktop=True)
    assert result.returncode == 0 and "blank plan to fill in by hand" in result.stdout
    text = pdf_text(out)
    assert "For example:" in text and "My reasons" in text


def test_plan_needs_the_desktop_for_its_pdf(journal_dir: Path, tmp_path: Path) -> None:
    result = rj(journal_dir, "plan", "--out", str(tmp_path / "p.pdf"), stdin=PW + "\n")
    assert result.returncode == 1 and "Qt libraries are missing" in result.stderr
