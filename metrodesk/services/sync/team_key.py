"""The team key: what seals a team's files in a shared folder once the team has one.

Copies of one team must read each other's change sets, snapshots and attachments, so the folder
holds them sealed with one key for the whole team: 256 random bits, kept in the folder only
inside an envelope (`team-key.json`: the key sealed with the **team passphrase**, Argon2id then
AES-256-GCM, the same envelope a protected database's key file uses). A copy unlocks it once,
with the passphrase (asked by the app, or `METRODESK_TEAM_PASSPHRASE` for the CLI), and then
keeps the key as it keeps its own: in this process and in the OS keychain.

The rule, the simplest that holds together: **a team's files are sealed from the moment the
team has a key, and from then on every member needs it.** The team gets its key from the first
protected copy that syncs with it (a protected copy never writes readable files to the folder).
A copy without the key is refused before anything is read or written, in one line.

The payloads are sealed with AES-256-GCM from `cryptography` (a fresh random nonce each time,
the key id authenticated with them); nothing here is a cipher of our own.
"""

from __future__ import annotations

import hmac
import os
from dataclasses import dataclass
from hashlib import sha256
from typing import Protocol, runtime_checkable

from metrodesk.data.crypto import envelope as envelopes
from metrodesk.data.crypto import keys
from metrodesk.data.crypto.envelope import BadKeyFile, Envelope, WrongKeyPassphrase
from metrodesk.data.database import Database
from metrodesk.i18n import tr
from metrodesk.services.errors import ServiceError
from metrodesk.services.sync.wire import WireError

TEAM_PASSPHRASE_VARIABLE = "METRODESK_TEAM_PASSPHRASE"
#: shortest team passphrase accepted (as for a database's: NIST SP 800-63B's floor)
MIN_TEAM_PASSPHRASE = 8
_NONCE = 12


class TeamKeyNeeded(ServiceError):
    """This copy cannot sync until it has the team key (nothing was read or written)."""

    def __init__(self, message: str, creating: bool) -> None:
        super().__init__(message)
        #: True: the team has no key yet and this protected copy is to give it one
        self.creating = creating


class WrongTeamPassphrase(ServiceError):
    """The team passphrase given does not open the team key (nothing was changed)."""


@runtime_checkable
class SealableHub(Protocol):
    """A hub that can keep the team key's envelope (the shared folder). A hub that cannot (the
    PostgreSQL server, whose roles, TLS and disk are the server's to protect) stays unsealed."""

    def team_key(self) -> bytes | None:
        """The envelope's bytes, None when the team has no key yet."""
        ...

    def put_team_key(self, envelope: bytes) -> None:
        """Keep the envelope, unless one is already there (the first writer's stays)."""
        ...

    def put_sealed_blob(self, name: str, data: bytes) -> None: ...

    def fetch_sealed_blob(self, name: str) -> bytes | None: ...


class TeamCodec:
    """Seals payloads with the team key (AES-256-GCM, random nonce, the key id as associated
    data): a file sealed with another team's key, or altered, does not open."""

    name = "team-aes256gcm"

    def __init__(self, key: bytes, key_id: str) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self.key_id = key_id
        self._aead = AESGCM(key)
        self._associated = b"MetroDesk team files " + key_id.encode("ascii")
        self._names = hmac.new(key, b"MetroDesk attachment names", sha256).digest()

    def seal(self, data: bytes) -> bytes:
        nonce = os.urandom(_NONCE)
        return nonce + self._aead.encrypt(nonce, data, self._associated)

    def open(self, data: bytes) -> bytes:
        from cryptography.exceptions import InvalidTag

        try:
            return self._aead.decrypt(data[:_NONCE], data[_NONCE:], self._associated)
        except (InvalidTag, ValueError):
            raise WireError(
                "cannot be opened with this team's key (damaged, or sealed with another key)"
            ) from None

    def blob_name(self, sha: str) -> str:
        """The name an attachment is kept under in the folder: not its checksum, which would
        let anyone holding a file tell whether the team has it."""
        return hmac.new(self._names, sha.encode("ascii"), sha256).hexdigest()


@dataclass
class TeamSeal:
    """Which codec this copy seals the team's files with, decided at each sync.

    `check` runs before the hub is opened and writes nothing: it refuses a copy that lacks
    the key (or the passphrase to make one). `codec` runs once the hub is open, and for the
    first protected copy of a team writes the envelope."""

    db: Database
    #: typed in the app for this sync; else METRODESK_TEAM_PASSPHRASE
    passphrase: str | None = None
    _found: tuple[Envelope, bytes] | None = None

    def _given(self) -> str:
        return self.passphrase or os.environ.get(TEAM_PASSPHRASE_VARIABLE, "")

    def check(self, hub: object) -> None:
        self._found = None
        if not isinstance(hub, SealableHub):
            return
        probe = getattr(hub, "probe", None)
        if probe is not None and probe()[0]:
            return  # not a team's folder (other files, damaged): opening it says so
        raw = hub.team_key()
        if raw is None:
            if self.db.key is not None and not self._given():
                raise TeamKeyNeeded(
                    tr(
                        "this copy is protected, so its team's files must be sealed too: "
                        "choose a team passphrase (set {variable}) and give it to the others; "
                        "nothing was changed"
                    ).format(variable=TEAM_PASSPHRASE_VARIABLE),
                    creating=True,
                )
            if self.db.key is not None:
                _require_strong(self._given())
            return
        sealed = _envelope(raw)
        key = keys.known_key(sealed) if not self.passphrase else None
        if key is None:
            key = self._unlock(sealed)
        self._found = (sealed, key)

    def _unlock(self, sealed: Envelope) -> bytes:
        given = self._given()
        if not given:
            raise TeamKeyNeeded(
                tr(
                    "the team's files are sealed with a team passphrase and this computer "
                    "does not have it yet: set {variable}; nothing was changed"
                ).format(variable=TEAM_PASSPHRASE_VARIABLE),
                creating=False,
            )
        try:
            key = envelopes.unseal(sealed, given)
        except WrongKeyPassphrase:
            raise WrongTeamPassphrase(
                tr(
                    "the team passphrase is not the one the team's files are sealed with; "
                    "nothing was changed"
                )
            ) from None
        keys.remember(sealed, key, keep=True)
        return key

    def codec(self, hub: object) -> TeamCodec | None:
        """The team's codec, None for a team without a key (its files stay as they were)."""
        if not isinstance(hub, SealableHub):
            return None
        if self._found is None:
            if self.db.key is None:
                return None
            key = envelopes.new_key()
            sealed = envelopes.seal(key, self._given())
            keys.remember(sealed, key, keep=True)  # no second Argon2id run to open it again
            hub.put_team_key(sealed.to_json())
            self.check(hub)  # the envelope another copy put first wins: open that one
            if self._found is None:
                return None
        sealed, key = self._found
        return TeamCodec(key, sealed.key_id)


def _envelope(raw: bytes) -> Envelope:
    try:
        return Envelope.from_json(raw)
    except BadKeyFile:
        raise ServiceError(
            tr("the team folder's key file (team-key.json) is damaged; nothing was changed")
        ) from None


def _require_strong(passphrase: str) -> None:
    if len(passphrase) < MIN_TEAM_PASSPHRASE or not passphrase.strip():
        raise WrongTeamPassphrase(
            tr("a team passphrase needs at least {count} characters; nothing was changed").format(
                count=MIN_TEAM_PASSPHRASE
            )
        )
