"""The contract workbook's sheets (see DESIGN.md), one query each: the columns, their
order and headers that `metrodesk import` reads back."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from metrodesk.data.models import (
    ActionItem,
    CentreContact,
    Contact,
    ContactEmail,
    ContactPhone,
    Course,
    CourseParticipant,
    Decision,
    FocalPoint,
    Meeting,
    MeetingParticipant,
    MemberCity,
    MembershipFee,
    Organisation,
    Programme,
    TrainingCentre,
)
from metrodesk.services.exports.cells import (
    AMOUNT_FORMAT,
    DATE_FORMAT,
    DATETIME_FORMAT,
    Column,
    country_text,
    language_text,
    person_name,
    ref_id_header,
)
from metrodesk.services.exports.contract_queries import (
    current_organisation,
    live_count,
    most_per_contact,
    names_text,
    nth,
    packed_names,
    raw_text,
    stream,
    tags_text,
    uuid_text,
)
from metrodesk.services.exports.writer import Sheet


def ref_id_column(label: str) -> Column:
    """A hidden column holding the UUID of the record a column names ("Organisation UUID"
    for "Organisation"): the import resolves the link by it, so a record renamed on its own
    sheet keeps its links. These come last, after the columns the contract lists, so that
    the columns everyone reads keep their places."""
    return Column(ref_id_header(label), 38, hidden=True)


#: joins a linked record's UUID and name in one looked-up value (never in a name)
_UNIT = "\x1f"

CONTACT_COLUMNS = (
    Column("UUID", 38),
    Column("Given name", 16),
    Column("Family name", 18),
    Column("Job title", 28),
    Column("Organisation", 30),
    Column("E-mail", 30),
    Column("Phone", 18),
    Column("City", 16),
    Column("Country", 18),
    Column("Language", 12),
    Column("Honorific", 10),
    Column("Name order", 12),
    Column("Tags", 24),
    Column("Notes", 40, wrap=True),
)


def contacts_sheet(s: Session) -> Sheet:
    extra_emails = max(most_per_contact(s, ContactEmail) - 1, 0)
    extra_phones = max(most_per_contact(s, ContactPhone) - 1, 0)
    columns = [
        *CONTACT_COLUMNS,
        *(Column(f"E-mail {n + 2}", 30) for n in range(extra_emails)),
        *(Column(f"Phone {n + 2}", 18) for n in range(extra_phones)),
        ref_id_column("Organisation"),
    ]
    stmt = (
        select(
            uuid_text(Contact.id),
            Contact.given_name,
            Contact.family_name,
            Contact.job_title,
            # the name and the UUID in one look-up, split below (a second per contact would
            # cost the export a visible share of its time)
            current_organisation(uuid_text(Organisation.id) + _UNIT + Organisation.name),
            nth(ContactEmail, "address", 0),
            nth(ContactPhone, "number", 0),
            Contact.city,
            Contact.country,
            Contact.language,
            Contact.honorific,
            Contact.name_order,
            raw_text(Contact.tags),
            Contact.notes,
            *(nth(ContactEmail, "address", n + 1) for n in range(extra_emails)),
            *(nth(ContactPhone, "number", n + 1) for n in range(extra_phones)),
        )
        .where(Contact.deleted_at.is_(None))
        .order_by(Contact.sort_key, Contact.id)
    )

    def rows() -> Iterator[Sequence[Any]]:
        for r in stream(s, stmt):
            row = list(r)
            organisation_id, _, row[4] = (r[4] or "").partition(_UNIT)
            row.append(organisation_id)
            row[8] = country_text(r[8])
            row[9] = language_text(r[9])
            row[12] = tags_text(r[12])
            yield row

    return Sheet("Contacts", columns, live_count(s, Contact), rows())


def organisations_sheet(s: Session) -> Sheet:
    columns = (
        Column("UUID", 38),
        Column("Name", 40),
        Column("Local name", 30),
        Column("Kind", 18),
        Column("City", 16),
        Column("Country", 18),
        Column("Website", 30),
        Column("Notes", 40, wrap=True),
    )
    o = Organisation
    stmt = (
        select(
            uuid_text(o.id),
            o.name,
            o.local_name,
            o.org_kind,
            o.city,
            o.country,
            o.website,
            o.notes,
        )
        .where(o.deleted_at.is_(None))
        .order_by(func.lower(o.name), o.id)
    )

    def rows() -> Iterator[Sequence[Any]]:
        for r in stream(s, stmt):
            yield (r[0], *r[1:5], country_text(r[5]), *r[6:])

    return Sheet("Organisations", columns, live_count(s, o), rows())


def cities_sheet(s: Session) -> Sheet:
    columns = (
        Column("UUID", 38),
        Column("City", 20),
        Column("Local name", 20),
        Column("Country", 18),
        Column("Region", 18),
        Column("Status", 12),
        Column("Member since", 13),
        Column("Category", 14),
        Column("Population", 13, "#,##0"),
        Column("Lead organisation", 30),
        Column("Focal points", 30),
        Column("Notes", 40, wrap=True),
        ref_id_column("Lead organisation"),
    )
    m, lead = MemberCity, aliased(Organisation)
    focal = packed_names(FocalPoint, FocalPoint.city_id, m.id)
    stmt = (
        select(
            uuid_text(m.id),
            m.name,
            m.local_name,
            m.country,
            m.region,
            m.status,
            m.member_since,
            m.category,
            m.population,
            lead.name,
            focal,
            m.notes,
            uuid_text(lead.id),
        )
        .outerjoin(lead, lead.id == m.lead_organisation_id)
        .where(m.deleted_at.is_(None))
        .order_by(m.name, m.id)
    )

    def rows() -> Iterator[Sequence[Any]]:
        for r in stream(s, stmt):
            yield (*r[:3], country_text(r[3]), *r[4:10], names_text(r[10]), *r[11:])

    return Sheet("Member cities", columns, live_count(s, m), rows())


def fees_sheet(s: Session) -> Sheet:
    columns = (
        Column("UUID", 38),
        Column("City", 20),
        Column("Year", 8),
        Column("Amount", 14, AMOUNT_FORMAT),
        Column("Currency", 10),
        Column("Invoiced", 12, DATE_FORMAT),
        Column("Paid", 12, DATE_FORMAT),
    )
    f = MembershipFee
    stmt = (
        select(
            uuid_text(f.id),
            MemberCity.name,
            f.year,
            f.amount,
            f.currency,
            f.invoiced_on,
            f.paid_on,
        )
        .join(MemberCity, MemberCity.id == f.city_id)
        .where(f.deleted_at.is_(None), MemberCity.deleted_at.is_(None))
        .order_by(MemberCity.name, f.year, f.id)
    )
    total_stmt = select(func.count()).select_from(stmt.order_by(None).subquery())
    total = int(s.execute(total_stmt).scalar_one())
    return Sheet("Membership fees", columns, total, stream(s, stmt))


def training_sheet(s: Session) -> Sheet:
    columns = (
        Column("UUID", 38),
        Column("Name", 36),
        Column("Role", 14),
        Column("Host institution", 36),
        Column("City", 16),
        Column("Country", 18),
        Column("Status", 10),
        Column("Contact persons", 30),
        Column("Notes", 40, wrap=True),
        ref_id_column("Host institution"),
    )
    t, host = TrainingCentre, aliased(Organisation)
    people = packed_names(CentreContact, CentreContact.centre_id, t.id)
    stmt = (
        select(
            uuid_text(t.id),
            t.name,
            t.role,
            host.name,
            t.city,
            t.country,
            t.status,
            people,
            t.notes,
            uuid_text(host.id),
        )
        .outerjoin(host, host.id == t.host_organisation_id)
        .where(t.deleted_at.is_(None))
        # the headquarters first, then the satellites by name, as the Training section lists them
        .order_by(t.role != "headquarters", t.name, t.id)
    )

    def rows() -> Iterator[Sequence[Any]]:
        for r in stream(s, stmt):
            yield (*r[:5], country_text(r[5]), r[6], names_text(r[7]), *r[8:])

    return Sheet("Training", columns, live_count(s, t), rows())


def courses_sheet(s: Session) -> Sheet:
    columns = (
        Column("UUID", 38),
        Column("Title", 40),
        Column("Centre", 30),
        Column("Programme", 30),
        Column("Starts", 12, DATE_FORMAT),
        Column("Ends", 12, DATE_FORMAT),
        Column("Language", 12),
        Column("Mode", 10),
        Column("Capacity", 10),
        Column("Participants", 12),
        Column("Attended", 10),
        Column("Certificates", 12),
    )
    c, p = Course, CourseParticipant
    live = (p.course_id == c.id) & p.deleted_at.is_(None) & (p.registration != "cancelled")

    def counted(*extra: Any) -> Any:
        return select(func.count()).select_from(p).where(live, *extra).scalar_subquery()

    stmt = (
        select(
            uuid_text(c.id),
            c.title,
            TrainingCentre.name,
            Programme.name,
            c.start_date,
            c.end_date,
            c.language,
            c.mode,
            c.capacity,
            counted(),
            counted(p.attended.is_(True)),
            counted(p.certificate_issued.is_(True)),
        )
        .outerjoin(TrainingCentre, TrainingCentre.id == c.centre_id)
        .outerjoin(Programme, Programme.id == c.programme_id)
        .where(c.deleted_at.is_(None))
        .order_by(c.start_date.is_(None), c.start_date, c.title, c.id)
    )

    def rows() -> Iterator[Sequence[Any]]:
        for r in stream(s, stmt):
            yield (*r[:6], language_text(r[6]), *r[7:])

    return Sheet("Courses", columns, live_count(s, c), rows())


MEETING_COLUMNS = (
    Column("UUID", 38),
    Column("Title", 40),
    Column("Kind", 16),
    Column("Starts", 17, DATETIME_FORMAT),
    Column("Ends", 17, DATETIME_FORMAT),
    Column("City", 16),
    Column("Country", 18),
    Column("Venue", 24),
    Column("Organiser", 30),
    Column("Facilitator", 24),
    Column("Participants", 40),
    Column("Other attendees", 15),
    Column("Tags", 24),
    Column("Decisions", 50, wrap=True),
    Column("Agenda", 40, wrap=True),
    ref_id_column("Organiser"),
    ref_id_column("Facilitator"),
)


def meetings_sheet(s: Session) -> Sheet:
    m, org, fac = Meeting, aliased(Organisation), aliased(Contact)
    people = packed_names(MeetingParticipant, MeetingParticipant.meeting_id, m.id)
    decisions = (
        select(func.group_concat(Decision.text, "\n"))
        .where(Decision.meeting_id == m.id, Decision.deleted_at.is_(None))
        .scalar_subquery()
    )
    stmt = (
        select(
            uuid_text(m.id),
            m.title,
            m.meeting_kind,
            m.starts_at,
            m.ends_at,
            m.city,
            m.country,
            m.venue,
            org.name,
            fac.name_order,
            fac.given_name,
            fac.family_name,
            people,
            m.other_attendees,
            raw_text(m.tags),
            decisions,
            m.agenda,
            uuid_text(org.id),
            uuid_text(fac.id),
        )
        .outerjoin(org, org.id == m.organiser_id)
        .outerjoin(fac, fac.id == m.facilitator_id)
        .where(m.deleted_at.is_(None))
        .order_by(m.starts_at, m.id)
    )

    def rows() -> Iterator[Sequence[Any]]:
        for r in stream(s, stmt):
            people = (person_name(*r[9:12]), names_text(r[12]), r[13])
            yield (*r[:6], country_text(r[6]), *r[7:9], *people, tags_text(r[14]), *r[15:])

    return Sheet("Meetings", MEETING_COLUMNS, live_count(s, m), rows())


def actions_sheet(s: Session) -> Sheet:
    columns = (
        Column("UUID", 38),
        Column("Description", 60, wrap=True),
        Column("Owner", 24),
        Column("Due", 12, DATE_FORMAT),
        Column("Status", 12),
        Column("Done on", 12, DATE_FORMAT),
        Column("Meeting", 40),
        ref_id_column("Owner"),
        ref_id_column("Meeting"),
    )
    a, owner = ActionItem, aliased(Contact)
    stmt = (
        select(
            uuid_text(a.id),
            a.description,
            owner.name_order,
            owner.given_name,
            owner.family_name,
            a.due_on,
            a.status,
            a.done_on,
            Meeting.title,
            uuid_text(owner.id),
            uuid_text(Meeting.id),
        )
        .outerjoin(owner, owner.id == a.owner_id)
        .outerjoin(Meeting, Meeting.id == a.meeting_id)
        .where(a.deleted_at.is_(None))
        .order_by(a.due_on.is_(None), a.due_on, a.id)
    )

    def rows() -> Iterator[Sequence[Any]]:
        for r in stream(s, stmt):
            yield (*r[:2], person_name(*r[2:5]), *r[5:])

    return Sheet("Action items", columns, live_count(s, a), rows())


SheetBuilder = Callable[[Session], Sheet]

BUILDERS: dict[str, SheetBuilder] = {
    "Contacts": contacts_sheet,
    "Organisations": organisations_sheet,
    "Member cities": cities_sheet,
    "Membership fees": fees_sheet,
    "Training": training_sheet,
    "Courses": courses_sheet,
    "Meetings": meetings_sheet,
    "Action items": actions_sheet,
}
