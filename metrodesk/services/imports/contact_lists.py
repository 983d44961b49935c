"""A contact's further e-mails and phones, as a row of the sheet has them in "E-mail 2",
"Phone 2"... columns: checked as the editor checks them, and written in order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from metrodesk.data.base import Record, utcnow
from metrodesk.data.models import Contact, ContactEmail
from metrodesk.services.errors import ValidationError
from metrodesk.services.records import validation as v

Extras = dict[type[Record], list[Any] | None]


def checked_extras(
    texts: Extras, country: str, known: Mapping[type[Record], Sequence[str]]
) -> Extras:
    """Further e-mails and phones checked as the editor checks them; one that is the stored
    value at its place needs no check again."""
    out: Extras = {}
    for cls, values in texts.items():
        stored = known.get(cls, ())
        if values is None:
            out[cls] = None
        elif cls is ContactEmail:
            out[cls] = [
                x if n - 2 < len(stored) and x == stored[n - 2] else v.email(f"E-mail {n}", str(x))
                for n, x in enumerate(values, 2)
            ]
        else:
            out[cls] = [
                x
                if n - 2 < len(stored) and x == stored[n - 2]
                else v.phone(f"Phone {n}", str(phone_text(f"Phone {n}", x, country)), country)
                for n, x in enumerate(values, 2)
            ]
    return out


def phone_text(label: str, value: Any, region: str) -> Any:
    """Excel turns an edited '+34934134500' into the number 34934134500. Read a number as
    written first, in the contact's country; if it is no phone number there, put the + back."""
    if not isinstance(value, int) or isinstance(value, bool):
        return value
    text = str(value)
    try:
        v.phone(label, text, region)
    except ValidationError:
        return f"+{text}"
    return text


def set_extras(c: Contact, extras: Extras) -> bool:
    changed = False
    for cls, values in extras.items():
        if values is not None:
            changed |= set_list(c, cls, values)
    return changed


def set_list(c: Contact, cls: type[Record], values: list[str]) -> bool:
    """Make the contact's e-mails (or phones) after the primary one read `values`, in order."""
    attr, items = ("address", c.emails) if cls is ContactEmail else ("number", c.phones)
    live = sorted((i for i in items if i.deleted_at is None), key=lambda i: i.position)
    rest, changed = live[1:], False
    position = max((i.position for i in live), default=0)
    for i, value in enumerate(values):
        if i < len(rest):
            if getattr(rest[i], attr) != value:
                setattr(rest[i], attr, value)
                changed = True
        else:
            position += 1
            # appended to the collection, not only pointed at the contact: SQLAlchemy 2 adds
            # an object to the session through the parent's collection, never through the
            # backref, and a new further e-mail or phone was otherwise dropped at flush
            added: Any = cls(position=position, **{attr: value})
            items.append(added)
            changed = True
    for gone in rest[len(values) :]:
        gone.deleted_at = utcnow()
        changed = True
    return changed
