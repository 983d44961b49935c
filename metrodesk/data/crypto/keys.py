"""Which key opens a file, found in the order DESIGN.md gives: `METRODESK_PASSPHRASE` when set,
else a key this process already unlocked or the OS keychain holds, else the caller asks the
user (the app) or refuses in one line (the CLI) on `PassphraseNeeded`.

A key is only ever handed out after it has been checked against the file's key file, so a key
that does not fit is said to be wrong before SQLite reads a page (the file stays untouched).
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

from metrodesk.data.crypto import envelope as envelopes
from metrodesk.data.crypto import keychain
from metrodesk.data.crypto.envelope import BadKeyFile, Envelope, WrongKeyPassphrase
from metrodesk.data.errors import NotADatabase, PassphraseNeeded, WrongPassphrase
from metrodesk.data.files import SQLITE_HEADER

PASSPHRASE_VARIABLE = "METRODESK_PASSPHRASE"
#: set (to anything but "" or "0"): new databases are created encrypted, sealed with the
#: passphrase of METRODESK_PASSPHRASE; for scripts, an IT policy, and the encrypted test run
ENCRYPT_NEW_VARIABLE = "METRODESK_ENCRYPT_NEW"

_lock = threading.Lock()
#: keys unlocked in this process, by key id: a backup of an open database opens at once
_unlocked: dict[str, bytes] = {}
#: (key id, salt, digest of a passphrase) -> key: Argon2id runs once per envelope and passphrase
_derived: dict[tuple[str, bytes, bytes], bytes] = {}


def is_encrypted(path: Path) -> bool:
    """Whether `path` is an encrypted MetroDesk database: no SQLite header, a key file beside
    (beside the file itself: a symbolic link is followed to it, as an open follows it)."""
    if not envelopes.key_file(Path(path).resolve()).exists():
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return False
    return len(head) == len(SQLITE_HEADER) and head != SQLITE_HEADER


def envelope_of(path: Path) -> Envelope:
    try:
        found = envelopes.read_key_file(Path(path).resolve())
    except BadKeyFile as exc:
        raise NotADatabase(f"{path.name} is encrypted, but its key file {exc}") from None
    except OSError as exc:
        raise NotADatabase(f"the key file of {path.name} cannot be read ({exc.strerror})") from None
    if found is None:
        raise NotADatabase(f"{path.name} has no key file beside it")
    return found


def key_for(path: Path) -> bytes | None:
    """The key of `path`, None for a plain file (or none at all).

    Raises WrongPassphrase when METRODESK_PASSPHRASE does not open it, PassphraseNeeded when no
    key is at hand, NotADatabase when its key file is damaged.
    """
    if not is_encrypted(path):
        return None
    sealed = envelope_of(path)
    passphrase = os.environ.get(PASSPHRASE_VARIABLE)
    if passphrase:
        try:
            return _unseal(sealed, passphrase)
        except WrongKeyPassphrase:
            raise WrongPassphrase(
                f"the passphrase in {PASSPHRASE_VARIABLE} does not open {path.name}; "
                "nothing was changed"
            ) from None
    key = known_key(sealed)
    if key is None:
        raise PassphraseNeeded(
            f"{path.name} is encrypted and its key is not in this computer's keychain: "
            f"set {PASSPHRASE_VARIABLE} to its passphrase",
            path,
        )
    return key


def known_key(sealed: Envelope) -> bytes | None:
    """The key of `sealed` when this process or the keychain already has it (no passphrase)."""
    with _lock:
        key = _unlocked.get(sealed.key_id)
    if key is None:
        key = keychain.load(sealed.key_id)
        if key is None or not sealed.matches(key):
            return None
        remember(sealed, key, keep=False)
    return key


def unlock(path: Path, passphrase: str, keep: bool = True) -> bytes:
    """Open the key file of `path` with a passphrase the user typed; with `keep`, the key goes
    to the keychain too, so the next start opens without asking. Raises WrongPassphrase."""
    sealed = envelope_of(path)
    try:
        key = _unseal(sealed, passphrase)
    except WrongKeyPassphrase:
        raise WrongPassphrase(f"the passphrase does not open {path.name}") from None
    remember(sealed, key, keep=keep)
    return key


def remember(sealed: Envelope, key: bytes, keep: bool) -> None:
    """This process knows `key` from now on; with `keep`, the keychain does too."""
    with _lock:
        _unlocked[sealed.key_id] = key
    if keep and keychain.load(sealed.key_id) != key:
        keychain.store(sealed.key_id, key)


def forget(sealed: Envelope) -> None:
    """Neither this process nor the keychain holds the key any more (protection removed)."""
    with _lock:
        _unlocked.pop(sealed.key_id, None)
        for entry in [k for k in _derived if k[0] == sealed.key_id]:
            del _derived[entry]
    keychain.forget(sealed.key_id)


def _unseal(sealed: Envelope, passphrase: str) -> bytes:
    memo = (sealed.key_id, sealed.salt, hashlib.sha256(passphrase.encode("utf-8")).digest())
    with _lock:
        known = _derived.get(memo)
    if known is not None:
        return known
    key = envelopes.unseal(sealed, passphrase)
    with _lock:
        _derived[memo] = key
        _unlocked[sealed.key_id] = key
    return key


def encrypt_new_files() -> bool:
    return os.environ.get(ENCRYPT_NEW_VARIABLE, "") not in ("", "0")


def seal_new_database(path: Path, passphrase: str | None = None) -> bytes:
    """A fresh key for a database about to be made at `path`, its key file written beside it
    and the key kept in the keychain; the passphrase defaults to METRODESK_PASSPHRASE."""
    passphrase = passphrase or os.environ.get(PASSPHRASE_VARIABLE)
    if not passphrase:
        raise PassphraseNeeded(
            f"new databases are to be encrypted ({ENCRYPT_NEW_VARIABLE}) but "
            f"{PASSPHRASE_VARIABLE} is not set",
            path,
        )
    key = envelopes.new_key()
    sealed = envelopes.seal(key, passphrase)
    envelopes.write_key_file(path, sealed)
    remember(sealed, key, keep=True)
    with _lock:
        memo = (sealed.key_id, sealed.salt, hashlib.sha256(passphrase.encode("utf-8")).digest())
        _derived[memo] = key
    return key


def clear() -> None:
    """Forget every key this process unlocked (the keychain keeps its own): the app's lock
    after inactivity, and tests playing a new process."""
    with _lock:
        _unlocked.clear()
        _derived.clear()
