"""Which transport a hub's text names: a folder path, or a PostgreSQL URL (#13)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from metrodesk.services.errors import ServiceError
from metrodesk.services.sync.folder import FolderHub
from metrodesk.services.sync.transport import Transport

#: URL scheme -> "module:factory" taking the URL; the PostgreSQL hub (#13) fills its entry
URL_TRANSPORTS: dict[str, str] = {
    "postgresql": "metrodesk.services.sync.postgres:transport_for_url",
    "postgres": "metrodesk.services.sync.postgres:transport_for_url",
}


def is_url(hub: str) -> bool:
    scheme, sep, _ = hub.partition("://")
    return bool(sep) and scheme.lower() in URL_TRANSPORTS


def transport_for(hub: str) -> Transport:
    """The transport for `hub`; ServiceError (one line) when it cannot be used here."""
    hub = hub.strip()
    if not hub:
        raise ServiceError("no team folder given: use --hub FOLDER the first time")
    if is_url(hub):
        target = URL_TRANSPORTS[hub.partition("://")[0].lower()]
        module_name, _, factory_name = target.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            module = None
        factory: Callable[[str], Transport] | None = getattr(module, factory_name, None)
        if factory is None:
            raise ServiceError(
                "this MetroDesk cannot sync through a PostgreSQL hub yet; use a shared folder"
            )
        return factory(hub)
    return FolderHub(Path(hub))
