"""What travels between copies: user actions with their journal entries, as bytes.

A change set's payload is the actions as lines of text (one JSON line per action, one
tab-separated line per entry, the entry's data exactly as the journal stores it), compressed
with zlib and then sealed by a `Codec`. The codec is the seam for protection (#14): today
`PlainCodec` seals nothing; an encrypting codec registered in `CODECS` seals change sets and
snapshot chunks alike, and every payload names the codec that sealed it, so files sealed
before and after protection was turned on both read.
"""

from __future__ import annotations

import json
import uuid
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from metrodesk.services.sync.transport import FORMAT


class WireError(ValueError):
    """A payload that decodes to nothing sensible (damaged, or sealed by an unknown codec)."""


class Codec(Protocol):
    #: written before every sealed payload: the name it is found by when read
    name: str

    def seal(self, data: bytes) -> bytes: ...

    def open(self, data: bytes) -> bytes: ...


class PlainCodec:
    name = "plain"

    def seal(self, data: bytes) -> bytes:
        return data

    def open(self, data: bytes) -> bytes:
        return data


#: codecs by name; protection (#14) adds its own and hands it to the engine
CODECS: dict[str, Codec] = {PlainCodec.name: PlainCodec()}


def seal(codec: Codec, plain: bytes) -> bytes:
    return codec.name.encode("ascii") + b"\n" + codec.seal(zlib.compress(plain, 6))


def unseal(sealed: bytes, codecs: dict[str, Codec] | None = None) -> bytes:
    head, sep, body = sealed.partition(b"\n")
    codec = (codecs or CODECS).get(head.decode("ascii", "replace"))
    if not sep or codec is None:
        raise WireError("sealed by a codec this copy does not have (is protection on here?)")
    try:
        return zlib.decompress(codec.open(body))
    except zlib.error as exc:
        raise WireError(f"cannot be decompressed ({exc})") from exc


@dataclass(frozen=True)
class WireEntry:
    hlc: int
    kind: str
    record_id: uuid.UUID
    op: str
    data: str | None


@dataclass
class WireAction:
    id: uuid.UUID
    device: uuid.UUID
    dseq: int
    hlc: int
    name: str
    author: str
    role: str = "do"
    reverts: uuid.UUID | None = None
    #: what its device had seen of the others: {device: dseq}
    deps: dict[uuid.UUID, int] = field(default_factory=dict)
    entries: list[WireEntry] = field(default_factory=list)


def action_line(a: WireAction) -> str:
    head = {
        "id": a.id.hex,
        "device": a.device.hex,
        "dseq": a.dseq,
        "hlc": a.hlc,
        "name": a.name,
        "author": a.author,
        "role": a.role,
        "reverts": a.reverts.hex if a.reverts else None,
        "deps": {d.hex: n for d, n in a.deps.items()},
    }
    return "A\t" + json.dumps(head, ensure_ascii=False, separators=(",", ":"))


def entry_line(e: WireEntry) -> str:
    return f"E\t{e.hlc}\t{e.kind}\t{e.record_id.hex}\t{e.op}\t{'' if e.data is None else e.data}"


def parse_action(text: str) -> WireAction:
    head = json.loads(text)
    return WireAction(
        id=uuid.UUID(head["id"]),
        device=uuid.UUID(head["device"]),
        dseq=int(head["dseq"]),
        hlc=int(head["hlc"]),
        name=str(head["name"]),
        author=str(head["author"]),
        role=str(head["role"]),
        reverts=uuid.UUID(head["reverts"]) if head.get("reverts") else None,
        deps={uuid.UUID(d): int(n) for d, n in head.get("deps", {}).items()},
    )


def parse_entry(text: str) -> WireEntry:
    hlc, kind, rid, op, data = text.split("\t", 4)
    return WireEntry(int(hlc), kind, uuid.UUID(rid), op, data or None)


def encode_actions(actions: list[WireAction], names: dict[uuid.UUID, str]) -> bytes:
    """The plain (unsealed) text of a change set."""
    head = {"format": FORMAT, "names": {d.hex: n for d, n in names.items()}}
    lines = [json.dumps(head, ensure_ascii=False)]
    for a in actions:
        lines.append(action_line(a))
        lines += [entry_line(e) for e in a.entries]
    return ("\n".join(lines) + "\n").encode("utf-8")


def decode_actions(plain: bytes) -> tuple[list[WireAction], dict[uuid.UUID, str]]:
    """Actions and the device names a change set carries; WireError when it is damaged."""
    try:
        lines = plain.decode("utf-8").split("\n")
        head = json.loads(lines[0])
        if int(head["format"]) > FORMAT:
            raise WireError("written by a newer MetroDesk: update MetroDesk to sync")
        names = {uuid.UUID(d): str(n) for d, n in head.get("names", {}).items()}
        actions: list[WireAction] = []
        for line in _body(lines):
            tag, _, rest = line.partition("\t")
            if tag == "A":
                actions.append(parse_action(rest))
            elif tag == "E" and actions:
                actions[-1].entries.append(parse_entry(rest))
            else:
                raise WireError(f"holds a line this copy cannot read ({tag!r})")
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        if isinstance(exc, WireError):
            raise
        raise WireError(f"is damaged ({exc})") from exc
    return actions, names


def _body(lines: list[str]) -> Iterator[str]:
    for line in lines[1:]:
        if line:
            yield line
