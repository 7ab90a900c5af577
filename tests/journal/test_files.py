"""Writing files (journal/files.py): whole or absent, readable by the person alone, never through a
link, nothing left behind when a write fails."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal import files, paths

pytestmark = pytest.mark.skipif(os.name != "posix", reason="modes and links as POSIX has them")


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most permissive umask, so a private mode can only come from the code."""
    old = os.umask(0)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_a_new_file_is_whole_and_private(tmp_path: Path, open_umask: None) -> None:
    target = tmp_path / "export.json"
    files.write_atomically(target, "words ✓\n")
    assert target.read_bytes() == "words ✓\n".encode()
    assert mode(target) == 0o600
    assert os.listdir(tmp_path) == ["export.json"]  # no temporary file left


def test_an_old_files_mode_and_owner_are_not_kept(tmp_path: Path, open_umask: None) -> None:
    target = tmp_path / "export.json"
    target.write_text("old words")
    target.chmod(0o644)
    if os.geteuid() == 0:  # root can hand the old file to another account first
        os.chown(target, 65534, 65534)
    files.write_atomically(target, b"new words")
    assert target.read_bytes() == b"new words"
    assert mode(target) == 0o600
    assert target.stat().st_uid == os.geteuid()


def test_a_link_at_the_target_is_replaced_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("not to be touched")
    target = tmp_path / "export.json"
    target.symlink_to(elsewhere)
    files.write_atomically(target, "journal text")
    assert not target.is_symlink() and target.read_text() == "journal text"
    assert elsewhere.read_text() == "not to be touched"


def test_a_link_planted_at_the_temporary_name_is_never_written_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("not to be touched")
    planted = tmp_path / "export.json.planted.partial"
    planted.symlink_to(victim)
    monkeypatch.setattr(paths, "unique_partial_path", lambda target: planted)
    with pytest.raises(FileExistsError):
        files.write_atomically(tmp_path / "export.json", "journal text")
    assert victim.read_text() == "not to be touched"
    assert not (tmp_path / "export.json").exists()


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export.json"
    target.write_text("old words")

    def full_disk(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patched:  # undo() would also undo the isolated HOME
        patched.setattr(os, "replace", full_disk)
        with pytest.raises(OSError, match="No space"):
            files.write_atomically(target, "new words")
    assert target.read_text() == "old words"
    assert sorted(os.listdir(tmp_path)) == ["export.json"]


def test_the_rename_is_made_durable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[Path] = []
    monkeypatch.setattr(files, "fsync_dir", synced.append)
    files.write_atomically(tmp_path / "a.pdf", b"%PDF")
    files.copy_atomically(tmp_path / "a.pdf", tmp_path / "sub.pdf")
    assert synced == [tmp_path, tmp_path]


def test_a_copy_is_byte_for_byte_and_private(tmp_path: Path, open_umask: None) -> None:
    source = tmp_path / "daily.db"
    source.write_bytes(os.urandom(3 << 20))
    source.chmod(0o644)
    files.copy_atomically(source, tmp_path / "weekly.db")
    assert (tmp_path / "weekly.db").read_bytes() == source.read_bytes()
    assert mode(tmp_path / "weekly.db") == 0o600


def test_finishing_a_file_someone_else_wrote(tmp_path: Path, open_umask: None) -> None:
    """SQLCipher's export writes the temporary file itself, with its own mode."""
    temp = paths.partial_path(tmp_path / "backup.db")
    temp.write_bytes(b"encrypted pages")
    temp.chmod(0o666)
    files.finish(temp, tmp_path / "backup.db")
    assert not temp.exists()
    assert (tmp_path / "backup.db").read_bytes() == b"encrypted pages"
    assert mode(tmp_path / "backup.db") == 0o600


def test_a_temporary_copy_goes_with_what_sqlite_left_beside_it(tmp_path: Path) -> None:
    temp = tmp_path / "vault.db.rekey-tmp"
    for suffix in ("", "-journal", "-wal", "-shm"):
        paths.beside(temp, suffix).write_bytes(b"x")
    (tmp_path / "vault.db").write_bytes(b"the journal")
    files.remove_temp(temp)
    assert os.listdir(tmp_path) == ["vault.db"]
    files.remove_temp(temp)  # nothing there: quietly nothing


def test_a_private_folder(tmp_path: Path, open_umask: None) -> None:
    folder = tmp_path / "journal" / "backups"
    files.make_private_folder(folder)
    assert mode(folder) == 0o700
    assert mode(folder.parent) == 0o700  # a missing folder above is made private too
    files.make_private_folder(folder)  # already there: fine


def test_a_read_only_mount_is_recognised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert files.cannot_write(tmp_path) is False
    real = os.statvfs(tmp_path)

    class ReadOnly:
        f_flag = real.f_flag | os.ST_RDONLY

    monkeypatch.setattr(os, "statvfs", lambda path: ReadOnly())
    assert files.cannot_write(tmp_path) is True
