"""Passwords the app was given for team servers: held in memory for the session, and kept in
the OS keychain (keyring) only when the person asked for it.

A password is never written to the database file, the settings, the logs or an address: the
hub's address is what is remembered, and the password is found again by who signs in where
(`HubAddress.keychain_key`). libpq's own places (`~/.pgpass`, `PGPASSWORD`, service files)
need nothing from here: libpq reads them when no password is handed to it.
"""

from __future__ import annotations

import logging
import threading

from metrodesk.services.sync.postgres.address import HubAddress

#: the keychain's name for MetroDesk's team-server passwords
KEYCHAIN_SERVICE = "MetroDesk team server"

_log = logging.getLogger(__name__)
_lock = threading.Lock()
_session: dict[str, str] = {}


def remember(address: HubAddress, password: str, keep: bool = False) -> bool:
    """Use `password` for `address` from now on; with `keep`, also in the OS keychain.
    Returns False when it was to be kept but the keychain could not take it (the password
    still serves this session)."""
    with _lock:
        _session[address.keychain_key()] = password
    if not keep:
        return True
    try:
        import keyring

        keyring.set_password(KEYCHAIN_SERVICE, address.keychain_key(), password)
    except Exception as exc:  # no keychain on this system, or it refused: say so, not why
        _log.info("team server password not kept in the keychain: %s", type(exc).__name__)
        return False
    return True


def forget(address: HubAddress) -> None:
    """Drop the password (a wrong one, or the person asked): from memory and the keychain."""
    with _lock:
        _session.pop(address.keychain_key(), None)
    try:
        import keyring

        keyring.delete_password(KEYCHAIN_SERVICE, address.keychain_key())
    except Exception:  # nothing kept there, or no keychain: nothing to drop
        pass


def password_for(address: HubAddress) -> str | None:
    """The password given in this session, else one kept in the keychain, else None (libpq
    then looks in its own places)."""
    with _lock:
        found = _session.get(address.keychain_key())
    if found is not None:
        return found
    try:
        import keyring

        kept: str | None = keyring.get_password(KEYCHAIN_SERVICE, address.keychain_key())
    except Exception:
        return None
    if kept is not None:
        with _lock:
            _session[address.keychain_key()] = kept
    return kept


def keychain_available() -> bool:
    """Whether this system has a keychain MetroDesk can keep a password in."""
    try:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:
        return False
