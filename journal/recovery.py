"""The recovery key: its printed form, its key pair, and the sealed copies of the data key.

A forgotten passphrase must not cost a person years of writing, so a journal can also be opened
with a recovery key printed on one sheet. docs/security.md ("Recovery key") has the design and the
threat model; in short:

- The key is 140 random bits written as 7 groups of 5 symbols from Crockford's base-32 alphabet
  (no I, L, O or U): 4 symbols of the key and 1 check symbol per group, so a typo is reported as
  a typo, with its group, before anything is decrypted. Case, spaces and dashes do not matter.
- Its X25519 key pair comes from BLAKE2b of the key (libsodium, through PyNaCl). The vault keeps
  the public half; each data key the vault gets (a new journal key after a passphrase change) is
  sealed to it (`SealedBox`) and kept in `recovery.json` beside the vault, one entry per salt. A
  typed recovery key opens the entry for the vault's salt and so yields its data key.

This module knows files and bytes only; `journal.vault` decides when entries are written, with
the public key it keeps inside the vault (journal/vault/escrow.py).
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from . import cipher, files, messages, paths, wipe
from .errors import (
    NotAVault,
    NoVault,
    RecoveryKeyTypo,
    StorageError,
    VaultDamaged,
    WrongRecoveryKey,
    translated_errors,
)
from .i18n import translate

ALPHABET: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32
GROUPS: Final = 7
GROUP_SIZE: Final = 5  # 4 symbols of the key and 1 check symbol
DATA_PER_GROUP: Final = GROUP_SIZE - 1
KEY_BITS: Final = GROUPS * DATA_PER_GROUP * 5  # 140
KEY_LENGTH: Final = GROUPS * GROUP_SIZE  # 35 symbols as printed, without the dashes
# Read as Crockford says: the letters left out of the alphabet stand for the digits they look like.
ALIASES: Final = {"O": "0", "I": "1", "L": "1"}
# Anything a person may put between groups, or a printer or a word processor may turn a dash into.
SEPARATORS: Final = frozenset(" \t\r\n-_.,/:;·\u00a0\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
# Separates this use of BLAKE2b from every other (libsodium's "personalisation", 16 bytes at most).
PERSONAL: Final = b"rj-recovery-v1"
FILE_FORMAT: Final = "recovery-journal-recovery-key"
FILE_VERSION: Final = 1
SEALED_PLAINTEXT: Final = 32 + cipher.SALT_SIZE  # the data key, then its salt

# ---- the check symbol: a weighted sum in GF(32) ------------------------------------------------
# Not cryptography, error detection. With distinct non-zero weights every single wrong symbol and
# every swap of two different symbols in a group changes the sum; the group's number is part of
# it, so a group typed in another group's place is caught as well.

_FIELD_POLYNOMIAL: Final = 0b100101  # x^5 + x^2 + 1, primitive: x (= 2) generates the field


def _multiply(a: int, b: int) -> int:
    product = 0
    while b:
        if b & 1:
            product ^= a
        b >>= 1
        a <<= 1
        if a & 0b100000:
            a ^= _FIELD_POLYNOMIAL
    return product


def _powers(count: int) -> tuple[int, ...]:
    found, value = [], 1
    for _ in range(count):
        value = _multiply(value, 2)
        found.append(value)
    return tuple(found)


WEIGHTS: Final = _powers(GROUP_SIZE)  # α¹ … α⁵, all different and non-zero
_CHECK_INVERSE: Final = next(x for x in range(1, 32) if _multiply(x, WEIGHTS[-1]) == 1)


def _weighted_sum(values: list[int]) -> int:
    total = 0
    for weight, value in zip(WEIGHTS, values, strict=False):
        total ^= _multiply(weight, value)
    return total


def check_symbol(group_number: int, data: list[int]) -> int:
    """The check symbol that makes group `group_number` (1-7) with these 4 symbols add up."""
    return _multiply(group_number ^ _weighted_sum(data), _CHECK_INVERSE)


def group_checks(group_number: int, values: list[int]) -> bool:
    return _weighted_sum(values) == group_number


# ---- the key -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecoveryKey:
    """A recovery key: 140 bits. `text()` is how it is printed; `parse` reads it back."""

    bits: int = field(repr=False)  # never shown in a traceback or a log

    @classmethod
    def new(cls) -> RecoveryKey:
        return cls(secrets.randbits(KEY_BITS))

    def data_symbols(self) -> list[int]:
        return [(self.bits >> (5 * (27 - i))) & 31 for i in range(GROUPS * DATA_PER_GROUP)]

    def groups(self) -> list[str]:
        """The 7 groups as printed, check symbol last."""
        data = self.data_symbols()
        out = []
        for number in range(1, GROUPS + 1):
            chunk = data[(number - 1) * DATA_PER_GROUP : number * DATA_PER_GROUP]
            out.append("".join(ALPHABET[v] for v in [*chunk, check_symbol(number, chunk)]))
        return out

    def text(self) -> str:
        return "-".join(self.groups())

    def seed(self) -> bytes:
        """32 bytes for the key pair: BLAKE2b-256 of the key's 140 bits, personalised for this use.

        No slow KDF: 140 random bits cannot be guessed, so a derivation would add nothing.
        """
        import nacl.encoding
        import nacl.hash

        return bytes(nacl.hash.blake2b(
            self.bits.to_bytes(18, "big"), digest_size=32, person=PERSONAL,
            encoder=nacl.encoding.RawEncoder,
        ))

    def public_key(self) -> bytes:
        return bytes(self._private().public_key)

    def _private(self) -> Any:
        from nacl.public import PrivateKey

        return PrivateKey.from_seed(self.seed())

    def open_entry(self, sealed: bytes, salt: bytes) -> bytes:
        """The data key sealed in `sealed` for the file with `salt`; WrongRecoveryKey if this key
        does not open it (or it was sealed for another file)."""
        from nacl.exceptions import CryptoError
        from nacl.public import SealedBox

        try:
            plain = SealedBox(self._private()).decrypt(sealed)
        except CryptoError:
            raise WrongRecoveryKey(wrong_key_message()) from None
        if len(plain) != SEALED_PLAINTEXT or plain[32:] != salt:
            raise WrongRecoveryKey(wrong_key_message())
        return bytes(plain[:32])


def seal(public_key: bytes, key: bytes | bytearray, salt: bytes) -> bytes:
    """The data key of the file with `salt`, sealed so only the recovery key's private half opens it.

    The open Vault keeps its key in a bytearray it wipes on lock (journal/wipe.py); PyNaCl takes
    bytes only, so one immutable copy exists for the moment of sealing (with a new recovery key or
    a re-key, never at unlock)."""
    from nacl.public import PublicKey, SealedBox

    plaintext = bytearray(key) + salt
    try:
        return bytes(SealedBox(PublicKey(public_key)).encrypt(bytes(plaintext)))
    finally:
        wipe.wipe(plaintext)


# ---- reading a typed key -------------------------------------------------------------------------


def _typo(message: str, group: int | None) -> RecoveryKeyTypo:
    error = RecoveryKeyTypo(message)
    error.group = group
    return error


def parse(typed: str) -> RecoveryKey:
    """The key a person typed or pasted, or RecoveryKeyTypo saying what looks wrong, and where.

    Case, spaces and dashes are ignored, and so is anything up to a colon ("Recovery key: …" as
    copied from the sheet). O counts as 0, I and L as 1.
    """
    text = typed.rpartition(":")[2] if ":" in typed else typed
    chunks: list[str] = []
    current = ""
    for character in text.upper():
        if character in SEPARATORS or character.isspace():
            if current:
                chunks.append(current)
            current = ""
        else:
            current += ALIASES.get(character, character)
    if current:
        chunks.append(current)
    symbols = "".join(chunks)
    if not symbols:
        raise _typo(translate("recovery", "Type the recovery key from your sheet."), None)
    for position, character in enumerate(symbols):
        if character not in ALPHABET:
            group = min(GROUPS, position // GROUP_SIZE + 1)
            raise _typo(translate(
                "recovery",
                "Group {group} of the recovery key has “{character}”, which recovery keys never "
                "use. Check it against your sheet.",
            ).format(group=group, character=character), group)
    if len(symbols) != KEY_LENGTH:
        raise _length_typo(chunks, symbols)
    values = [ALPHABET.index(c) for c in symbols]
    for number in range(1, GROUPS + 1):
        group_values = values[(number - 1) * GROUP_SIZE : number * GROUP_SIZE]
        if not group_checks(number, group_values):
            raise _typo(translate(
                "recovery",
                "There is a typo in group {group} of the recovery key ({typed}). Check that group "
                "against your sheet and type it again.",
            ).format(group=number, typed=symbols[(number - 1) * GROUP_SIZE : number * GROUP_SIZE]),
                number)
    bits = 0
    for number in range(GROUPS):
        for value in values[number * GROUP_SIZE : number * GROUP_SIZE + DATA_PER_GROUP]:
            bits = (bits << 5) | value
    return RecoveryKey(bits)


def _length_typo(chunks: list[str], symbols: str) -> RecoveryKeyTypo:
    """A symbol too few or too many: named by its group if the person typed the groups apart,
    else by the first group that no longer adds up."""
    if len(chunks) > 1:
        for number, chunk in enumerate(chunks[:GROUPS], start=1):
            if len(chunk) != GROUP_SIZE:
                return _typo(translate(
                    "recovery",
                    "Group {group} of the recovery key has %n characters, but every group has 5. "
                    "Check it against your sheet.", None, len(chunk),
                ).format(group=number), number)
    values = [ALPHABET.index(c) for c in symbols]
    first_wrong = next(
        (number for number in range(1, GROUPS + 1)
         if len(values) >= number * GROUP_SIZE
         and not group_checks(number, values[(number - 1) * GROUP_SIZE : number * GROUP_SIZE])),
        None,
    )
    if first_wrong is not None:
        return _typo(translate(
            "recovery",
            "The recovery key has %n characters, but it should have 35 (7 groups of 5). The first "
            "group that does not match is group {group}.", None, len(symbols),
        ).format(group=first_wrong), first_wrong)
    return _typo(translate(
        "recovery",
        "The recovery key has %n characters, but it should have 35 (7 groups of 5). Check it "
        "against your sheet.", None, len(symbols),
    ), None)


def wrong_key_message() -> str:
    return translate(
        "recovery",
        "That recovery key does not open this journal. It may be an older sheet: only the newest "
        "recovery key works. Nothing has been changed.",
    )


def no_key_message() -> str:
    return translate(
        "recovery",
        "No recovery key has been made for this journal, so it cannot be opened with one. "
        "Nothing has been changed.",
    )


# ---- recovery.json: the sealed entries beside the vault ---------------------------------------


@dataclass(frozen=True)
class Escrow:
    """What recovery.json holds: the public key the entries were sealed to, and one entry per salt."""

    public_key: bytes
    entries: dict[bytes, bytes]  # salt -> sealed (data key + salt)


def read_escrow(folder: Path) -> Escrow | None:
    """The folder's recovery.json, or None if there is none. A file that cannot be read as one
    raises EscrowDamaged (exit 5)."""
    path = paths.recovery_path(folder)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        raise StorageError(messages.cannot_read(path)) from None
    try:
        data = json.loads(raw)
        if data.get("format") != FILE_FORMAT or data.get("version") != FILE_VERSION:
            raise ValueError("not ours")
        public_key = base64.b64decode(data["public_key"], validate=True)
        entries = {
            bytes.fromhex(salt): base64.b64decode(sealed, validate=True)
            for salt, sealed in data["entries"].items()
        }
        if len(public_key) != 32 or any(len(salt) != cipher.SALT_SIZE for salt in entries):
            raise ValueError("wrong sizes")
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error):
        raise VaultDamaged(damaged_file_message()) from None
    return Escrow(public_key, entries)


def read_escrow_quietly(folder: Path) -> Escrow | None:
    """recovery.json, or None if it is missing or damaged: for writers, who replace it anyway."""
    try:
        return read_escrow(folder)
    except (VaultDamaged, StorageError):
        return None


def damaged_file_message() -> str:
    return translate(
        "recovery",
        "The recovery key file of this journal (recovery.json) is damaged, so a recovery key "
        "cannot open it. Nothing has been changed; your passphrase still works.",
    )


def write_escrow(folder: Path, escrow: Escrow) -> None:
    """Replace recovery.json, whole or not at all, readable by this user only."""
    document = {
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "public_key": base64.b64encode(escrow.public_key).decode("ascii"),
        "entries": {
            salt.hex(): base64.b64encode(sealed).decode("ascii")
            for salt, sealed in sorted(escrow.entries.items())
        },
    }
    with translated_errors():
        files.write_atomically(paths.recovery_path(folder), json.dumps(document, indent=1) + "\n")


def add_entry(folder: Path, public_key: bytes, key: bytes | bytearray, salt: bytes) -> None:
    """Seal the data key of the file with `salt` to `public_key`, keeping the entries already
    sealed to the same key (entries sealed to any other key open nothing for this journal)."""
    found = read_escrow_quietly(folder)
    entries = dict(found.entries) if found is not None and found.public_key == public_key else {}
    entries[salt] = seal(public_key, key, salt)
    write_escrow(folder, Escrow(public_key, entries))


def keep_only(folder: Path, public_key: bytes, salt: bytes) -> None:
    """Remove every entry but the one for `salt` (the vault's): a stale entry opens an old file."""
    found = read_escrow_quietly(folder)
    if found is None or found.public_key != public_key or set(found.entries) <= {salt}:
        return
    write_escrow(folder, Escrow(public_key, {s: e for s, e in found.entries.items() if s == salt}))


def drop_entry(folder: Path, salt: bytes) -> None:
    """Remove the entry for `salt`, if any: that file must no longer open with the recovery key."""
    found = read_escrow_quietly(folder)
    if found is not None and salt in found.entries:
        write_escrow(folder, Escrow(found.public_key, {
            s: e for s, e in found.entries.items() if s != salt
        }))


# ---- opening the vault with a recovery key ------------------------------------------------------


def vault_salt(folder: Path) -> tuple[bytes, bytes]:
    """The vault file's salt and first page, read without SQLite; NoVault/NotAVault/VaultDamaged."""
    path = paths.vault_path(folder)
    if folder.exists() and not folder.is_dir():
        raise NoVault(messages.not_a_folder(folder))
    try:
        with open(path, "rb") as handle:
            first = handle.read(cipher.PAGE_SIZE)
    except FileNotFoundError:
        raise NoVault(messages.no_vault(folder)) from None
    except IsADirectoryError:
        raise NotAVault(messages.not_a_vault(path)) from None
    except PermissionError:
        raise StorageError(messages.cannot_read(path)) from None
    if first.startswith(cipher.PLAINTEXT_SQLITE_MAGIC):
        raise NotAVault(messages.not_a_vault(path))
    if len(first) < cipher.PAGE_SIZE:
        raise VaultDamaged(messages.damaged(paths.backups_dir(folder)))
    return first[: cipher.SALT_SIZE], first


def key_for_vault(folder: Path, recovery_key: RecoveryKey) -> tuple[bytes, bytes]:
    """The vault's data key and salt, opened with the recovery key, proven on page 1's HMAC.

    Reads only: nothing is written and SQLite never opens a file, so a wrong key changes no byte.
    """
    salt, first = vault_salt(folder)
    escrow = read_escrow(folder)
    if escrow is None:
        raise WrongRecoveryKey(no_key_message())
    sealed = escrow.entries.get(salt)
    if sealed is None:
        # The file's public key tells an older sheet from a journal whose entry is missing.
        raise WrongRecoveryKey(wrong_key_message())
    key = recovery_key.open_entry(sealed, salt)
    if not cipher.page_is_authentic(first, 1, cipher.hmac_key(key, salt)):
        raise VaultDamaged(messages.damaged(paths.backups_dir(folder)))
    return key, salt
