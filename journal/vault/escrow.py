"""Where the vault meets its recovery key: the public key kept inside the vault, and the order in
which a new key, a passphrase change and a restore touch recovery.json.

The recovery key's public half is kept in the vault's own (encrypted) settings, and every entry
is sealed to that copy, never to the one in recovery.json: a file planted in the folder cannot make
the app seal a data key to someone else's key. The file's public key is read for one thing only:
to settle a "new recovery key" that a crash interrupted, between two keys the vault recorded
itself. docs/security.md ("Recovery key") gives the order of every step and what a kill at each
moment leaves.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Final, Protocol

from .. import recovery
from ..errors import translated_errors
from ..recovery import RecoveryKey
from . import rows
from .connection import connect

PUBLIC_KEY: Final = "recovery_public_key"
MADE: Final = "recovery_key_made"
# {"public_key": b64, "made": "YYYY-MM-DD"} while a new key is being made; null otherwise.
PENDING: Final = "recovery_pending"
# Whether the app has offered a recovery key to this journal once (a journal made before keys).
OFFERED: Final = "recovery_key_offered"


class SettingsStore(Protocol):
    """What this module needs of a vault: its personal settings, and a transaction."""

    def setting(self, key: str, default: Any = None) -> Any: ...

    def set_setting(self, key: str, value: Any) -> None: ...

    def transaction(self) -> AbstractContextManager[Any]: ...


def _encode(public_key: bytes) -> str:
    return base64.b64encode(public_key).decode("ascii")


def _decode(value: Any) -> bytes | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        decoded = base64.b64decode(value, validate=True)
    except ValueError:
        return None
    return decoded if len(decoded) == 32 else None


def public_key(vault: SettingsStore, folder: Path) -> bytes | None:
    """The public key this journal's data keys are sealed to (None: no recovery key yet).

    A left-over `recovery_pending` (a new key interrupted) is settled first: promoted if
    recovery.json already holds it (the new key was committed), dropped otherwise.
    """
    pending = vault.setting(PENDING)
    if isinstance(pending, dict):
        candidate = _decode(pending.get("public_key"))
        found = recovery.read_escrow_quietly(folder)
        with vault.transaction():
            if candidate is not None and found is not None and found.public_key == candidate:
                vault.set_setting(PUBLIC_KEY, _encode(candidate))
                vault.set_setting(MADE, str(pending.get("made") or ""))
            vault.set_setting(PENDING, None)
    return _decode(vault.setting(PUBLIC_KEY))


def made_on(vault: SettingsStore, folder: Path) -> str | None:
    """The day ("YYYY-MM-DD", or "" if unknown) the journal's recovery key was made, or None."""
    if public_key(vault, folder) is None:
        return None
    return str(vault.setting(MADE) or "")


def make_new_key(
    vault: SettingsStore, folder: Path, new_key: RecoveryKey, key: bytes | bytearray, salt: bytes
) -> None:
    """Give the journal `new_key`; the earlier one stops opening it.

    The commit point is the replacement of recovery.json: before it the old key opens the vault,
    after it the new one. The vault records the new public key as pending first, so whichever
    way a crash falls, the key sealed to next is one the vault recorded (`public_key` settles it).
    """
    new_public = new_key.public_key()
    today = dt.date.today().isoformat()
    vault.set_setting(PENDING, {"public_key": _encode(new_public), "made": today})
    recovery.write_escrow(
        folder, recovery.Escrow(new_public, {salt: recovery.seal(new_public, key, salt)})
    )
    with vault.transaction():
        vault.set_setting(PUBLIC_KEY, _encode(new_public))
        vault.set_setting(MADE, today)
        vault.set_setting(PENDING, None)


def adopt(vault: SettingsStore, recovery_key: RecoveryKey) -> None:
    """The journal was just opened with `recovery_key`: from now on seal to that key.

    Normally it already is the vault's key. If it is not (a vault planted beside someone's
    entry, or a settings row lost), the next data key is still sealed to the person's own key.
    """
    public = recovery_key.public_key()
    with vault.transaction():
        if _decode(vault.setting(PUBLIC_KEY)) != public:
            vault.set_setting(PUBLIC_KEY, _encode(public))
            vault.set_setting(MADE, "")
        vault.set_setting(PENDING, None)


def offered(vault: SettingsStore) -> bool:
    return bool(vault.setting(OFFERED, False))


def set_offered(vault: SettingsStore) -> None:
    vault.set_setting(OFFERED, True)


# ---- a restore: the copy about to replace the vault -------------------------------------------


class _CopySettings:
    """The settings of a vault copy not yet in place (a restore's temporary file)."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    def setting(self, key: str, default: Any = None) -> Any:
        text = rows.setting(self.connection, key)
        return json.loads(text) if text is not None else default

    def set_setting(self, key: str, value: Any) -> None:
        rows.set_setting(self.connection, key, json.dumps(value, ensure_ascii=False))

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")


@contextlib.contextmanager
def _copy_settings(copy: Path, key: bytes, salt: bytes) -> Iterator[_CopySettings]:
    with translated_errors():
        connection = connect(copy, key, salt)
        try:
            yield _CopySettings(connection)
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()


def carry_into_copy(copy: Path, key: bytes, salt: bytes, public: bytes | None, made: str | None) -> None:
    """Give a restore's copy the recovery key of the journal it replaces (or none, if that had
    none), so the person's current sheet goes on opening the journal and no older key returns."""
    with _copy_settings(copy, key, salt) as settings, settings.transaction():
        settings.set_setting(PUBLIC_KEY, _encode(public) if public is not None else None)
        settings.set_setting(MADE, made if public is not None else None)
        settings.set_setting(PENDING, None)


def settle_closed_copy(folder: Path, copy: Path, key: bytes, salt: bytes) -> bytes | None:
    """A restore into a folder whose journal could not be opened: which recovery key the copy keeps.

    The backup's own key if recovery.json holds that same public key (the backup's settings are
    authenticated by its passphrase, so a planted file can only confirm them); otherwise none, and
    the file's entry for this salt is removed so no older key opens the restored journal. Returns
    the public key to seal to before the copy is renamed into place, or None.
    """
    found = recovery.read_escrow_quietly(folder)
    with _copy_settings(copy, key, salt) as settings:
        public = public_key(settings, folder)
        if public is not None and found is not None and found.public_key == public:
            return public
        with settings.transaction():
            settings.set_setting(PUBLIC_KEY, None)
            settings.set_setting(MADE, None)
    recovery.drop_entry(folder, salt)
    return None
