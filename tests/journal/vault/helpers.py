"""Small helpers the vault tests share."""

from __future__ import annotations

from pathlib import Path


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` and its bytes: to prove that something wrote nothing."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def flip(path: Path, offset: int) -> None:
    """Damage one byte of a file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x55
    path.write_bytes(bytes(data))
