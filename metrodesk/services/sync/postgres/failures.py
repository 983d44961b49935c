"""What went wrong with the team server, in one sentence the sync engine can pass on.

The engine knows two kinds of trouble with a hub: `HubUnreachable` (try again later; nothing
here was changed) and `NotAHub` (the place holds something else). A server's error becomes
one of them, with a sentence of ours: the server's own text can quote values and names, so
it is never passed on.
"""

from __future__ import annotations

import psycopg
from psycopg import errors

from metrodesk.services.sync.postgres.address import HubAddress
from metrodesk.services.sync.postgres.connect import HubConnectError
from metrodesk.services.sync.transport import HubUnreachable, NotAHub


class HubSignIn(HubUnreachable):
    """Signing in failed; `kind` is the reason ("password" when the app should ask for one,
    "tls", "denied", "version", "unreachable")."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


class HubRefused(HubUnreachable):
    """The server refused what this role asked (not a member of the team, a reader trying to
    send changes): the administrator must act; nothing here was changed."""


def from_sign_in(exc: HubConnectError) -> HubSignIn:
    return HubSignIn(str(exc), exc.kind)


def from_server(exc: psycopg.Error, address: HubAddress) -> HubUnreachable | NotAHub:
    """The sentence for an error raised while talking to the server (after signing in)."""
    where = address.describe()
    if isinstance(exc, errors.DiskFull | errors.OutOfMemory | errors.ConfigurationLimitExceeded):
        return HubUnreachable(
            f"{where} is out of space or resources (its administrator must free some): "
            "nothing here was changed; the next sync sends what is waiting"
        )
    if isinstance(exc, errors.UndefinedTable | errors.InvalidSchemaName):
        return NotAHub(
            f"{where} is not a MetroDesk hub: its administrator prepares it with "
            "`metrodesk hub init ADDRESS`"
        )
    if isinstance(exc, errors.InsufficientPrivilege):
        return HubRefused(
            f"{where} refused role {address.user} (not a member of the team, or a read-only "
            "role): ask its administrator; nothing here was changed"
        )
    if isinstance(exc, errors.ReadOnlySqlTransaction):
        return HubUnreachable(
            f"{where} accepts no changes right now (a standby, or in read-only mode): "
            "the next sync tries again"
        )
    if isinstance(exc, psycopg.OperationalError | errors.AdminShutdown | errors.CrashShutdown):
        return HubUnreachable(
            f"the connection to {where} was lost (server stopped or restarted, or the "
            "network): nothing here was changed; the next sync completes it"
        )
    state = getattr(exc, "sqlstate", None) or "unknown"
    return HubUnreachable(
        f"{where} could not do what was asked (PostgreSQL error {state}): nothing here "
        "was changed; the next sync tries again"
    )
