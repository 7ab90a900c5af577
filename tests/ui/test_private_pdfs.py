"""The PDFs the command line draws with the desktop's Qt (summary, safety plan, recovery sheet) are
0600 whatever was at the path before (issue 12, point 1): an older 0644 file there is replaced,
not written into, and no mode survives. Under umask 0, so only the code can make them private."""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal import cli, kdf
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from ui.launcher import recovery_sheet_pdf, run_app, write_plan_pdf, write_summary_pdf

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes as POSIX has them")


@pytest.fixture(autouse=True)
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


@pytest.mark.parametrize("command", [["summary"], ["plan"], ["plan", "--wallet"], ["recovery-key"]])
def test_a_pdf_drawn_for_the_command_line_is_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    folder = tmp_path / "journal"
    Vault.create(folder, PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    out = tmp_path / "shared" / "file.pdf"
    out.parent.mkdir(mode=0o755)
    out.write_bytes(b"an older file anyone could read")
    out.chmod(0o644)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    desktop = cli.Desktop(run_app, write_summary_pdf, write_plan_pdf, recovery_sheet_pdf)
    argv = ["--data-dir", str(folder), "--passphrase-stdin", *command, "--out", str(out)]
    assert cli.main(argv, desktop=desktop) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in out.parent.iterdir()) == ["file.pdf"]  # no temporary left
