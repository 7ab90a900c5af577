"""What we know about SQLCipher 4's file format, used to check a passphrase before SQLite runs.

Checking page HMACs ourselves lets `open` tell a wrong passphrase from a damaged file, and lets it
refuse both without SQLite ever opening (and so possibly writing beside) the file. The layout is
SQLCipher 4's default, which `Vault` also sets explicitly on every connection:

    page 1:  salt (16) | ciphertext | IV (16) | HMAC-SHA512 (64)
    page n:  ciphertext | IV (16) | HMAC-SHA512 (64)

HMAC = HMAC-SHA512(hmac_key, ciphertext | IV | page number as 4 bytes little-endian), where
hmac_key = PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 iterations, 32 bytes).

`check_passphrase_on_file` lives here rather than in `vault` because it needs only hashlib and
Argon2: the desktop app's unlock screen starts deriving the key while it is still loading
SQLCipher and the rest of the core.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from pathlib import Path
from typing import Any, Final, cast

from . import kdf, messages, paths, wipe
from .errors import NotAVault, NoVault, StorageError, VaultDamaged, WeakTestVault, WrongPassphrase
from .i18n import translate

PAGE_SIZE: Final = 4096
SALT_SIZE: Final = 16
IV_SIZE: Final = 16
HMAC_SIZE: Final = 64
HMAC_SALT_MASK: Final = 0x3A
HMAC_KDF_ITERATIONS: Final = 2
PLAINTEXT_SQLITE_MAGIC: Final = b"SQLite format 3\x00"
# Pages looked at (besides page 1) to tell a wrong passphrase from a damaged first page.
PROBE_PAGES: Final = 32

# Set on every connection, right after the key, so a change of SQLCipher's defaults can never
# silently change how a vault is read.
CONNECTION_PRAGMAS: Final = (
    "PRAGMA cipher_page_size = 4096",
    "PRAGMA kdf_iter = 256000",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA512",
    "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512",
    "PRAGMA cipher_plaintext_header_size = 0",
)

# SQLCipher 4.6+ logs at WARN to stderr by default: a damaged page prints "hmac check failed for
# pgno=…" lines into the person's terminal (and the app's stderr) on top of our one plain
# sentence. The error itself still reaches us as an exception; only the noise goes.
QUIET_PRAGMAS: Final = ("PRAGMA cipher_log_level = NONE", "PRAGMA cipher_log = off")


def key_pragma_value(key: bytes | bytearray, salt: bytes) -> str:
    """The `x'…'` blob literal that hands SQLCipher a raw key and the salt to store in the header.

    For tests and tools; the vault itself uses `key_literal` and `key_statement`, whose copies
    of the key it can wipe (journal/wipe.py).
    """
    return f"\"x'{key.hex()}{salt.hex()}'\""


def key_literal(key: bytes | bytearray, salt: bytes) -> bytearray:
    """`x'<key hex><salt hex>'` in a bytearray, to bind as ATTACH … KEY ? and wipe afterwards."""
    return wipe.assemble([b"x'", (key, salt), b"'"])


def key_statement(key: bytes | bytearray, salt: bytes) -> bytearray:
    """`PRAGMA key = "x'…'"` in a bytearray (a PRAGMA takes no bound values), to wipe afterwards."""
    return wipe.assemble([b'PRAGMA key = "x\'', (key, salt), b'\'"'])


def hmac_key(key: bytes | bytearray, salt: bytes) -> bytes:
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


def _read_page(handle: Any, number: int) -> bytes:
    handle.seek((number - 1) * PAGE_SIZE)
    return cast(bytes, handle.read(PAGE_SIZE))


def _backups_of(path: Path) -> Path | None:
    """Where to look for a backup of this file: the journal's backups folder, if it is a journal."""
    return paths.backups_dir(path.parent) if path.name == paths.VAULT_FILE else None


