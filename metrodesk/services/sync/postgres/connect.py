"""Signing in to the team server, and saying in one sentence why it did not work.

libpq does the signing in (passwords from `~/.pgpass`, `PGPASSWORD`, service files, TLS), so
MetroDesk adds only what a desktop program needs around it: a password the app asked for is
handed to libpq apart from the address (never part of a text that could be shown or stored),
connections give up after a while instead of hanging on a dead network, and every failure
becomes one sentence for people. libpq's own messages are matched, never shown whole: they
can name files and hosts but are not worded for the people who read ours.
"""

from __future__ import annotations

import re

import psycopg
from psycopg import conninfo

from metrodesk.services.errors import ServiceError
from metrodesk.services.sync.postgres.address import HubAddress

#: PostgreSQL 13 brought what the hub relies on (gen_random_uuid in core, pg_current_snapshot)
MIN_SERVER = 130000
#: libpq options a desktop program wants unless the address says otherwise
DEFAULTS = {
    "connect_timeout": "10",
    "application_name": "MetroDesk",
    # a cut network is noticed within about a minute, not after the system's two hours
    "keepalives": "1",
    "keepalives_idle": "20",
    "keepalives_interval": "5",
    "keepalives_count": "4",
    "tcp_user_timeout": "60000",
}


class HubConnectError(ServiceError):
    """The server could not be signed in to; `kind` says why, for the app's choices."""

    def __init__(self, message: str, kind: str = "other") -> None:
        super().__init__(message)
        self.kind = kind


class PasswordNeeded(HubConnectError):
    """The server wants a password, and none was given or the one given was refused: the app
    asks for one; the CLI points at ~/.pgpass and PGPASSWORD."""


#: (pattern in libpq's message, kind, sentence); {where}, {user}, {server} filled in
_FAILURES: list[tuple[str, str, str]] = [
    (r"password authentication failed|SCRAM authentication failed", "password",
     "the team server refused the password of role {user} (wrong password, or no such role)"),
    (r"no password supplied|password is required", "password",
     "the team server wants a password for role {user}: give it in ~/.pgpass or "
     "PGPASSWORD, or when MetroDesk asks"),
    (r"database \".*\" does not exist", "denied",
     "the team server has no such database ({where}): check the address"),
    (r"role \".*\" does not exist", "denied",
     "the team server knows no role {user}: ask its administrator to create yours"),
    (r"permission denied for database", "denied",
     "role {user} may not connect to {where}: ask the administrator to grant it the team's "
     "member role"),
    (r"no pg_hba\.conf entry", "denied",
     "the team server does not accept role {user} from this computer (its pg_hba.conf): "
     "ask its administrator"),
    (r"server does not support SSL", "tls",
     "the team server does not offer TLS, but the address asks for it (sslmode)"),
    (r"root certificate file .* does not exist", "tls",
     "the certificate authority file for checking the server is missing (sslrootcert, or "
     "~/.postgresql/root.crt)"),
    (r"does not match host name|certificate verify failed|certificate", "tls",
     "the team server's certificate could not be verified (a certificate of another "
     "authority, or for another name): check sslrootcert and the server's name"),
    (r"starting up|shutting down|in recovery mode|not yet accepting", "unreachable",
     "the team server is starting up or shutting down: the next sync will try again"),
    (r"too many (clients|connections)|remaining connection slots", "unreachable",
     "the team server has no free connection right now: the next sync will try again"),
    (r"resolve host|translate host name|Name or service not known", "unreachable",
     "the name of the team server ({server}) is not known: check the address, or the network"),
    (r"invalid \S+ value|invalid connection option|invalid integer value", "address",
     "the address has an option PostgreSQL does not accept: check what follows ? in it"),
    (r"", "unreachable",
     "the team server ({server}) cannot be reached: is it running, and is this computer "
     "online?"),
]  # fmt: skip


def explain(exc: BaseException, address: HubAddress) -> HubConnectError:
    """The sentence for a failed sign-in (libpq's text is matched, never passed on)."""
    text = str(exc)
    host = address.host if address.host and not address.host.startswith("/") else "local"
    server = f"{host}:{address.port}"
    for pattern, kind, sentence in _FAILURES:
        if re.search(pattern, text, re.IGNORECASE):
            message = sentence.format(where=address.where(), user=address.user, server=server)
            cls = PasswordNeeded if kind == "password" else HubConnectError
            return cls(message, kind)
    raise AssertionError("the last pattern matches everything")


def connect(
    address: HubAddress, password: str | None = None, autocommit: bool = False
) -> psycopg.Connection:
    """A connection to the hub's server, checked to be a PostgreSQL MetroDesk can use."""
    options = {k: v for k, v in DEFAULTS.items() if k not in address.params}
    if password:
        options["password"] = password
    try:
        dsn = conninfo.make_conninfo(address.conninfo(), **options)
        conn = psycopg.connect(dsn, autocommit=autocommit)
    except psycopg.Error as exc:
        raise explain(exc, address) from None
    except OSError as exc:  # a socket error psycopg does not wrap
        raise explain(exc, address) from None
    version = conn.info.server_version
    if version < MIN_SERVER:
        conn.close()
        raise HubConnectError(
            f"the team server runs PostgreSQL {version // 10000}.{version % 10000}; MetroDesk "
            f"needs PostgreSQL {MIN_SERVER // 10000} or newer (nothing was changed)",
            "version",
        )
    return conn
