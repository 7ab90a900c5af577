"""The key derivation is real Argon2id: the library against RFC 9106's vector, and derive_key against
known answers from a separate plain-Python Argon2id that is itself checked against that vector."""

from __future__ import annotations

from pathlib import Path

import pytest
from argon2.low_level import ARGON2_VERSION, Type, core, ffi, lib

from journal import kdf
from tests.journal import argon2_reference

RFC9106_ARGON2ID = "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"  # section 5.3


def _argon2id_with_secret(
    password: bytes, salt: bytes, secret: bytes, ad: bytes, t: int, m: int, p: int, n: int
) -> bytes:
    out = ffi.new("uint8_t[]", n)
    buffers = [ffi.new("uint8_t[]", b) for b in (password, salt, secret, ad)]
    context = ffi.new(
        "argon2_context *",
        {
            "version": ARGON2_VERSION, "out": out, "outlen": n,
            "pwd": buffers[0], "pwdlen": len(password), "salt": buffers[1], "saltlen": len(salt),
            "secret": buffers[2], "secretlen": len(secret), "ad": buffers[3], "adlen": len(ad),
            "t_cost": t, "m_cost": m, "lanes": p, "threads": p,
            "allocate_cbk": ffi.NULL, "free_cbk": ffi.NULL, "flags": lib.ARGON2_DEFAULT_FLAGS,
        },
    )
    assert core(context, Type.ID.value) == 0
    return bytes(ffi.buffer(out, n))


def test_rfc9106_argon2id_vector() -> None:
    """RFC 9106 section 5.3: the library under our KDF computes Argon2id version 0x13."""
    tag = _argon2id_with_secret(b"\x01" * 32, b"\x02" * 16, b"\x03" * 8, b"\x04" * 12, 3, 32, 4, 32)
    assert tag.hex() == RFC9106_ARGON2ID


def test_the_python_reference_computes_the_rfc9106_vector() -> None:
    """The plain-Python Argon2id the tests compare with is itself right (RFC 9106, 5.3)."""
    tag = argon2_reference.argon2id(b"\x01" * 32, b"\x02" * 16, 3, 32, 4, 32, b"\x03" * 8, b"\x04" * 12)
    assert tag.hex() == RFC9106_ARGON2ID


# Known answers for derive_key, from the plain-Python reference (tests/journal/argon2_reference.py):
# the decomposed "pa\u0308ssword" is hashed as its NFC UTF-8 bytes b"p\xc3\xa4ssword".
KNOWN_KEYS = [
    (kdf.TEST_PROFILE, "144f6cf5411776cd1d1189138a4f7356dad8ae9393568ca2e05b63cf7c7723f5"),
    (kdf.KdfProfile("two lanes", time_cost=3, memory_kib=256, parallelism=2),
     "0ffa2eefee5fefc4c68ec6b48e1d03bcffc1b0b8ba3702ff5f1bb54e65314be9"),
]


@pytest.mark.parametrize(("profile", "known"), KNOWN_KEYS, ids=[p.name for p, _ in KNOWN_KEYS])
def test_derive_key_gives_the_known_answer(profile: kdf.KdfProfile, known: str) -> None:
    """Our derive_key against an implementation that shares no code with it: the right Argon2
    variant, version, costs, salt and passphrase bytes all go into the key."""
    salt = b"\x02" * 16
    key = kdf.derive_key("pa\u0308ssword", salt, profile)
    assert key.hex() == known
    reference = argon2_reference.argon2id("p\u00e4ssword".encode(), salt, profile.time_cost,
                                          profile.memory_kib, profile.parallelism, kdf.KEY_BYTES)
    assert reference.hex() == known


def test_same_words_typed_differently_give_the_same_key() -> None:
    composed, decomposed = "caf\u00e9 morning", "cafe\u0301 morning"
    salt = b"s" * 16
    assert kdf.derive_key(composed, salt, kdf.TEST_PROFILE) == kdf.derive_key(
        decomposed, salt, kdf.TEST_PROFILE
    )


def test_default_profile_is_memory_hard() -> None:
    assert kdf.DEFAULT_PROFILE.memory_kib >= 64 * 1024
    assert kdf.DEFAULT_PROFILE.time_cost >= 2


WITHOUT_THE_TEST_FLAG = """
import sys
from pathlib import Path
from journal import cli
sys.exit(cli.main(["--data-dir", sys.argv[1], "--passphrase-stdin", "check"]))
"""


def test_a_journal_with_the_test_profile_is_refused_outside_the_tests(tmp_path: Path) -> None:
    """Issue 12, point 14: the 1 MiB test profile opens nothing in the app or the command line."""
    import os
    import subprocess
    import sys

    from journal import paths
    from journal.vault import Vault
    from tests.stress.common import python_env

    folder = tmp_path / "journal"
    Vault.create(folder, "a test passphrase", profile=kdf.TEST_PROFILE).close()
    before = paths.vault_path(folder).read_bytes()
    env = python_env()
    env.pop(kdf.TEST_KDF_ENV, None)

    def check(passphrase: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", WITHOUT_THE_TEST_FLAG, str(folder)],
                              input=passphrase + "\n", capture_output=True, text=True,
                              env={**env, **extra}, timeout=60)

    refused = check("a test passphrase")
    assert refused.returncode == 5
    assert "quick, weak settings used only to test the app" in refused.stderr
    assert paths.vault_path(folder).read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["vault.db", "vault.db.lock"]
    wrong = check("not it")
    assert wrong.returncode == 3  # a wrong passphrase is still only that
    allowed = check("a test passphrase", **{kdf.TEST_KDF_ENV: "1"})
    assert allowed.returncode == 0, allowed.stderr
    assert os.environ.get(kdf.TEST_KDF_ENV) == "1"  # tests/conftest.py


def test_production_code_cannot_make_a_test_profile_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.vault import Vault

    monkeypatch.setattr(kdf, "KNOWN_PROFILES", kdf.PRODUCTION_PROFILES)
    with pytest.raises(ValueError, match="for tests only"):
        Vault.create(tmp_path / "j", "a passphrase", profile=kdf.TEST_PROFILE)
    assert not (tmp_path / "j" / "vault.db").exists()
