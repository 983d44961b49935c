"""A real PostgreSQL server for the tests, started by the test session itself.

`initdb` and `pg_ctl` make a throw-away cluster in a temporary folder (owned by the `postgres`
user when the tests run as root, as CI does: initdb refuses root), listening on a free port of
127.0.0.1 and on a Unix socket in that folder, with TLS on (a certificate authority and a
server certificate made here with `openssl`), password sign-in (SCRAM) for every role over
TCP, and the `postgres` superuser trusted on the socket only, for the tests' own set-up. It is
stopped and removed when the session ends. `.ci/run` installs the `postgresql` package.

The roles the tests sign in as have their passwords in a `.pgpass` file named by
`PGPASSFILE`, so every connection signs in the way libpq users are told to, never with a
password written in an address.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

_COUNTER = itertools.count(1)


def _binary(name: str) -> str:
    """initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/<newest>/bin."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
        key=lambda p: int(Path(p).parts[-3]),
    )
    if not candidates:
        raise RuntimeError(
            f"PostgreSQL's {name} is not installed here (apt-get install postgresql; .ci/run "
            "does it)"
        )
    return candidates[-1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _make_certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A certificate authority of the test's own, and the server's certificate signed by it
    for `localhost` and 127.0.0.1 (what `sslmode=verify-full` checks)."""
    ca_key, ca_crt = folder / "ca.key", folder / "ca.crt"
    key, csr, crt = folder / "server.key", folder / "server.csr", folder / "server.crt"
    ext = folder / "server.ext"
    ext.write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True)

    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    openssl("req", "-x509", *ec, "-keyout", str(ca_key), "-out", str(ca_crt), "-days", "2",
            "-subj", "/CN=MetroDesk test CA")  # fmt: skip
    openssl("req", *ec, "-keyout", str(key), "-out", str(csr), "-subj", "/CN=localhost")
    openssl("x509", "-req", "-in", str(csr), "-CA", str(ca_crt), "-CAkey", str(ca_key),
            "-CAcreateserial", "-out", str(crt), "-days", "2", "-extfile", str(ext))  # fmt: skip
    return ca_crt, crt, key


class PostgresServer:
    """One cluster: start, stop (also the hard way, as a crash), roles and databases."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="metrodesk-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_postgres = os.geteuid() == 0
        self.ca_cert = self.root / "ca.crt"
        self.passfile = self.root / "pgpass"
        self.passwords: dict[str, str] = {}
        self.log = self.root / "server.log"

    # --- the cluster ---------------------------------------------------------------------

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = list(args)
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True)

    def _own(self, path: Path) -> None:
        if self.as_postgres:
            user = pwd.getpwnam("postgres")
            os.chown(path, user.pw_uid, user.pw_gid)

    def create(self) -> None:
        self._own(self.root)
        certs = self.root / "certs"
        certs.mkdir()
        ca_crt, crt, key = _make_certificates(certs)
        shutil.copy(ca_crt, self.ca_cert)
        self._run(_binary("initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")  # fmt: skip
        for source in (crt, key):
            target = self.data / source.name
            shutil.copy(source, target)
            target.chmod(0o600)
            self._own(target)
        (self.data / "pg_hba.conf").write_text(
            "local all postgres trust\n"
            "local all all scram-sha-256\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
            "host all all ::1/128 scram-sha-256\n"
        )
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.write(
                f"listen_addresses = '127.0.0.1'\nport = {self.port}\n"
                f"unix_socket_directories = '{self.root}'\n"
                # fsync off: a killed server keeps what it committed (the machine does not crash)
                "fsync = off\n"
                "ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n"
                "max_connections = 200\npassword_encryption = 'scram-sha-256'\n"
                "log_min_messages = warning\nlog_statement = 'none'\n"
            )
        self.passfile.write_text("")
        self.passfile.chmod(0o600)

    def start(self) -> None:
        self._run(_binary("pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-t",
                  "60", "start")  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        """`immediate` is a crash as far as the server's clients can tell: every connection
        cut at once, no checkpoint, recovery on the next start."""
        self._run(_binary("pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop",
                  check=False)  # fmt: skip

    def running(self) -> bool:
        return (
            self._run(_binary("pg_ctl"), "-D", str(self.data), "status", check=False).returncode
            == 0
        )

    def remove(self) -> None:
        if self.running():
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    def watch(self, pid: int) -> None:
        """A watchdog that stops and removes the server once process `pid` is gone, so a
        test run killed halfway leaves no server behind."""
        pg_ctl = _binary("pg_ctl")
        stop = f"{pg_ctl} -D {self.data} -m immediate -w stop"
        if self.as_postgres:
            stop = f"runuser -u postgres -- {stop}"
        script = (
            f"while kill -0 {pid} 2>/dev/null; do sleep 2; done; "
            f"if [ -d {self.data} ]; then {stop}; rm -rf {self.root}; fi"
        )
        subprocess.Popen(
            ["sh", "-c", script],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

    # --- connections ---------------------------------------------------------------------

    def admin(self, dbname: str = "postgres") -> psycopg.Connection:
        """The superuser over the socket (trusted there only), autocommit, for set-up."""
        return psycopg.connect(
            host=str(self.root), port=self.port, user="postgres", dbname=dbname, autocommit=True
        )

    def admin_url(self, dbname: str) -> str:
        return f"postgresql://postgres@/{dbname}?host={self.root}&port={self.port}"

    def url(self, user: str, dbname: str, **params: str) -> str:
        """An address as a person would write it: no password in it (it is in PGPASSFILE)."""
        query = "&".join(f"{k}={v}" for k, v in params.items())
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}" + (
            f"?{query}" if query else ""
        )

    def tls_url(self, user: str, dbname: str, root_cert: Path | None = None) -> str:
        return (
            f"postgresql://{user}@localhost:{self.port}/{dbname}?sslmode=verify-full"
            f"&sslrootcert={root_cert or self.ca_cert}"
        )

    # --- roles and databases -------------------------------------------------------------

    def create_role(self, name: str, *options: str, password: str | None = None) -> str:
        """A login role with a password of its own, written to the pgpass file."""
        password = password or f"pw-{name}-{os.urandom(6).hex()}"
        with self.admin() as conn:
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} " + " ".join(options)).format(
                    sql.Identifier(name), sql.Literal(password)
                )
            )
        self.passwords[name] = password
        with open(self.passfile, "a") as fh:
            fh.write(f"*:*:*:{name}:{password}\n")
        return name

    def create_database(self, owner: str = "postgres", tablespace: str | None = None) -> str:
        name = f"hub_{os.getpid()}_{next(_COUNTER)}"
        with self.admin() as conn:
            statement = sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(name), sql.Identifier(owner)
            )
            if tablespace:
                statement += sql.SQL(" TABLESPACE {}").format(sql.Identifier(tablespace))
            conn.execute(statement)
        return name

    def unique(self, stem: str) -> str:
        return f"{stem}_{os.getpid()}_{next(_COUNTER)}"

    def wait_until_accepting(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while True:
            with contextlib.suppress(psycopg.OperationalError):
                self.admin().close()
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"the test server did not come back; see {self.log}")
            time.sleep(0.1)


_SHARED: list[PostgresServer] = []


def shared_server() -> PostgresServer:
    """The session's one server, started on first use; removed when the session ends (and by
    its watchdog if the test process dies without ending)."""
    if not _SHARED:
        server = PostgresServer()
        try:
            server.create()
            server.start()
            server.watch(os.getpid())
        except BaseException:
            server.remove()
            raise
        os.environ["PGPASSFILE"] = str(server.passfile)
        atexit.register(server.remove)
        _SHARED.append(server)
    return _SHARED[0]


@pytest.fixture(scope="session")
def pg_server() -> PostgresServer:
    """The session's PostgreSQL server."""
    return shared_server()


class TeamHub:
    """A prepared hub in a database of its own: its owner (who ran `hub init`), two members
    and a read-only reporting role, each signing in with a password of their own."""

    def __init__(self, server: PostgresServer) -> None:
        from metrodesk.services.sync.postgres.address import parse_address
        from metrodesk.services.sync.postgres.prepare import prepare_hub

        self.server = server
        self.owner = server.create_role(server.unique("teamadmin"), "CREATEROLE")
        self.dbname = server.create_database(owner=self.owner)
        self.prepared = prepare_hub(parse_address(self.url(self.owner)))
        self.alice = self.member("alice")
        self.bob = self.member("bob")
        self.reader = server.create_role(server.unique("reports"))
        self.grant(self.reader, self.prepared.reader_role)

    def member(self, stem: str) -> str:
        role = self.server.create_role(self.server.unique(stem))
        self.grant(role, self.prepared.member_role)
        return role

    def grant(self, role: str, group: str) -> None:
        with self.server.admin(self.dbname) as conn:
            conn.execute(
                sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(role))
            )

    def url(self, role: str, **params: str) -> str:
        return self.server.url(role, self.dbname, **params)

    def connect(self, role: str) -> psycopg.Connection:
        """A plain connection as `role` (autocommit), for trying what the server allows."""
        return psycopg.connect(self.url(role), autocommit=True)


@pytest.fixture
def team_hub(pg_server: PostgresServer) -> TeamHub:
    return TeamHub(pg_server)
