"""A sheet's header row read into which column holds which field, and a cell read as the
form rules expect it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from metrodesk.services.exports.cells import unescape_text
from metrodesk.services.records.forms import FORMS, Field

#: the contract's sheets and the kind each holds, in the order they are applied: a sheet
#: may name records of the sheets before it (a new contact's new organisation)
SHEET_KINDS: dict[str, str] = {
    "Organisations": "organisation",
    "Member cities": "member_city",
    "Training": "training_centre",
    "Contacts": "contact",
    "Meetings": "meeting",
    "Action items": "action_item",
}
#: form fields no export column carries; a column of that name is not imported
NOT_IMPORTED = {("meeting", "notes_html")}


def cell_value(value: Any) -> Any:
    """A cell as the form rules expect it: text unescaped, whole floats as ints (Excel keeps
    every number as a float, so a typed 1985 may come back as 1985.0)."""
    if isinstance(value, str):
        return unescape_text(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def at(row: Sequence[Any], i: int) -> Any:
    return row[i] if i < len(row) else None


@dataclass(frozen=True)
class Layout:
    """Which column holds what, from the sheet's header row."""

    uuid: int | None
    fields: dict[int, Field]
    #: contacts' further e-mails and phones: column indexes in order
    emails: tuple[int, ...] = ()
    phones: tuple[int, ...] = ()
    ignored: tuple[str, ...] = ()


def read_layout(kind: str, header: Sequence[Any]) -> Layout:
    by_label = {f.label.casefold(): f for f in FORMS[kind] if (kind, f.key) not in NOT_IMPORTED}
    uuid_col: int | None = None
    fields: dict[int, Field] = {}
    emails: list[int] = []
    phones: list[int] = []
    ignored: list[str] = []
    for i, raw in enumerate(header):
        name = str(raw).strip() if raw is not None else ""
        key = name.casefold()
        if not name:
            continue
        if key == "uuid" and uuid_col is None:
            uuid_col = i
        elif key in by_label and by_label[key] not in fields.values():
            fields[i] = by_label.pop(key)
        elif kind == "contact" and key.startswith("e-mail "):
            emails.append(i)
        elif kind == "contact" and key.startswith("phone "):
            phones.append(i)
        else:
            ignored.append(name)
    return Layout(uuid_col, fields, tuple(emails), tuple(phones), tuple(ignored))
