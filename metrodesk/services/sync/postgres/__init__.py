"""The PostgreSQL hub (#13): a team server as a second transport of the sync engine.

`hub init` prepares a database (`prepare.py`, with the tables and rights of `layout.py`);
addresses and signing in follow libpq's conventions (`address.py`, `connect.py`); the
transport itself is `hub.py`, told of other copies' changes by `notify.py`.
"""

from __future__ import annotations

from metrodesk.services.sync.postgres.address import parse_address
from metrodesk.services.sync.postgres.hub import PostgresHub
from metrodesk.services.sync.postgres.passwords import password_for

__all__ = ["PostgresHub", "transport_for_url"]


def transport_for_url(text: str) -> PostgresHub:
    """The hub at a `postgresql://` address (`services/sync/hubs.py`), signing in with the
    password the app was given for it, if any (else libpq's own places)."""
    address = parse_address(text)
    return PostgresHub(address, password_for(address))
