"""A sheet's header row read into which column holds which field, and a cell read as the
form rules expect it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from openpyxl.utils import get_column_letter

from metrodesk.i18n import tr
from metrodesk.services.errors import ServiceError
from metrodesk.services.exports.cells import ref_id_header, unescape_text
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


class DuplicateColumn(ServiceError):
    """Two columns of one sheet carry the same header: which one is meant cannot be told."""


@dataclass(frozen=True)
class Layout:
    """Which column holds what, from the sheet's header row."""

    uuid: int | None
    fields: dict[int, Field]
    #: contacts' further e-mails and phones: column indexes in order
    emails: tuple[int, ...] = ()
    phones: tuple[int, ...] = ()
    ignored: tuple[str, ...] = ()
    #: field key of a reference -> the column holding the linked record's UUID
    ref_ids: dict[str, int] = dataclass_field(default_factory=dict)


def read_layout(kind: str, header: Sequence[Any]) -> Layout:
    """The sheet's columns; DuplicateColumn when a header MetroDesk reads appears twice."""
    forms = [f for f in FORMS[kind] if (kind, f.key) not in NOT_IMPORTED]
    by_label = {f.label.casefold(): f for f in forms}
    by_ref_id = {ref_id_header(f.label).casefold(): f for f in forms if f.type == "ref"}
    seen: dict[str, int] = {}
    uuid_col: int | None = None
    fields: dict[int, Field] = {}
    ref_ids: dict[str, int] = {}
    emails: list[int] = []
    phones: list[int] = []
    ignored: list[str] = []
    for i, raw in enumerate(header):
        name = " ".join(str(raw).split()) if raw is not None else ""
        key = name.casefold()
        if not name:
            continue
        read = key == "uuid" or key in by_label or key in by_ref_id
        read = read or (kind == "contact" and key.startswith(("e-mail ", "phone ")))
        if read and key in seen:
            raise DuplicateColumn(
                tr("the column '{name}' appears twice ({first} and {second}); keep one").format(
                    name=name,
                    first=get_column_letter(seen[key] + 1),
                    second=get_column_letter(i + 1),
                )
            )
        seen[key] = i
        if key == "uuid":
            uuid_col = i
        elif key in by_label:
            fields[i] = by_label[key]
        elif key in by_ref_id:
            ref_ids[by_ref_id[key].key] = i
        elif kind == "contact" and key.startswith("e-mail "):
            emails.append(i)
        elif kind == "contact" and key.startswith("phone "):
            phones.append(i)
        else:
            ignored.append(name)
    return Layout(uuid_col, fields, tuple(emails), tuple(phones), tuple(ignored), ref_ids)
