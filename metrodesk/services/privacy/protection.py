"""Protecting a database with a passphrase, changing it, and removing the protection.

Each change is made with the file closed (the caller closes its own connections; the lock keeps
other MetroDesk processes out) and after a backup: protecting writes an encrypted copy of the
database into the backups folder first, the others an ordinary backup. Backups follow the
database: protecting encrypts its older backups too, removing the protection decrypts them, and
a new passphrase is sealed into their key files as well, so that every backup opens the way the
database does.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from metrodesk.data import open_checks
from metrodesk.data.crypto import convert, keychain, keys
from metrodesk.data.crypto import envelope as envelopes
from metrodesk.data.crypto.driver import FILE_ERRORS, Cancelled, Progress, connect
from metrodesk.data.database import Database
from metrodesk.data.errors import PassphraseNeeded, WrongPassphrase
from metrodesk.data.file_lock import InUse, acquire_lock, release_lock
from metrodesk.services.errors import ServiceError
from metrodesk.services.meetings import sealed_files
from metrodesk.services.storage.backups import DAMAGED, free_name, list_backups, take_backup
from metrodesk.services.storage.maintenance import check_database
from metrodesk.services.sync.state import follow_rewrite, location_of

#: shortest passphrase accepted: NIST SP 800-63B's floor for a memorised secret
MIN_PASSPHRASE = 8
BACKUP_LABEL = "before-protection"
#: what converting a file may raise: its copy found wrong, the driver's errors, the disk's
_FAILURES: tuple[type[Exception], ...] = (convert.ConversionFailed, *FILE_ERRORS)
#: what leaves a conversion undone: a failure, or the user's Cancel
_UNDONE: tuple[type[Exception], ...] = (Cancelled, *_FAILURES)

#: (step, done, total): `step` names what is being done, in words for the user; returns True
#: to cancel (honoured until the database itself has been converted)
Report = Callable[[str, int, int], bool]


@dataclass(frozen=True)
class ProtectionChange:
    database: Path
    #: the backup made before the change
    backup: Path
    #: older backups converted along with the database
    backups_converted: int
    #: backups that could not be converted (damaged copies kept for rescue), left as they were
    backups_left: tuple[Path, ...] = ()
    #: attached files kept beside the database that were sealed (or opened) along with it
    attachments_converted: int = 0


def passphrase_problem(passphrase: str) -> str | None:
    """Why a new passphrase is refused, in the words a field shows; None when it is fine."""
    if len(passphrase) < MIN_PASSPHRASE:
        return f"at least {MIN_PASSPHRASE} characters"
    if not passphrase.strip():
        return "more than spaces"
    return None


def is_protected(db_path: Path) -> bool:
    return keys.is_encrypted(Path(db_path))


def protect(db_path: Path, passphrase: str, report: Report | None = None) -> ProtectionChange:
    """Encrypt the plain database at `db_path` with a new random key sealed by `passphrase`."""
    db_path = Path(db_path).expanduser().resolve()
    problem = passphrase_problem(passphrase)
    if problem:
        raise ServiceError(f"the passphrase needs {problem}")
    with locked(db_path):
        if keys.is_encrypted(db_path):
            raise ServiceError(f"{db_path.name} is already protected with a passphrase")
        _require_sound(db_path)
        key = envelopes.new_key()
        sealed = envelopes.seal(key, passphrase)
        place = location_of(db_path)
        backup = free_name(db_path, BACKUP_LABEL, datetime.now())[0]
        backup.parent.mkdir(parents=True, exist_ok=True)
        try:
            convert.encrypted_copy(db_path, backup, key, sealed, _phase(report, "backup"))
            convert.encrypt_file(db_path, key, sealed, _phase(report, "database"))
        except Cancelled:
            raise ServiceError("cancelled; the database is as it was") from None
        except _FAILURES as exc:
            raise ServiceError(f"{db_path.name} was not protected: {exc}") from exc
        keys.remember(sealed, key, keep=True)
        _same_copy(db_path, key, place)
        open_checks.rewritten_and_checked(db_path)  # the conversion checked it in full
        files = _convert_attachments(db_path, None, key, report)
        done, left = _convert_backups(db_path, backup, report, encrypt=(key, sealed))
    return ProtectionChange(db_path, backup, done, left, files)


def unprotect(
    db_path: Path, passphrase: str | None, report: Report | None = None
) -> ProtectionChange:
    """Decrypt the database at `db_path` (and its backups) for good. The passphrase is asked
    for when given; None takes the key from METRODESK_PASSPHRASE or the keychain, as an open
    does."""
    db_path = Path(db_path).expanduser().resolve()
    with locked(db_path):
        if not keys.is_encrypted(db_path):
            raise ServiceError(f"{db_path.name} is not protected with a passphrase")
        key = keys.unlock(db_path, passphrase, keep=False) if passphrase else _key(db_path)
        sealed = keys.envelope_of(db_path)
        _require_sound(db_path)
        backup = _backup(db_path)
        place = location_of(db_path)
        # the attached files first: until the database is opened for good, its key (which
        # opens any of them still sealed) stays beside it
        files = _convert_attachments(db_path, key, None, report)
        try:
            convert.decrypt_file(db_path, key, _phase(report, "database"))
        except _UNDONE as exc:
            _convert_attachments(db_path, None, key, None)  # sealed again, as it all was
            if isinstance(exc, Cancelled):
                raise ServiceError("cancelled; the database is as it was") from None
            raise ServiceError(f"{db_path.name} is still protected: {exc}") from exc
        _same_copy(db_path, None, place)
        open_checks.rewritten_and_checked(db_path)  # the conversion checked it in full
        done, left = _convert_backups(db_path, None, report, decrypt=(key, sealed))
        keys.forget(sealed)
    return ProtectionChange(db_path, backup, done, left, files)


def change_passphrase(db_path: Path, old: str | None, new: str) -> ProtectionChange:
    """Seal the database's key with `new`: the file itself is not rewritten (its key stays),
    only its key file and those of its backups. `old` None: the key at hand (keychain)."""
    db_path = Path(db_path).expanduser().resolve()
    problem = passphrase_problem(new)
    if problem:
        raise ServiceError(f"the new passphrase needs {problem}")
    with locked(db_path):
        if not keys.is_encrypted(db_path):
            raise ServiceError(f"{db_path.name} is not protected with a passphrase")
        key = keys.unlock(db_path, old, keep=False) if old else _key(db_path)
        sealed = keys.envelope_of(db_path)
        backup = _backup(db_path)
        resealed = envelopes.reseal(sealed, key, new)
        envelopes.write_key_file(db_path, resealed)
        count = 0
        for info in list_backups(db_path):
            if _sealed_with(info.path, sealed.key_id):
                envelopes.write_key_file(info.path, resealed)
                count += 1
        keys.remember(resealed, key, keep=True)
    return ProtectionChange(db_path, backup, count)


def _sealed_with(path: Path, key_id: str) -> bool:
    """Whether `path` is encrypted with the key of id `key_id` (a backup of this database)."""
    if not keys.is_encrypted(path):
        return False
    try:
        found = envelopes.read_key_file(path)
    except envelopes.BadKeyFile:
        return False
    return found is not None and found.key_id == key_id


def _key(db_path: Path) -> bytes:
    key = keys.key_for(db_path)
    assert key is not None  # the file is encrypted: key_for returned its key or raised
    return key


def _require_sound(db_path: Path) -> None:
    report = check_database(db_path)
    if not report.ok:
        raise ServiceError(f"{db_path.name} is not sound, so it was left as it is: {report.reason}")


def _backup(db_path: Path) -> Path:
    return take_backup(db_path, BACKUP_LABEL).path


def _convert_backups(
    db_path: Path,
    made: Path | None,
    report: Report | None,
    encrypt: tuple[bytes, envelopes.Envelope] | None = None,
    decrypt: tuple[bytes, envelopes.Envelope] | None = None,
) -> tuple[int, tuple[Path, ...]]:
    """Bring the database's older backups to its new state; (how many, which could not)."""
    done, left = 0, []
    todo = [b for b in list_backups(db_path) if b.path != made]
    for index, info in enumerate(todo):
        if report is not None:
            report("backups", index, len(todo))
        try:
            if encrypt and not keys.is_encrypted(info.path):
                if info.kind == DAMAGED:
                    raise convert.ConversionFailed("a damaged copy")
                convert.encrypt_file(info.path, *encrypt)
                done += 1
            elif decrypt and keys.is_encrypted(info.path):
                if not _sealed_with(info.path, decrypt[1].key_id) or info.kind == DAMAGED:
                    raise convert.ConversionFailed("another key")
                convert.decrypt_file(info.path, decrypt[0])
                done += 1
        except _FAILURES:
            left.append(info.path)
    return done, tuple(left)


