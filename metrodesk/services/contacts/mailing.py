"""Writing to people: the addresses of a selection or of a filtered list, leaving out whoever
has no consent in force (and saying how many), ready to paste into a mail program or to hand
to the system's mail client as a mailto: link."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from sqlalchemy import Exists, exists, select

from metrodesk.data.database import Database
from metrodesk.data.people import Consent, Contact, ContactEmail

#: ids asked about per query (SQLite binds at most a few thousand at once)
CHUNK = 500
#: longer mailto: links are cut by some mail clients and browsers: copy instead
MAILTO_LIMIT = 1900


@dataclass(frozen=True)
class Recipient:
    contact_id: uuid.UUID
    name: str
    address: str

    def line(self) -> str:
        """ "Name <address>", the name quoted when it holds what separates addresses."""
        name = self.name.replace('"', "'")
        if any(c in name for c in ",;<>()[]:@"):
            name = f'"{name}"'
        return f"{name} <{self.address}>" if name else self.address


@dataclass(frozen=True)
class MailingList:
    recipients: tuple[Recipient, ...]
    #: people left out: without a consent in force, and (consenting) without an e-mail
    without_consent: int
    without_email: int

    @property
    def left_out(self) -> int:
        return self.without_consent + self.without_email

    def text(self) -> str:
        """For pasting into To, Cc or Bcc: "Name <address>; …"."""
        return "; ".join(r.line() for r in self.recipients)

    def mailto(self) -> str | None:
        """A mailto: link, the addresses as Bcc when there are several (nobody sees the
        others'); None when too long for mail clients to take (copy the addresses instead)."""
        addresses = [quote(r.address, safe="@") for r in self.recipients]
        if not addresses:
            return None
        link = (
            f"mailto:{addresses[0]}"
            if len(addresses) == 1
            else ("mailto:?bcc=" + ",".join(addresses))
        )
        return link if len(link) <= MAILTO_LIMIT else None


def consent_in_force() -> Exists:
    """A consent on record that is not withdrawn (the list's consent filter, the same rule)."""
    return exists().where(
        Consent.contact_id == Contact.id,
        Consent.deleted_at.is_(None),
        Consent.withdrawn_on.is_(None),
    )


class Mailing:
    def __init__(self, db: Database) -> None:
        self.db = db

    def recipients(self, contact_ids: Sequence[uuid.UUID]) -> MailingList:
        """The main address of each person who agreed to be written to, in the order given;
        the others counted, never listed."""
        found: dict[uuid.UUID, tuple[str, bool]] = {}
        addresses: dict[uuid.UUID, str] = {}
        ids = list(dict.fromkeys(contact_ids))
        with self.db.read() as s:
            for start in range(0, len(ids), CHUNK):
                part = ids[start : start + CHUNK]
                for contact, agreed in s.execute(
                    select(Contact, consent_in_force()).where(
                        Contact.id.in_(part), Contact.deleted_at.is_(None)
                    )
                ):
                    found[contact.id] = (contact.display_name, bool(agreed))
                for cid, address in s.execute(
                    select(ContactEmail.contact_id, ContactEmail.address)
                    .where(ContactEmail.contact_id.in_(part), ContactEmail.deleted_at.is_(None))
                    .order_by(ContactEmail.position.desc())
                ):
                    addresses[cid] = address  # the lowest position is read last
        recipients, no_consent, no_email = [], 0, 0
        for cid in ids:
            if cid not in found:
                continue
            name, agreed = found[cid]
            if not agreed:
                no_consent += 1
            elif cid not in addresses:
                no_email += 1
            else:
                recipients.append(Recipient(cid, name, addresses[cid]))
        return MailingList(tuple(recipients), no_consent, no_email)
