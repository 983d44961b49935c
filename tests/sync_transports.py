"""The transports the transport contract (`test_sync_transport.py`) runs against.

Each entry makes a fresh, empty hub under `tmp_path` and returns a factory of `Transport`
objects on it (each call a new client of the same hub, as a second copy would open it). A new
transport (the PostgreSQL hub, #13) adds its own entry here; the contract needs nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from metrodesk.services.sync.folder import FolderHub
from metrodesk.services.sync.transport import Transport

HubFactory = Callable[[], Transport]


def postgres_hub(tmp_path: Path) -> HubFactory:
    """A hub prepared by `hub init` in a database of its own on the session's server, each
    client signing in as the same member (a copy's id belongs to one role)."""
    from pg_server import TeamHub, shared_server

    from metrodesk.services.sync.postgres import PostgresHub
    from metrodesk.services.sync.postgres.address import parse_address

    team = TeamHub(shared_server())
    address = parse_address(team.url(team.alice))
    return lambda: PostgresHub(address)


def folder_hub(tmp_path: Path) -> HubFactory:
    folder = tmp_path / "team-folder"
    folder.mkdir()
    return lambda: FolderHub(folder)


#: name -> (set up a fresh hub in tmp_path, returning a factory of clients of it)
TRANSPORTS: dict[str, Callable[[Path], HubFactory]] = {
    "folder": folder_hub,
    "postgresql": postgres_hub,
}
