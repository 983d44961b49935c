"""The key file: a database key sealed with a passphrase (Argon2id, then AES-256-GCM).

Both come from well-kept libraries (argon2-cffi, cryptography); nothing here is a cipher of our
own. The file holds nothing readable without the passphrase but the cost parameters, the salt
and a key id (which keychain entry belongs to it). The parameters travel with each envelope, so
they can be raised later without making older files unreadable; they are authenticated with the
sealed key, so a file edited to weaken them no longer opens.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

FORMAT = "MetroDesk database key"
VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12


class WrongKeyPassphrase(Exception):
    """The passphrase does not open this envelope (or the envelope was altered)."""


class BadKeyFile(Exception):
    """The key file is not one MetroDesk wrote, or it is damaged."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's cost: RFC 9106's second recommended set (64 MiB, 3 passes, 4 lanes)."""

    time_cost: int = 3
    memory_cost: int = 64 * 1024  # KiB
    parallelism: int = 4


@dataclass(frozen=True)
class Envelope:
    key_id: str
    salt: bytes
    params: KdfParams
    nonce: bytes
    sealed: bytes
    #: HMAC of the key id under the key: tells a key from the keychain is this file's, at once
    check: bytes

    def to_json(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "key_id": self.key_id,
            "kdf": {"name": "argon2id", "salt": _b64(self.salt), **asdict(self.params)},
            "cipher": "AES-256-GCM",
            "nonce": _b64(self.nonce),
            "sealed_key": _b64(self.sealed),
            "key_check": _b64(self.check),
        }
        return (json.dumps(doc, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> Envelope:
        try:
            doc = json.loads(data.decode("utf-8"))
            if doc.get("format") != FORMAT:
                raise BadKeyFile("not a MetroDesk key file")
            if doc.get("version") != VERSION:
                raise BadKeyFile(f"a key file of version {doc.get('version')} (update MetroDesk)")
            kdf = doc["kdf"]
            if kdf["name"] != "argon2id" or doc["cipher"] != "AES-256-GCM":
                raise BadKeyFile("a key file with an unknown method")
            params = KdfParams(
                int(kdf["time_cost"]), int(kdf["memory_cost"]), int(kdf["parallelism"])
            )
            return cls(
                key_id=str(doc["key_id"]),
                salt=_unb64(kdf["salt"]),
                params=params,
                nonce=_unb64(doc["nonce"]),
                sealed=_unb64(doc["sealed_key"]),
                check=_unb64(doc["key_check"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BadKeyFile("the key file is damaged") from exc

    def matches(self, key: bytes) -> bool:
        """Whether `key` (from a keychain, say) is the key this envelope seals."""
        return hmac.compare_digest(key_check(key, self.key_id), self.check)


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_check(key: bytes, key_id: str) -> bytes:
    return hmac.new(key, b"MetroDesk key check " + key_id.encode("ascii"), hashlib.sha256).digest()


def seal(key: bytes, passphrase: str, params: KdfParams | None = None) -> Envelope:
    """An envelope opening to `key` with `passphrase`: a fresh salt, nonce and key id."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    params = params or KdfParams()
    key_id = secrets.token_hex(16)
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    kek = _derive(passphrase, salt, params)
    sealed = AESGCM(kek).encrypt(nonce, key, _associated(key_id, salt, params))
    return Envelope(key_id, salt, params, nonce, sealed, key_check(key, key_id))


def reseal(envelope: Envelope, key: bytes, passphrase: str) -> Envelope:
    """The same key (and key id, so the keychain entry stays valid) under a new passphrase."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    params = KdfParams()
    kek = _derive(passphrase, salt, params)
    sealed = AESGCM(kek).encrypt(nonce, key, _associated(envelope.key_id, salt, params))
    return Envelope(envelope.key_id, salt, params, nonce, sealed, envelope.check)


def unseal(envelope: Envelope, passphrase: str) -> bytes:
    """The key; WrongKeyPassphrase when the passphrase (or the envelope) is not right."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = _derive(passphrase, envelope.salt, envelope.params)
    associated = _associated(envelope.key_id, envelope.salt, envelope.params)
    try:
        key = AESGCM(kek).decrypt(envelope.nonce, envelope.sealed, associated)
    except (InvalidTag, ValueError):
        raise WrongKeyPassphrase from None
    if len(key) != KEY_BYTES or not envelope.matches(key):
        raise WrongKeyPassphrase
    return key


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _associated(key_id: str, salt: bytes, params: KdfParams) -> bytes:
    """What the seal authenticates besides the key: the id and every cost parameter."""
    fields = (FORMAT, str(VERSION), key_id, _b64(salt), *map(str, asdict(params).values()))
    return "\x1f".join(fields).encode("utf-8")


def key_file(database: Path) -> Path:
    """Where the envelope of `database` lives: beside it, named after it."""
    return database.with_name(database.name + ".key")


def read_key_file(database: Path) -> Envelope | None:
    """The envelope beside `database`; None when there is none."""
    try:
        data = key_file(database).read_bytes()
    except FileNotFoundError:
        return None
    return Envelope.from_json(data)


def write_key_file(database: Path, envelope: Envelope) -> None:
    """Beside `database`, whole or not at all, owner-only, and on disk before this returns: a
    database renamed into place after it must never be without its key file."""
    target = key_file(database)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(envelope.to_json())
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    fsync_path(target.parent)


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