def _same_copy(db_path: Path, key: bytes | None, place: str) -> None:
    """Team sync tells a copied file by its identity on disk, which a conversion renews: the
    converted file is told it is still this copy (else it would sync as a new computer)."""
    conn = connect(db_path, key)
    try:
        follow_rewrite(conn, db_path, place)
    finally:
        conn.close()


def _convert_attachments(
    db_path: Path, old_key: bytes | None, new_key: bytes | None, report: Report | None
) -> int:
    """The attached files beside the database follow it, each file whole (old or new form,
    both readable: a crash halfway leaves a folder that opens, and the next sync or
    conversion finishes it). Sealed after the database is protected (the key is beside it
    before any file needs it), opened before its protection is removed (the key stays until
    none needs it). Not cancellable."""
    progress = None if report is None else (lambda done, total: report("attachments", done, total))
    return sealed_files.convert_folder(sealed_files.folder_of(db_path), old_key, new_key, progress)


def _phase(report: Report | None, step: str) -> Progress | None:
    if report is None:
        return None
    return lambda done, total: report(step, done, total)


@contextmanager
def locked(db_path: Path) -> Iterator[None]:
    """No other MetroDesk process has the file open while it is converted (this one may hold
    the lock too: the window closes its connections, not its lock, to convert it)."""
    try:
        acquire_lock(db_path)
    except InUse as exc:
        if exc.other_name is not None:
            raise ServiceError(
                f"{db_path.name} is open here under another name ({exc.other_name}); close it first"
            ) from None
        who = f" (process {exc.pid})" if exc.pid else ""
        raise ServiceError(
            f"{db_path.name} is open in another MetroDesk window{who}; close it there first"
        ) from None
    try:
        yield
    finally:
        release_lock(db_path)


