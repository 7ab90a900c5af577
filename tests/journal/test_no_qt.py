"""The core must work where Qt is missing: the command line on a server, the benchmarks."""

from __future__ import annotations

import subprocess
import sys


def test_journal_imports_and_works_without_pyside6(tmp_path) -> None:
    script = f"""
import sys
class _NoQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name == "shiboken6":
            raise ImportError("PySide6 is not available here")
        return None
sys.meta_path.insert(0, _NoQt())
import journal, journal.vault, journal.cli, journal.exchange, journal.stats, journal.records, journal.dataset
from journal import kdf
from journal.records import CheckIn
from pathlib import Path
v = journal.vault.Vault.create(Path({str(tmp_path / "j")!r}), "pw", profile=kdf.TEST_PROFILE)
v.save(CheckIn(mood=5, hope=6))
assert v.count("checkin") == 1
v.close()
assert len(journal.dataset.generate(3)["gratitude"]) == 3
assert not any(m.startswith("PySide6") for m in sys.modules), sorted(m for m in sys.modules if "Side" in m)
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
