"""Where the journal lives and what every file beside it is called (journal/paths.py)."""

from __future__ import annotations

import ast
import datetime as dt
import sys
from pathlib import Path

import pytest

from journal import paths

ROOT = Path(__file__).resolve().parents[2]


def test_the_data_folder_follows_the_command_line_contract(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.ENV_HOME, str(tmp_path / "from-env"))
    assert paths.data_dir(tmp_path / "given") == tmp_path / "given"  # --data-dir first
    assert paths.data_dir() == tmp_path / "from-env"  # then the environment
    monkeypatch.delenv(paths.ENV_HOME)
    default = paths.data_dir()
    assert default.name == paths.APP_DIR_NAME
    assert default.is_relative_to(Path.home())  # the isolated home of the test, never the real one


def test_portable_mode_keeps_data_and_settings_beside_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = tmp_path / "stick" / "recovery-journal"
    app.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "recovery-journal"))
    assert not paths.is_portable()  # frozen, but no marker: the usual folders
    assert paths.data_dir() != app / paths.PORTABLE_DATA_DIR
    (app / paths.PORTABLE_MARKER).write_text("")
    assert paths.is_portable()
    data = paths.data_dir()
    assert data == app / paths.PORTABLE_DATA_DIR
    assert paths.settings_dir(data) == data


def test_the_vault_and_the_files_sqlite_keeps_beside_it(tmp_path: Path) -> None:
    vault = paths.vault_path(tmp_path)
    assert vault == tmp_path / "vault.db"
    assert paths.wal_path(vault).name == "vault.db-wal"
    assert paths.shm_path(vault).name == "vault.db-shm"
    assert not paths.has_vault(tmp_path)
    vault.write_bytes(b"")
    assert paths.has_vault(tmp_path)
    temps = {paths.beside(vault, suffix).name for suffix in paths.VAULT_TEMP_SUFFIXES}
    assert temps == {"vault.db.create-tmp", "vault.db.rekey-tmp", "vault.db.restore-tmp"}


def test_backup_names_sort_by_time_and_are_recognised(tmp_path: Path) -> None:
    moment = dt.datetime(2026, 11, 21, 20, 15, 3)
    backups = tmp_path / "backups"
    assert paths.before_restore_path(tmp_path, moment) == backups / "before-restore-20261121-201503.db"
    assert paths.before_upgrade_path(tmp_path, 0, moment) == backups / "before-upgrade-v0-20261121-201503.db"
    assert paths.manual_backup_name(moment) == "recovery-journal-backup-2026-11-21-201503.db"
    assert paths.export_file_name(dt.date(2026, 11, 21)) == "recovery-journal-export-2026-11-21.json"
    daily = paths.daily_backup_path(tmp_path, dt.date(2026, 11, 21))
    weekly = paths.weekly_backup_path(tmp_path, dt.date(2026, 11, 21))
    assert daily == backups / "auto" / "daily-2026-11-21.db" and daily.parent == paths.auto_dir(tmp_path)
    assert weekly.name == "weekly-2026-W47.db"
    match_daily = paths.DAILY_BACKUP.match(daily.name)
    match_weekly = paths.WEEKLY_BACKUP.match(weekly.name)
    assert match_daily and match_daily.group(1) == "2026-11-21"
    assert match_weekly and match_weekly.group(1) == "2026-W47"
    assert not paths.DAILY_BACKUP.match(daily.name + ".partial")
    assert not paths.WEEKLY_BACKUP.match(daily.name)


def test_iso_weeks_across_the_new_year() -> None:
    assert paths.iso_week(dt.date(2026, 12, 31)) == "2026-W53"
    assert paths.iso_week(dt.date(2027, 1, 1)) == "2026-W53"
    assert paths.iso_week(dt.date(2027, 1, 4)) == "2027-W01"
    assert paths.iso_week(dt.date(2029, 12, 31)) == "2030-W01"


def test_temporary_names_sit_beside_their_target_and_are_recognised(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    one, two = paths.unique_partial_path(target), paths.unique_partial_path(target)
    assert one != two and one.parent == two.parent == tmp_path
    assert one.name.startswith("export.json.") and paths.is_partial(one)
    assert paths.partial_path(target).name == "export.json.partial"
    assert paths.is_partial(paths.beside(paths.partial_path(target), "-journal"))
    assert not paths.is_partial(target)


# Pieces of the file names above: written anywhere in journal/ but paths.py, they would be a
# second place that knows a name.
NAME_FRAGMENTS = ("vault.db", ".partial", "-tmp", "before-restore", "before-upgrade", "daily-",
                  "weekly-", "recovery-journal-backup", "recovery-journal-export")
NAME_PARTS = {"-wal", "-shm", "-journal", "backups", "auto", "data", "portable"}


def test_no_other_module_of_the_core_spells_a_file_name() -> None:
    found = []
    for path in sorted((ROOT / "journal").rglob("*.py")):
        if path == ROOT / "journal" / "paths.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body and isinstance(node.body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            names_a_file = node.value in NAME_PARTS or any(f in node.value for f in NAME_FRAGMENTS)
            if names_a_file and id(node) not in docstrings:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value[:50]!r}")
    assert found == []
