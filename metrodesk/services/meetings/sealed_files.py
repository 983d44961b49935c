"""Attachments kept beside a protected database, sealed with a key of the database's own.

The key is derived from the database's key (HKDF-SHA256, its own label), so it lives and dies
with the database's protection and needs nothing new in the keychain. Each file is sealed
whole with AES-256-GCM (`cryptography`): a header that says so, a fresh random nonce, and the
file's checksum as associated data, so a sealed file put under another file's name does not
open. A file's form is read from its header, never assumed: a folder converted halfway (a
crash while protection was turned on or off) holds plain and sealed files, each of them whole,
and every one of them opens.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from metrodesk.data.platform_files import fchmod

MAGIC = b"MetroDesk sealed attachment 1\n"
_NONCE = 12
#: (done, total) before each file (not cancellable: a conversion, once the database's own is
#: done, is finished)
Progress = Callable[[int, int], object]


class SealedFileError(Exception):
    """A sealed file that does not open with this database's key (altered, or another's)."""


def folder_of(db_path: Path) -> Path:
    """Where a database's attachments are kept."""
    return db_path.parent / f"{db_path.stem}-attachments"


def attachment_key(db_key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, salt=None, info=b"MetroDesk attachments").derive(db_key)


def is_sealed(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(MAGIC)) == MAGIC


def seal(key: bytes, plain: bytes, sha: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(_NONCE)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, plain, sha.encode("ascii"))


def unseal(key: bytes, sealed: bytes, sha: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    body = sealed[len(MAGIC) :]
    try:
        return AESGCM(key).decrypt(body[:_NONCE], body[_NONCE:], sha.encode("ascii"))
    except (InvalidTag, ValueError):
        raise SealedFileError(sha) from None


def read_plain(path: Path, sha: str, db_key: bytes | None) -> bytes:
    """The file's own bytes, whichever form it is kept in. SealedFileError when it is sealed
    and does not open (or this database has no key to open it with)."""
    data = path.read_bytes()
    if not data.startswith(MAGIC):
        return data
    if db_key is None:
        raise SealedFileError(sha)
    return unseal(attachment_key(db_key), data, sha)


def stored_form(plain: bytes, sha: str, db_key: bytes | None) -> bytes:
    """What is written beside a database for `plain`: sealed when the database is protected."""
    return plain if db_key is None else seal(attachment_key(db_key), plain, sha)


def write_whole(target: Path, data: bytes) -> None:
    """`target` holds the old content or `data`, never a part: a private temporary file in
    the same folder, on disk, then renamed over it."""
    temp = target.with_name(f".converting-{target.name}")
    temp.unlink(missing_ok=True)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            fchmod(out.fileno(), 0o600)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def convert_folder(
    folder: Path, old_key: bytes | None, new_key: bytes | None, progress: Progress | None = None
) -> int:
    """Bring every attachment in `folder` to the form of `new_key` (None: plain), each file
    whole and on disk before the next; returns how many were rewritten. A file that does not
    open is left as it is (it is named when someone opens it)."""
    _drop_leftovers(folder)
    names = sorted(p for p in _files(folder))
    done = 0
    for index, path in enumerate(names):
        if progress is not None:
            progress(index, len(names))
        sha = path.name
        try:
            plain = read_plain(path, sha, old_key) if is_sealed(path) else path.read_bytes()
        except (OSError, SealedFileError):
            continue
        if hashlib.sha256(plain).hexdigest() != sha:
            continue  # damaged before: converting would hide it
        if is_sealed(path) == (new_key is not None):
            continue  # already in its new form (a conversion resumed)
        write_whole(path, stored_form(plain, sha, new_key))
        done += 1
    if names:
        _fsync_folder(folder)
    return done


def _drop_leftovers(folder: Path) -> None:
    """A conversion killed between writing a file's new form and its rename left that
    temporary file beside the old form (still whole): the old form is converted again now."""
    for stale in folder.glob(".converting-*"):
        stale.unlink(missing_ok=True)


def _files(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if len(p.name) == 64 and p.is_file()]
    except FileNotFoundError:
        return []


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # not every file system lets a folder be synced
    finally:
        os.close(fd)