__all__ = [
    "MIN_PASSPHRASE",
    "PassphraseNeeded",
    "Protection",
    "ProtectionChange",
    "WrongPassphrase",
    "change_passphrase",
    "is_protected",
    "passphrase_problem",
    "protect",
    "unprotect",
]


class Protection:
    """The passphrase protection of the window's own database: each change releases the
    window's connections, converts the file, and connects again with the new key (or none).
    The caller keeps every view off the database meanwhile (the window hides them)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def protected(self) -> bool:
        return keys.is_encrypted(self.db.path)

    def protect(self, passphrase: str, report: Report | None = None) -> ProtectionChange:
        with self._reconnecting():
            return protect(self.db.path, passphrase, report)

    def unprotect(self, passphrase: str, report: Report | None = None) -> ProtectionChange:
        with self._reconnecting():
            return unprotect(self.db.path, passphrase, report)

    def change_passphrase(self, old: str, new: str) -> ProtectionChange:
        return change_passphrase(self.db.path, old, new)

    def lock(self) -> None:
        """Forget the key in this process: the window shows nothing until `unlock`."""
        self.db.lock()
        keys.clear()

    def unlock(self, passphrase: str | None) -> None:
        """Give the key back: from the passphrase, or (None) from the system keychain.
        Raises WrongPassphrase, or PassphraseNeeded when the keychain does not have it."""
        path = self.db.path
        if passphrase is None:
            key = keys.known_key(keys.envelope_of(path))
            if key is None:
                raise PassphraseNeeded(f"the keychain does not hold the key of {path.name}", path)
        else:
            key = keys.unlock(path, passphrase, keep=False)
        self.db.reopen(key)

    @contextmanager
    def _reconnecting(self) -> Iterator[None]:
        self.db.engine.dispose()
        try:
            yield
        finally:
            path = self.db.path
            key = keys.known_key(keys.envelope_of(path)) if keys.is_encrypted(path) else None
            self.db.reopen(key)


def unlock(db_path: Path, passphrase: str, remember: bool) -> None:
    """The passphrase typed at open: WrongPassphrase when it does not open `db_path`; with
    `remember` the key goes to the system keychain, so the next start asks for nothing."""
    keys.unlock(Path(db_path).expanduser().resolve(), passphrase, keep=remember)
    # a wrong METRODESK_PASSPHRASE would still come first when the file is opened: what
    # the user typed wins for the rest of this process
    os.environ.pop(keys.PASSPHRASE_VARIABLE, None)


def keychain_available() -> bool:
    return keychain.available()


def keychain_holds_key(db_path: Path) -> bool:
    path = Path(db_path).expanduser().resolve()
    return keys.is_encrypted(path) and keychain.load(keys.envelope_of(path).key_id) is not None
