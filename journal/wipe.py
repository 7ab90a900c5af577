"""Keeping the vault's key in as few places as Python allows, and wiping what can be wiped.

Python's str and bytes are immutable and are freed without being cleared, so a key, or a
statement that carried it, stays in the process's memory until the allocator happens to reuse
the spot (a memory scan found the `PRAGMA key = "x'…'"` statement twice after lock). So:

- the open vault keeps its key in one bytearray, zeroed when it closes (`wipe`);
- a statement that must carry the key is built in a bytearray of its exact size (no larger
  intermediate copies), turned into one str, run outside sqlite3's statement cache, and then
  overwritten in place (`forget_text`); where SQL can take the key as a bound value (ATTACH …
  KEY ?), the bytearray itself is bound and zeroed afterwards.

Overwriting a str in place is CPython-specific (its compact ASCII layout) and only done on a str
this module made and nobody else holds; elsewhere it does nothing. SQLite's own copies are
SQLCipher's business: with PRAGMA cipher_memory_security on, it zeroes all it frees.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Sequence
from typing import Final

_HEX: Final = b"0123456789abcdef"


def wipe(buffer: bytearray) -> None:
    """Zero a bytearray in place (its length stays)."""
    if buffer:
        ctypes.memset((ctypes.c_char * len(buffer)).from_buffer(buffer), 0, len(buffer))


def forget_text(text: str) -> None:
    """Overwrite the characters of an ASCII str in place (CPython only). For a str the caller
    made itself and will not use again: anything else holding it would see zeros."""
    if sys.implementation.name != "cpython" or not text or not text.isascii():
        return
    size = len(text)
    ctypes.memset(id(text) + sys.getsizeof(text) - size - 1, 0, size)


def hex_into(buffer: bytearray, at: int, data: bytes | bytearray) -> int:
    """Write `data` as lowercase hex digits into `buffer` from `at`, with no str or bytes made on
    the way; returns where the digits end."""
    for value in data:
        buffer[at] = _HEX[value >> 4]
        buffer[at + 1] = _HEX[value & 0x0F]
        at += 2
    return at


def assemble(parts: Sequence[bytes | tuple[bytes | bytearray, ...]]) -> bytearray:
    """One bytearray of exactly the right size: plain parts copied, tuples written as hex."""
    size = sum(len(p) if isinstance(p, bytes) else 2 * sum(len(x) for x in p) for p in parts)
    buffer = bytearray(size)
    at = 0
    for part in parts:
        if isinstance(part, bytes):
            buffer[at : at + len(part)] = part
            at += len(part)
        else:
            for secret in part:
                at = hex_into(buffer, at, secret)
    return buffer
