"""The OS keychain (Windows Credential Manager, macOS Keychain, Secret Service) through keyring.

A keychain that is missing, locked or broken is never an error here: the key file and the
passphrase remain. A backend that keeps secrets in a plain file beside the user's data (the
plaintext one of keyrings.alt, say) is not used: it would leave the key next to the database it
protects.
"""

from __future__ import annotations

import functools
import logging
from typing import Any

SERVICE = "MetroDesk"
_log = logging.getLogger(__name__)

#: backends that hold nothing, or hold secrets where anyone with the files can read them
_UNSAFE = {
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.file.EncryptedKeyring",
    "keyrings.alt.Gnome.Keyring",
}


def _name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


@functools.cache
def _backend() -> Any | None:
    """keyring's chosen backend when it keeps secrets safely, else None (looked up once)."""
    try:
        import keyring
        from keyring.backends.chainer import ChainerBackend

        chosen = keyring.get_keyring()
        parts = chosen.backends if isinstance(chosen, ChainerBackend) else [chosen]
        usable = [b for b in parts if _name(b) not in _UNSAFE]
    except Exception:  # keyring's own set-up failing is "no keychain", whatever the reason
        _log.warning("no keychain available", exc_info=True)
        return None
    return usable[0] if usable else None


def available() -> bool:
    return _backend() is not None


def _user(key_id: str) -> str:
    return f"database key {key_id}"


def load(key_id: str) -> bytes | None:
    backend = _backend()
    if backend is None:
        return None
    try:
        value = backend.get_password(SERVICE, _user(key_id))
        return bytes.fromhex(value) if value else None
    except Exception:
        _log.warning("the keychain could not be read", exc_info=True)
        return None


def store(key_id: str, key: bytes) -> bool:
    """Keep `key` in the keychain; False when there is no keychain or it refused."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, _user(key_id), key.hex())
    except Exception:
        _log.warning("the keychain could not be written", exc_info=True)
        return False
    return True


def forget(key_id: str) -> None:
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, _user(key_id))
    except Exception:  # not there, or the keychain refused: nothing more to do
        _log.info("no keychain entry removed for %s", key_id, exc_info=True)


def reset() -> None:
    """Look the backend up again (tests switch backends between cases)."""
    _backend.cache_clear()
