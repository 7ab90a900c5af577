"""Renaming over a file another program has open, as Windows refuses it (journal/files.py `replace`).

Simulated here on every platform: `os.replace` raises the PermissionError Windows gives while a
virus scanner, an indexer or a sync client holds the target open, and the pauses are skipped.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from journal import files, kdf, messages
from journal.errors import FileInUse, WrongPassphrase
from journal.records import CheckIn
from journal.vault import Vault
from tests.conftest import PASSPHRASE

real_replace = os.replace


@pytest.fixture
def windows_rename(monkeypatch: pytest.MonkeyPatch) -> Callable[[int], list[float]]:
    """`refuse(n)`: the next n renames fail as on Windows over an open file; returns the pauses."""
    pauses: list[float] = []

    def refuse(times: int) -> list[float]:
        left = [times]

        def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
            if left[0] > 0:
                left[0] -= 1
                raise PermissionError(13, "The process cannot access the file because it is being "
                                          "used by another process")
            real_replace(source, target)

        monkeypatch.setattr(files, "OPEN_FILES_BLOCK_RENAME", True)
        monkeypatch.setattr(os, "replace", replace)
        monkeypatch.setattr(files.time, "sleep", pauses.append)
        return pauses

    return refuse


def test_a_file_let_go_in_a_moment_is_replaced(tmp_path: Path, windows_rename) -> None:  # type: ignore[no-untyped-def]
    pauses = windows_rename(2)
    target = tmp_path / "export.json"
    target.write_text("old")
    files.write_atomically(target, "new")
    assert target.read_text() == "new"
    assert os.listdir(tmp_path) == ["export.json"]
    assert len(pauses) == 2


def test_a_file_held_open_is_left_as_it_was_with_a_plain_sentence(tmp_path: Path, windows_rename) -> None:  # type: ignore[no-untyped-def]
    pauses = windows_rename(1000)
    target = tmp_path / "summary.pdf"
    target.write_text("the one open in a viewer")
    with pytest.raises(FileInUse) as caught:
        files.write_atomically(target, "new")
    assert caught.value.message == messages.FILE_IN_USE
    assert target.read_text() == "the one open in a viewer"
    assert os.listdir(tmp_path) == ["summary.pdf"]  # no temporary file left behind
    assert len(pauses) == files.REPLACE_ATTEMPTS - 1


def test_elsewhere_a_permission_error_is_not_waited_for(tmp_path: Path, windows_rename,  # type: ignore[no-untyped-def]
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    pauses = windows_rename(1)
    monkeypatch.setattr(files, "OPEN_FILES_BLOCK_RENAME", False)
    with pytest.raises(PermissionError):
        files.write_atomically(tmp_path / "export.json", "new")
    assert pauses == []


def test_a_passphrase_change_over_a_held_vault_keeps_the_journal_open_and_unchanged(
    data_dir: Path, windows_rename  # type: ignore[no-untyped-def]
) -> None:
    vault = Vault.create(data_dir, PASSPHRASE, profile=kdf.TEST_PROFILE)
    vault.save(CheckIn(mood=5, hope=5, note="kept"))
    windows_rename(1000)
    with pytest.raises(FileInUse):
        vault.change_passphrase("something new", profile=kdf.TEST_PROFILE)
    assert [c.note for c in vault.list("checkin")] == ["kept"]  # still open and usable
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, "something new")
    Vault.open(data_dir, PASSPHRASE).close()
