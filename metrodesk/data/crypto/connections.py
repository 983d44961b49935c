"""What every connection to an encrypted file is set to, beside what every connection gets
(`database._on_connect`): a page cache that stands in for the system's file cache, temporary
data kept in memory, and a connection SQLCipher has marked broken closed rather than pooled."""

from __future__ import annotations

import sqlite3

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext

from metrodesk.data.crypto.driver import PLAIN_DATABASE_ERRORS

#: the decrypted pages one connection to an encrypted file may keep, in KiB. A plain file's
#: pages come from the system's file cache for the cost of a copy; an encrypted file's are
#: decrypted and authenticated again at every read that misses SQLite's own page cache, which
#: therefore plays that part: room for what an export or a scroll through 100,000 contacts
#: reads (their table, e-mails, phones and indexes, about 70 MB), filled only as pages are
#: read (README, "Personal data": the cost of encryption). SQLCipher's own default is 8 MB.
ENCRYPTED_CACHE_KIB = 65_536


def listen(engine: Engine) -> None:
    """Set up `engine`, whose connections open an encrypted file."""
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "handle_error", _drop_poisoned_connection)


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")
    # sorts and temporary tables stay in memory, never in a temporary file, which SQLCipher
    # does not encrypt (its usual build says so as well; this does not rest on the build)
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.close()


def _drop_poisoned_connection(context: ExceptionContext) -> None:
    # SQLCipher keeps a page's failed authentication as an error of the whole connection
    # (sqlcipher/sqlcipher#617): every later read of a page not in its cache fails too, sound
    # pages included. Such a connection is closed instead of pooled again, so that a damaged
    # page reads as damage where it lies, as on a plain file, and not in every later read.
    if type(context.original_exception) in PLAIN_DATABASE_ERRORS:
        context.is_disconnect = True
        context.invalidate_pool_on_disconnect = False
