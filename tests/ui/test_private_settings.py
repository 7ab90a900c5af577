"""The app's own files outside the journal are private too (issue 12, points 1 and 7): ui.ini and
its folder, the crash log, and what `journal.process.harden` does to the whole process."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.stress.common import python_env
from ui.crash import CrashHandler, describe
from ui.theme import UiSettings

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes as POSIX has them")


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_the_settings_file_and_folder_are_private(tmp_path: Path, open_umask: None) -> None:
    folder = tmp_path / "config" / "RecoveryJournal"
    settings = UiSettings(folder)
    settings.set_value("theme", "dark")
    ini = Path(settings.file_name())
    assert ini.parent == folder
    assert mode(ini) == 0o600 and mode(folder) == 0o700 and mode(folder.parent) == 0o700
    settings.remove("theme")  # QSettings writes a new file each time
    assert mode(ini) == 0o600


def test_an_older_open_settings_folder_is_made_private(tmp_path: Path, open_umask: None) -> None:
    folder = tmp_path / "RecoveryJournal"
    folder.mkdir(mode=0o755)
    (folder / "ui.ini").write_text("[General]\ntheme=light\n")
    (folder / "ui.ini").chmod(0o644)
    UiSettings(folder)
    assert mode(folder) == 0o700 and mode(folder / "ui.ini") == 0o600


def test_the_crash_log_is_private_and_never_written_through_a_link(tmp_path: Path, open_umask: None) -> None:
    handler = CrashHandler(tmp_path / "settings")

    def crash() -> None:
        try:
            raise ValueError("a message that may quote the person's words")
        except ValueError as error:
            handler.log(describe(ValueError, error.__traceback__))

    crash()
    assert mode(handler.log_path) == 0o600 and mode(handler.log_path.parent) == 0o700
    victim = tmp_path / "victim.txt"
    victim.write_text("not to be touched")
    handler.log_path.unlink()
    handler.log_path.symlink_to(victim)
    crash()  # refused quietly: a crash log is never worth a second crash
    assert victim.read_text() == "not to be touched"


HARDENED_STATE = """
import os, resource, sys
from journal import process
import journal.cli as cli

def report(*args, **kwargs):
    mask = os.umask(0)
    print(oct(mask), resource.getrlimit(resource.RLIMIT_CORE), process.is_dumpable())
    return 0

cli.main = report
from ui import launcher
sys.exit(launcher.main([]))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_the_entry_point_closes_the_process_before_anything_else() -> None:
    """Core dumps off, same-user ptrace refused, files private: as KeePassXC's Bootstrap does."""
    done = subprocess.run([sys.executable, "-c", HARDENED_STATE], capture_output=True, text=True,
                          env=python_env(), timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0o77", "(0,", "0)", "False"]
