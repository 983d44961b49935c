"""Files attached to meetings, kept beside the database in `<db stem>-attachments/<sha256>`.

The folder and its files are private to the user (0700 / 0600). Files are stored by content, so
the same file attached twice is kept once; the checksum recorded at attach time is verified
whenever a file is opened, and a missing or altered file is named in a clear message. Beside a
protected database they are kept sealed with a key of the database's own (`sealed_files.py`)
and opened transparently: what the desktop is handed is a private copy in the file's own form.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from metrodesk.data.base import utcnow
from metrodesk.data.database import Database
from metrodesk.data.models import Attachment, Meeting
from metrodesk.data.platform_files import BINARY, NOFOLLOW
from metrodesk.i18n import QT_TR_NOOP, data_size, tr
from metrodesk.services.errors import NotFound, ServiceError, ValidationError
from metrodesk.services.meetings import sealed_files
from metrodesk.services.meetings.meeting import AttachmentInfo

#: the largest file that can be attached
MAX_SIZE = 50 * 1024 * 1024
_CHUNK = 1024 * 1024


class AttachmentMissing(ServiceError):
    """The stored copy of an attachment is gone or no longer the file that was attached."""


def human_size(n: int) -> str:
    """ "840 bytes", "2.4 MB", in the interface's language ("2,4 Mo")."""
    return data_size(n)


@dataclass(frozen=True)
class OpenedAttachment:
    """A verified stored copy: `path` to hand to the desktop, under its own `filename`."""

    path: Path
    filename: str


