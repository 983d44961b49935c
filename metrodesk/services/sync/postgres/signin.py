"""Whether the app can sign in to a team server now, and why not: what the Team sync dialog
asks before it shows who is there, so that it can ask for a password when one is needed."""

from __future__ import annotations

from dataclasses import dataclass

from metrodesk.services.sync.postgres.address import AddressError, parse_address
from metrodesk.services.sync.postgres.connect import HubConnectError, connect
from metrodesk.services.sync.postgres.failures import HubSignIn
from metrodesk.services.sync.postgres.passwords import password_for


@dataclass(frozen=True)
class SignIn:
    #: "" when signing in works; "password" when one is wanted or was refused; else why not
    kind: str
    message: str = ""
    #: who signs in where, for the password prompt ("role agnes, the database team on …")
    role: str = ""
    where: str = ""
    #: a password was given (this session or from the keychain) and the server refused it
    refused: bool = False


def try_sign_in(text: str) -> SignIn:
    """Sign in to the server at `text` (with the password given this session or kept in the
    keychain, else libpq's own places) and out again; nothing is written anywhere."""
    try:
        address = parse_address(text)
    except AddressError as exc:
        return SignIn("address", str(exc))
    given = password_for(address)
    try:
        connect(address, given).close()
    except HubConnectError as exc:
        refused = exc.kind == "password" and given is not None
        return SignIn(exc.kind, str(exc), address.user, address.where(), refused)
    return SignIn("", "", address.user, address.where())


def wants_password(exc: BaseException | None) -> bool:
    """Whether a failed sync failed for want of a (right) password, whatever wraps it."""
    while exc is not None:
        if isinstance(exc, HubSignIn):
            return exc.kind == "password"
        exc = exc.__cause__ or exc.__context__
    return False