def check_passphrase_on_file(path: Path, passphrase: str) -> tuple[bytes, bytes, kdf.KdfProfile]:
    """Derive the key for this file and prove it right from page 1's HMAC, without SQLite.

    Returns (key, salt, profile). Raises NoVault, VaultDamaged, NotAVault or WrongPassphrase.
    Nothing is written and SQLite never opens the file, so no side files appear either.
    """
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise NoVault(messages.not_a_folder(folder))
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise NoVault(messages.no_vault(folder)) from None
    if not path.is_file():  # a folder (or a device) where the vault file should be
        raise NotAVault(messages.not_a_vault(path))
    if size == 0:
        raise VaultDamaged(messages.empty_file(folder))
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the with below
    except PermissionError:
        raise StorageError(messages.cannot_read(path)) from None
    with handle:
        first = _read_page(handle, 1)
        if first.startswith(PLAINTEXT_SQLITE_MAGIC):
            raise NotAVault(messages.not_a_vault(path))
        if size < PAGE_SIZE or size % PAGE_SIZE:
            raise VaultDamaged(messages.damaged(_backups_of(path)))
        salt = first[:SALT_SIZE]
        pages = size // PAGE_SIZE
        for profile in kdf.KNOWN_PROFILES:
            key = kdf.derive_key(passphrase, salt, profile)
            mac_key = hmac_key(key, salt)
            if page_is_authentic(first, 1, mac_key):
                return key, salt, profile
            # Page 1 fails. If later pages pass with this key, the key is right and page 1 is
            # damaged; if none do, the passphrase (or the salt itself) is wrong.
            if _any_page_authentic(handle, range(2, min(pages, PROBE_PAGES) + 1), mac_key):
                raise VaultDamaged(messages.damaged(_backups_of(path)))
        if _salt_damaged(path, handle, pages, passphrase, salt):
            raise VaultDamaged(messages.damaged(_backups_of(path)))
        if kdf.TEST_PROFILE not in kdf.KNOWN_PROFILES:
            # Made with the test suite's cheap key derivation: say so rather than "wrong
            # passphrase" (one more derivation of 1 MiB, a few milliseconds).
            key = kdf.derive_key(passphrase, salt, kdf.TEST_PROFILE)
            if page_is_authentic(first, 1, hmac_key(key, salt)):
                raise WeakTestVault(weak_test_vault(path))
    raise WrongPassphrase(messages.WRONG_PASSPHRASE)


def _any_page_authentic(handle: Any, numbers: range, mac_key: bytes) -> bool:
    return any(page_is_authentic(_read_page(handle, n), n, mac_key) for n in numbers)


def _salt_damaged(path: Path, handle: Any, pages: int, passphrase: str, salt: bytes) -> bool:
    """Whether the passphrase is right and the file's salt (its first 16 bytes) is what is damaged.

    The salt is the key's input, so a damaged salt byte makes every page fail and reads as a wrong
    passphrase. The newest automatic backup was written with the journal's key and salt (until a
    passphrase change, after which a fresh one is made): if its salt differs from the file's, the
    key made from the passphrase and the backup's salt is tried on the file's own pages; if they
    verify, the journal is intact but for its salt, and the person is offered the restore.
    Costs one more key derivation, only when the newest backup's salt differs from the file's.
    """
    backup = _newest_automatic_backup(path)
    if backup is None:
        return False
    try:
        with open(backup, "rb") as reading:
            backup_salt = reading.read(SALT_SIZE)
    except OSError:
        return False
    if len(backup_salt) != SALT_SIZE or backup_salt == salt:
        return False  # the same salt already failed: the passphrase is wrong
    for profile in kdf.KNOWN_PROFILES:
        mac_key = hmac_key(kdf.derive_key(passphrase, backup_salt, profile), backup_salt)
        if _any_page_authentic(handle, range(1, min(pages, PROBE_PAGES) + 1), mac_key):
            return True
    return False


def _newest_automatic_backup(path: Path) -> Path | None:
    """The newest daily (else weekly) automatic backup beside a journal's vault file, if any."""
    if path.name != paths.VAULT_FILE:
        return None
    folder = paths.auto_dir(path.parent)
    try:
        names = [entry.name for entry in folder.iterdir()]
    except OSError:
        return None
    for pattern in (paths.DAILY_BACKUP, paths.WEEKLY_BACKUP):
        found = sorted(name for name in names if pattern.match(name))
        if found:
            return folder / found[-1]
    return None


def weak_test_vault(path: Path) -> str:
    return translate(
        "cipher",
        "The journal {file} was locked with the quick, weak settings used only to test the app, "
        "so it is not opened. Nothing was changed.",
    ).format(file=path)