class Attachments:
    def __init__(self, db: Database, max_size: int = MAX_SIZE) -> None:
        self.db = db
        self.max_size = max_size

    @property
    def folder(self) -> Path:
        return sealed_files.folder_of(self.db.path)

    def list(self, meeting_id: uuid.UUID) -> tuple[AttachmentInfo, ...]:
        with self.db.read() as s:
            rows = s.scalars(
                select(Attachment)
                .where(Attachment.meeting_id == meeting_id, Attachment.deleted_at.is_(None))
                .order_by(Attachment.created_at, Attachment.id)
            )
            return tuple(
                AttachmentInfo(a.id, a.filename, a.size, a.sha256, a.created_at) for a in rows
            )

    def add(self, meeting_id: uuid.UUID, source: Path | str) -> AttachmentInfo:
        """Copy `source` into the attachments folder and record it (one user action)."""
        source = Path(source)
        if not source.is_file():
            raise ValidationError(
                QT_TR_NOOP("Attachment"),
                tr("{name} is not a file that can be read").format(name=source.name),
            )
        size = source.stat().st_size
        if size > self.max_size:
            raise ValidationError(
                QT_TR_NOOP("Attachment"),
                tr("{name} is {size}; files up to {limit} can be attached").format(
                    name=source.name, size=human_size(size), limit=human_size(self.max_size)
                ),
            )
        with self.db.read() as s:
            m = s.get(Meeting, meeting_id)
            if m is None or m.deleted_at is not None:
                raise NotFound("meeting", meeting_id)
        digest = self._store(source)
        with self.db.action(QT_TR_NOOP("Attach file")) as s:
            rec = Attachment(meeting_id=meeting_id, filename=source.name, size=size, sha256=digest)
            s.add(rec)
            s.flush()
            return AttachmentInfo(rec.id, rec.filename, rec.size, rec.sha256, rec.created_at)

    def remove(self, attachment_id: uuid.UUID) -> None:
        """Soft delete: the stored file stays, so undo brings the attachment back whole."""
        with self.db.action(QT_TR_NOOP("Remove attachment")) as s:
            rec = s.get(Attachment, attachment_id)
            if rec is None or rec.deleted_at is not None:
                raise NotFound("attachment", attachment_id)
            rec.deleted_at = utcnow()

    def open(self, attachment_id: uuid.UUID) -> OpenedAttachment:
        """The stored copy (sealed when the database is protected: hand the desktop an
        `export_copy`), after checking it is still the file that was attached."""
        return self._opened(attachment_id)[0]

    def read(self, attachment_id: uuid.UUID) -> bytes:
        """The attached file's own bytes, checked (opened from its sealed form when the
        database is protected)."""
        return self._opened(attachment_id)[1]

    def _opened(self, attachment_id: uuid.UUID) -> tuple[OpenedAttachment, bytes]:
        with self.db.read() as s:
            rec = s.get(Attachment, attachment_id)
            if rec is None or rec.deleted_at is not None:
                raise NotFound("attachment", attachment_id)
            filename, digest = rec.filename, rec.sha256
        if not _DIGEST.fullmatch(digest or ""):
            # a crafted or damaged record (or one a sync brought): the digest names the stored
            # file, so it must never be able to name anything outside the folder
            raise AttachmentMissing(
                f"The file {safe_file_name(filename)} has no valid checksum recorded; "
                "it cannot be opened"
            )
        path = self.folder / digest
        if not path.is_file():
            raise AttachmentMissing(
                tr(
                    "The file {name} is missing from {folder}; it may have been moved or "
                    "deleted outside MetroDesk"
                ).format(name=filename, folder=self.folder)
            )
        return OpenedAttachment(path, filename), self._verified(path, digest, filename)

    def _verified(self, path: Path, digest: str, filename: str) -> bytes:
        try:
            plain = sealed_files.read_plain(path, digest, self.db.key)
        except (OSError, sealed_files.SealedFileError):
            plain = None
        if plain is None or hashlib.sha256(plain).hexdigest() != digest:
            raise AttachmentMissing(
                tr(
                    "The file {name} in {folder} has been changed or damaged since it was attached"
                ).format(name=filename, folder=self.folder)
            )
        return plain

    def export_copy(self, attachment_id: uuid.UUID, target_dir: Path | str) -> Path:
        """A verified copy under the attachment's own name (to open with the right program),
        made inside `target_dir` whatever the stored name says: it came from a database that
        may have been crafted, restored from elsewhere or brought by a sync, so it is cleaned
        to one plain file name, and the copy is a new file (never through a link, never over
        another file)."""
        opened, plain = self._opened(attachment_id)
        folder = Path(target_dir)
        name = safe_file_name(opened.filename)
        stem, dot, suffix = name.rpartition(".") if "." in name[1:] else (name, "", "")
        for n in range(1, 100):
            candidate = folder / (name if n == 1 else f"{stem} ({n}){dot}{suffix}")
            try:
                flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | BINARY | NOFOLLOW
                fd = os.open(candidate, flags, 0o600)
            except FileExistsError:
                continue
            with os.fdopen(fd, "wb") as out:
                out.write(plain)
            return candidate
        raise ServiceError(
            tr("{folder} already holds 99 copies of {name}").format(folder=folder, name=name)
        )

    def _store(self, source: Path) -> str:
        folder = self.folder
        folder.mkdir(mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)
        if self.db.key is not None:
            return self._store_sealed(source, folder, self.db.key)
        h = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".incoming-")
        tmp = Path(tmp_name)
        try:
            with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
                while chunk := src.read(_CHUNK):
                    h.update(chunk)
                    dst.write(chunk)
                dst.flush()
                os.fsync(dst.fileno())
            digest = h.hexdigest()
            final = folder / digest
            if final.is_file() and _sha256(final) == digest:
                tmp.unlink()
            else:
                os.chmod(tmp, 0o600)
                os.replace(tmp, final)
            return digest
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def _store_sealed(self, source: Path, folder: Path, db_key: bytes) -> str:
        """The file sealed, whole; its plain bytes are never written beside the database."""
        plain = source.read_bytes()
        digest = hashlib.sha256(plain).hexdigest()
        final = folder / digest
        try:
            if sealed_files.read_plain(final, digest, db_key) == plain:
                return digest  # already kept (attached before, or brought by a sync)
        except (OSError, sealed_files.SealedFileError):
            pass
        sealed_files.write_whole(final, sealed_files.stored_form(plain, digest, db_key))
        return digest


#: what `sha256` must look like before it names a stored file
_DIGEST = re.compile(r"[0-9a-f]{64}")
#: the most a file name may take in bytes on common file systems
MAX_NAME_BYTES = 255
#: names Windows keeps for devices, with or without an extension
_RESERVED = re.compile(r"(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?", re.IGNORECASE)


def safe_file_name(stored: str) -> str:
    """One plain file name from whatever was stored: no folders (either slash), no '.' or
    '..', no control characters, no device name, at most 255 bytes (the extension kept)."""
    name = re.split(r"[/\\]", stored or "")[-1]
    name = "".join(c for c in name if c.isprintable()).strip().strip(".")
    if not name:
        name = "attachment"
    if _RESERVED.fullmatch(name):
        name = f"_{name}"
    stem, dot, suffix = name.rpartition(".") if "." in name else (name, "", "")
    if len(suffix.encode()) > 20:
        stem, dot, suffix = name, "", ""
    room = MAX_NAME_BYTES - len(f"{dot}{suffix}".encode()) - 8  # a " (99)" suffix may follow
    stem = stem.encode()[:room].decode("utf-8", "ignore")
    return f"{stem}{dot}{suffix}"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()
