"""What we know about SQLCipher 4's file format, used to check a passphrase before SQLite runs.

Checking page HMACs ourselves lets `open` tell a wrong passphrase from a damaged file, and lets it
refuse both without SQLite ever opening (and so possibly writing beside) the file. The layout is
SQLCipher 4's default, which `Vault` also sets explicitly on every connection:

    page 1:  salt (16) | ciphertext | IV (16) | HMAC-SHA512 (64)
    page n:  ciphertext | IV (16) | HMAC-SHA512 (64)

HMAC = HMAC-SHA512(hmac_key, ciphertext | IV | page number as 4 bytes little-endian), where
hmac_key = PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 iterations, 32 bytes).
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from typing import Final

PAGE_SIZE: Final = 4096
SALT_SIZE: Final = 16
IV_SIZE: Final = 16
HMAC_SIZE: Final = 64
HMAC_SALT_MASK: Final = 0x3A
HMAC_KDF_ITERATIONS: Final = 2
PLAINTEXT_SQLITE_MAGIC: Final = b"SQLite format 3\x00"

# Set on every connection, right after the key, so a change of SQLCipher's defaults can never
# silently change how a vault is read.
CONNECTION_PRAGMAS: Final = (
    "PRAGMA cipher_page_size = 4096",
    "PRAGMA kdf_iter = 256000",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA512",
    "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512",
    "PRAGMA cipher_plaintext_header_size = 0",
)


def key_pragma_value(key: bytes, salt: bytes) -> str:
    """The `x'…'` blob literal that hands SQLCipher a raw key and the salt to store in the header."""
    return f"\"x'{key.hex()}{salt.hex()}'\""


def hmac_key(key: bytes, salt: bytes) -> bytes:
    mask = bytes(b ^ HMAC_SALT_MASK for b in salt)
    return hashlib.pbkdf2_hmac("sha512", key, mask, HMAC_KDF_ITERATIONS, len(key))


def page_is_authentic(page: bytes, page_number: int, mac_key: bytes) -> bool:
    """True if this page's HMAC matches: the key is right and the page is as SQLCipher wrote it."""
    if len(page) != PAGE_SIZE:
        return False
    start = SALT_SIZE if page_number == 1 else 0
    body = page[start : PAGE_SIZE - HMAC_SIZE]
    expected = hmac.new(mac_key, body + struct.pack("<I", page_number), "sha512").digest()
    return hmac.compare_digest(expected, page[PAGE_SIZE - HMAC_SIZE :])
