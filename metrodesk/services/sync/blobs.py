"""Attachments between a copy and its hub, each in the form its place needs.

Beside a protected database a file is sealed with the database's own key; in a sealed team's
folder it is sealed with the team key, under a name the key derives from its checksum. A file
crosses from one form to the other in memory (attachments are at most 50 MB), its checksum
checked on the way, and is never written readable where the other form belongs.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from metrodesk.data.database import Database
from metrodesk.data.meetings import Attachment
from metrodesk.services.meetings import sealed_files
from metrodesk.services.sync.team_key import SealableHub, TeamCodec
from metrodesk.services.sync.transport import Transport
from metrodesk.services.sync.wire import WireError

Step = Callable[[str], None]


class Damaged(ValueError):
    """A file here or in the hub is not the file its checksum names."""


def exchange(
    db: Database, hub: Transport, codec: TeamCodec | None, step: Step, notes: list[str]
) -> None:
    """Send the attachments the hub lacks, fetch those this copy lacks."""
    folder = sealed_files.folder_of(db.path)
    with db.engine.connect() as conn:
        shas = {
            sha
            for (sha,) in conn.execute(
                select(Attachment.sha256).where(Attachment.deleted_at.is_(None))
            )
        }
    sealed_hub = hub if codec is not None and isinstance(hub, SealableHub) else None
    for sha in sorted(shas):
        local = folder / sha
        try:
            if local.is_file():
                _keep_sealed(local, sha, db.key)
                if sealed_hub is not None and codec is not None:
                    _send_sealed(local, sha, db.key, hub, sealed_hub, codec, step)
                elif not hub.has_blob(sha):
                    step("Sending attachments")
                    _send_plain(local, sha, db.key, hub)
            else:
                step("Fetching attachments")
                folder.mkdir(mode=0o700, exist_ok=True)
                plain = _fetch(sha, hub, sealed_hub, codec)
                if plain is not None:
                    sealed_files.write_whole(local, sealed_files.stored_form(plain, sha, db.key))
        except (Damaged, sealed_files.SealedFileError, WireError):
            notes.append(f"The attached file {sha[:12]}… here or in the team folder is damaged.")
        except ValueError:
            notes.append(f"The attached file {sha[:12]}… here is damaged.")


def _plain(local: Path, sha: str, db_key: bytes | None) -> bytes:
    plain = sealed_files.read_plain(local, sha, db_key)
    if hashlib.sha256(plain).hexdigest() != sha:
        raise Damaged(sha)
    return plain


def _keep_sealed(local: Path, sha: str, db_key: bytes | None) -> None:
    """A plain file beside a protected database (protection turned on and stopped halfway) is
    sealed now: the sync goes through every attachment anyway."""
    if db_key is not None and not sealed_files.is_sealed(local):
        plain = _plain(local, sha, None)
        sealed_files.write_whole(local, sealed_files.stored_form(plain, sha, db_key))


def _send_sealed(
    local: Path,
    sha: str,
    db_key: bytes | None,
    hub: Transport,
    sealed_hub: SealableHub,
    codec: TeamCodec,
    step: Step,
) -> None:
    name = codec.blob_name(sha)
    if not hub.has_blob(name):
        step("Sending attachments")
        sealed_hub.put_sealed_blob(name, codec.seal(_plain(local, sha, db_key)))
    drop = getattr(hub, "drop_plain_blob", None)
    if drop is not None and hub.has_blob(sha):
        drop(sha)  # the readable twin from before the team had a key: the sealed one holds it


def _send_plain(local: Path, sha: str, db_key: bytes | None, hub: Transport) -> None:
    if db_key is None or not sealed_files.is_sealed(local):
        hub.put_blob(sha, local)
        return
    with tempfile.TemporaryDirectory(prefix="metrodesk-") as private:
        # a team without a key holds its files readable: this one is, for the time of the copy
        plain_copy = Path(private) / sha
        plain_copy.write_bytes(_plain(local, sha, db_key))
        hub.put_blob(sha, plain_copy)


def _fetch(
    sha: str, hub: Transport, sealed_hub: SealableHub | None, codec: TeamCodec | None
) -> bytes | None:
    """The file's own bytes from the hub, checked; None when the hub does not hold it yet."""
    if sealed_hub is not None and codec is not None:
        found = sealed_hub.fetch_sealed_blob(codec.blob_name(sha))
        if found is not None:
            plain = codec.open(found)
            if hashlib.sha256(plain).hexdigest() != sha:
                raise Damaged(sha)
            return plain
    with tempfile.TemporaryDirectory(prefix="metrodesk-") as private:
        target = Path(private) / sha
        if not hub.fetch_blob(sha, target):
            return None
        return target.read_bytes()
