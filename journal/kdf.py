"""Turning a passphrase into the vault's 256-bit key.

We derive the key ourselves with Argon2id instead of letting SQLCipher run PBKDF2: Argon2id is
memory-hard, so a stolen USB stick costs an attacker far more per guess on a GPU, while a person on
an old laptop waits under a second. SQLCipher then receives the raw key together with the salt,
and keeps that salt in the first 16 bytes of the file (see docs/security.md).
"""

from __future__ import annotations

import os
from typing import NamedTuple

SALT_BYTES = 16
KEY_BYTES = 32


class KdfProfile(NamedTuple):
    """A named, fixed set of Argon2id costs. A vault is always opened with the profile it was made with.

    (A NamedTuple, not a dataclass, and Argon2 is imported only to derive a key: the app's start
    path names the default profile, and neither dataclasses nor Argon2's bindings are needed to
    show the unlock screen; bench/unlock_screen.py measures it.)
    """

    name: str
    time_cost: int
    memory_kib: int
    parallelism: int


# About 0.25 s on the 2-core build machine and 0.6-0.9 s on a low-end laptop (see docs/security.md).
# Never change these numbers in place: add a new profile and teach `open` to try it.
PROFILE_2026 = KdfProfile(name="argon2id-t3-m96-p1", time_cost=3, memory_kib=96 * 1024, parallelism=1)
DEFAULT_PROFILE = PROFILE_2026
# Cheap costs for the test-suite only; a vault made with it is no safer than its passphrase.
TEST_PROFILE = KdfProfile(name="argon2id-test", time_cost=1, memory_kib=1024, parallelism=1)
PRODUCTION_PROFILES = (PROFILE_2026,)
# The test suite sets this (tests/conftest.py) so its cheap vaults open; the app and the command
# line never do, and refuse such a vault with a plain sentence (cipher.check_passphrase_on_file):
# a journal someone made or swapped in with a 1 MiB key derivation costs an attacker nothing.
TEST_KDF_ENV = "RECOVERY_JOURNAL_TEST_KDF"
# The profiles `open` tries, in order. Tests may replace it (only the cheap profile, for speed).
KNOWN_PROFILES = PRODUCTION_PROFILES + ((TEST_PROFILE,) if os.environ.get(TEST_KDF_ENV) == "1" else ())


def allows(profile: KdfProfile) -> bool:
    """Whether a vault may be made or re-keyed with `profile` in this process."""
    return profile in KNOWN_PROFILES


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def derive_key(passphrase: str, salt: bytes, profile: KdfProfile = DEFAULT_PROFILE) -> bytes:
    """The raw SQLCipher key for this passphrase and salt.

    The passphrase is normalised to NFC first, so the same words typed on a Mac and on Windows
    (which may compose accents differently) open the same vault.
    """
    import unicodedata

    from argon2.low_level import Type, hash_secret_raw

    if len(salt) != SALT_BYTES:
        raise ValueError("salt must be 16 bytes")
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return hash_secret_raw(
        secret=secret,
        salt=salt,
        time_cost=profile.time_cost,
        memory_cost=profile.memory_kib,
        parallelism=profile.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )
