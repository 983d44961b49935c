"""A small file system under a hub's tables, to fill up: the server's real "disk full".

A tmpfs of a few megabytes is mounted at a new folder (the tests run as root, as CI does);
a tablespace of the test server lives on it, and a hub's tables and indexes are moved there.
The rest of the server (its catalogue, its write-ahead log) stays on the machine's disk, as
on a server whose data volume fills while the server itself keeps running: PostgreSQL then
refuses to extend a table with its real error, SQLSTATE 53100 ("could not extend file …: No
space left on device"). `resize` grows or shrinks the file system in place (`mount -o
remount,size=…`), the way an administrator gives the volume more room.

Mounting needs root: anywhere it cannot be done, `SmallDisk` raises (the test fails, it is
never skipped). A watchdog unmounts the file system if the test process dies before its own
clean-up ran.
"""

from __future__ import annotations

import base64
import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from pg_server import PostgresServer, TeamHub
from psycopg import sql

from metrodesk.data.models import Organisation
from metrodesk.services.facade import Services

MB = 1024 * 1024


def _mount(*args: str) -> None:
    done = subprocess.run(["mount", *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(
            f"mount {' '.join(args)} failed ({done.stderr.strip()}): the disk-full tests need "
            "root (CI and the developers' machines run as root)"
        )


class SmallDisk:
    """A tmpfs of `size` bytes holding tablespace `name` of `server`."""

    def __init__(self, server: PostgresServer, size: int) -> None:
        self.server = server
        self.mount = Path(tempfile.mkdtemp(prefix="metrodesk-small-disk-"))
        self.name = server.unique("small_disk")
        self._mounted = False
        self._tablespace = False
        self._watchdog: subprocess.Popen[bytes] | None = None
        try:
            self._set_up(size)
        except BaseException:
            self.remove()
            raise

    def _set_up(self, size: int) -> None:
        options = f"size={size},mode=0700"
        if server_user := self._postgres_ids():
            options += f",uid={server_user[0]},gid={server_user[1]}"
        _mount("-t", "tmpfs", "-o", options, "tmpfs", str(self.mount))
        self._mounted = True
        self._watch(os.getpid())
        location = self.mount / "tablespace"
        location.mkdir()
        if server_user:
            os.chown(location, *server_user)
        with self.server.admin() as conn:
            conn.execute(
                sql.SQL("CREATE TABLESPACE {} LOCATION {}").format(
                    sql.Identifier(self.name), sql.Literal(str(location))
                )
            )
        self._tablespace = True

    def _postgres_ids(self) -> tuple[int, int] | None:
        if not self.server.as_postgres:
            return None
        user = pwd.getpwnam("postgres")
        return user.pw_uid, user.pw_gid

    def _watch(self, pid: int) -> None:
        script = (
            f"while kill -0 {pid} 2>/dev/null; do sleep 2; done; "
            f"umount -l {self.mount} 2>/dev/null; rmdir {self.mount} 2>/dev/null"
        )
        self._watchdog = subprocess.Popen(
            ["sh", "-c", script],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

    # --- what a test does with it --------------------------------------------------------

    def hold(self, dbname: str, owner: str) -> None:
        """Move every table and index `owner` has in database `dbname` onto this disk."""
        with self.server.admin(dbname) as conn:
            for kind in ("TABLE", "INDEX"):
                conn.execute(
                    sql.SQL(
                        "ALTER " + kind + " ALL IN TABLESPACE pg_default OWNED BY {} "
                        "SET TABLESPACE {}"
                    ).format(sql.Identifier(owner), sql.Identifier(self.name))
                )

    def used(self) -> int:
        stat = os.statvfs(self.mount)
        return (stat.f_blocks - stat.f_bfree) * stat.f_frsize

    def free(self) -> int:
        stat = os.statvfs(self.mount)
        return stat.f_bavail * stat.f_frsize

    def resize(self, size: int) -> None:
        _mount("-o", f"remount,size={size}", str(self.mount))

    # --- clean-up ------------------------------------------------------------------------

    def drop(self, dbname: str) -> None:
        """The database whose tables are here, then the tablespace (connections cut)."""
        with self.server.admin() as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(dbname))
            )

    def remove(self) -> None:
        if self._tablespace and self.server.running():
            with contextlib.suppress(psycopg.Error), self.server.admin() as conn:
                conn.execute(sql.SQL("DROP TABLESPACE {}").format(sql.Identifier(self.name)))
        if self._mounted:
            done = subprocess.run(["umount", str(self.mount)], capture_output=True)
            if done.returncode != 0:  # still held (a tablespace left behind): detach it
                subprocess.run(["umount", "-l", str(self.mount)], capture_output=True)
            self._mounted = False
        shutil.rmtree(self.mount, ignore_errors=True)
        if self._watchdog is not None:
            self._watchdog.kill()
            self._watchdog.wait()
            self._watchdog = None


@pytest.fixture
def small_disk_team(pg_server: PostgresServer) -> Iterator[tuple[TeamHub, SmallDisk]]:
    """A prepared hub whose tables sit on a 64 MB volume of their own (`resize` to fill)."""
    disk = SmallDisk(pg_server, 64 * MB)
    team: TeamHub | None = None
    try:
        team = TeamHub(pg_server)
        disk.hold(team.dbname, team.owner)
        with pg_server.admin(team.dbname) as conn:
            # the space a refused push took stays taken until a vacuum; none runs midway,
            # so that every copy meets the full volume, whatever the server's timing
            for table in ("change_set", "snapshot_chunk", "blob"):
                conn.execute(
                    f"ALTER TABLE metrodesk.{table} SET (autovacuum_enabled = false, "
                    "toast.autovacuum_enabled = false)"
                )
        yield team, disk
    finally:
        if team is not None:
            disk.drop(team.dbname)
        disk.remove()


def fill_round(svc: Services, stem: str, round_: int, actions: int) -> None:
    """A colleague's work between syncs: `actions` organisations whose notes do not
    compress (12 KB of random text each), one action each."""
    for i in range(actions):
        notes = base64.b64encode(os.urandom(12_000)).decode()
        with svc.db.action(f"New organisation {round_}-{i}") as s:
            s.add(Organisation(name=f"{stem} {round_}-{i}", notes=notes))
