"""The journal's `data` text: the fields of one entry and their values, as compact JSON.

- create: `{"field": new, …}` (every journaled column but the id, which is the entry's own)
- update, delete, restore: `{"field": [old, new], …}`
- purge: no data
- resolve (sync: a conflict looked at and settled): `{"field": [kept, kept]}` like an update

Values are JSON values (`to_json`): ids as 32-digit hex, dates and times in ISO form, amounts
as decimal text. A field is written as its number in `FIELD_NAMES` ("1" for given_name…), or by
its name when it has none yet, so a file written by an older or a newer MetroDesk still reads
field by field: numbers are never given to another field, and names are never digits.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_loads = json.JSONDecoder().decode

#: field names by number: append only, never reorder or reuse (files and hubs hold the numbers)
FIELD_NAMES: tuple[str, ...] = (
    "name", "local_name", "org_kind", "city", "country", "website", "notes", "deleted_at",
    "honorific", "given_name", "family_name", "name_order", "job_title", "language", "tags",
    "sort_key", "contact_id", "address", "label", "position", "number", "organisation_id",
    "role", "start_date", "end_date", "purpose", "given_on", "withdrawn_on", "source",
    "region", "status", "member_since", "category", "population", "lead_organisation_id",
    "city_id", "changed_on", "note", "year", "amount", "currency", "invoiced_on", "paid_on",
    "host_organisation_id", "centre_id", "programme_kind", "start_year", "end_year",
    "description", "title", "programme_id", "mode", "capacity", "course_id", "registration",
    "attended", "certificate_issued", "event_kind", "venue", "meeting_kind", "starts_at",
    "ends_at", "organiser_id", "facilitator_id", "other_attendees", "agenda", "notes_html",
    "meeting_id", "event_id", "text", "filename", "size", "sha256", "owner_id", "due_on",
    "done_on", "external_uid", "time_zone", "event", "person_id", "done_at", "done_by",
    "interaction_kind", "occurred_on", "with_whom", "section", "query", "filters",
    "sort_column", "sort_descending", "hidden_columns",
)  # fmt: skip
_CODES = {name: str(i) for i, name in enumerate(FIELD_NAMES)}

#: ops whose data holds [old, new] pairs
PAIRED_OPS = frozenset({"update", "delete", "restore", "resolve"})


class FieldChange(NamedTuple):
    field: str
    old: Any
    new: Any


def to_json(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return list(value)
    return value


def _code(field: str) -> str:
    return _CODES.get(field, field)


def _name(key: str) -> str:
    return FIELD_NAMES[int(key)] if key.isdigit() else key


def encode_created(values: dict[str, Any]) -> str:
    """`values` already JSON-ready."""
    return _dumps({_code(k): v for k, v in values.items()})


def encode_pairs(pairs: dict[str, tuple[Any, Any]]) -> str:
    return _dumps({_code(k): [old, new] for k, (old, new) in pairs.items()})


def decode_changes(op: str, data: str | None) -> list[FieldChange]:
    if data is None:
        return []
    loaded = _loads(data)
    if op in PAIRED_OPS:
        return [FieldChange(_name(k), v[0], v[1]) for k, v in loaded.items()]
    return [FieldChange(_name(k), None, v) for k, v in loaded.items()]


def decode_created(data: str) -> dict[str, Any]:
    return {_name(k): v for k, v in _loads(data).items()}
