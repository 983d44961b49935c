"""A PostgreSQL hub's address, as people write it: `postgresql://agnes@db.example.org/team`.

The address is a libpq connection URL, read by libpq itself, so everything a PostgreSQL user
already knows works unchanged: `~/.pgpass` (or `PGPASSFILE`), `PGPASSWORD`, service files
(`postgresql:///?service=metrodesk` with `~/.pg_service.conf` or `PGSERVICEFILE`), `PGHOST`,
`PGUSER` and the other `PG*` variables, and TLS options (`sslmode=verify-full`,
`sslrootcert=…`). The address never holds the password: it is remembered in the copy's
database file and shown in messages and settings, so one that carries a password is refused
with a pointer to the places a password belongs.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass

from psycopg import conninfo

from metrodesk.services.errors import ServiceError

SCHEMES = ("postgresql://", "postgres://")
#: what a hub address looks like, for messages
EXAMPLE = "postgresql://YOUR-ROLE@SERVER/DATABASE"


class AddressError(ServiceError):
    """An address that cannot name a PostgreSQL hub (nothing was tried)."""


def is_address(text: str) -> bool:
    return text.strip().lower().startswith(SCHEMES)


@dataclass(frozen=True)
class HubAddress:
    """A parsed hub address (no password in it, ever)."""

    text: str
    params: dict[str, str]

    def _get(self, key: str, env: str, default: str = "") -> str:
        return self.params.get(key) or os.environ.get(env, "") or default

    @property
    def user(self) -> str:
        return self._get("user", "PGUSER") or _login_name()

    @property
    def host(self) -> str:
        return self._get("host", "PGHOST") or self._get("hostaddr", "PGHOSTADDR")

    @property
    def port(self) -> str:
        return self._get("port", "PGPORT", "5432")

    @property
    def dbname(self) -> str:
        return self._get("dbname", "PGDATABASE") or self.user

    @property
    def service(self) -> str:
        return self._get("service", "PGSERVICE")

    def where(self) -> str:
        """'database team on db.example.org:5432' (as much as the address says)."""
        if self.service and not (self.params.get("host") or self.params.get("dbname")):
            return f"the PostgreSQL service {self.service}"
        host = self.host
        if not host or host.startswith("/"):
            server = "this computer"
        else:
            server = f"{host}:{self.port}" if self.port != "5432" else host
        return f"the database {self.dbname} on {server}"

    def describe(self) -> str:
        return f"the team server ({self.where()}, as {self.user})"

    def keychain_key(self) -> str:
        """Who signs in where: the name a kept password is found by in the OS keychain."""
        return f"{self.user}@{self.host or 'localhost'}:{self.port}/{self.dbname}"

    def conninfo(self) -> str:
        return conninfo.make_conninfo(**self.params)


def parse_address(text: str) -> HubAddress:
    """The address, checked; AddressError (one line) when it is not one or holds a password."""
    text = text.strip()
    if not is_address(text):
        raise AddressError(f"not a PostgreSQL address: write it as {EXAMPLE}")
    try:
        params = conninfo.conninfo_to_dict(text)
    except Exception:  # libpq's own message may quote the address: never show it
        raise AddressError(
            f"the PostgreSQL address cannot be read: write it as {EXAMPLE} (options after ?)"
        ) from None
    if params.get("password"):
        raise AddressError(
            "the address holds a password: leave it out (it would be kept in the database "
            "file, shell history and the process list) and give it in ~/.pgpass, PGPASSWORD, "
            "a service file, or when MetroDesk asks"
        )
    clean = {k: str(v) for k, v in params.items() if v is not None and v != ""}
    return HubAddress(text, clean)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "postgres"
