"""What each kind's editor shows and how each field is checked: one table, read by the GUI,
the CLI and the importer, so that a rule exists once."""

from __future__ import annotations

from dataclasses import dataclass

from metrodesk.data.enums import (
    ActionStatus,
    CentreRole,
    CourseMode,
    MeetingKind,
    MembershipStatus,
    NameOrder,
    OrganisationKind,
    ProgrammeKind,
)


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    #: text, long, email, phone, country, language, choice, int, year, date, datetime,
    #: amount, bool, tags, ref (a record of `ref_kind`)
    type: str = "text"
    required: bool = False
    choices: tuple[str, ...] = ()
    ref_kind: str = ""
    #: plausible range of a number or year (None: the rule's own, see validation.py)
    low: int | None = None
    high: int | None = None
    #: whether a date (or year) after today is plausible: not for what already happened
    future: bool = True
    #: what a cleared field holds, where the record cannot hold "nothing"
    cleared: object = None


def _values(enum: type) -> tuple[str, ...]:
    return tuple(e.value for e in enum)  # type: ignore[attr-defined]


FORMS: dict[str, tuple[Field, ...]] = {
    "contact": (
        Field("honorific", "Honorific"),
        Field("given_name", "Given name"),
        Field("family_name", "Family name", required=True),
        Field("name_order", "Name order", "choice", choices=_values(NameOrder)),
        Field("job_title", "Job title"),
        Field("organisation_id", "Organisation", "ref", ref_kind="organisation"),
        Field("email", "E-mail", "email"),
        Field("phone", "Phone", "phone"),
        Field("language", "Language", "language"),
        Field("city", "City"),
        Field("country", "Country", "country"),
        Field("tags", "Tags", "tags"),
        Field("notes", "Notes", "long"),
    ),
    "organisation": (
        Field("name", "Name", required=True),
        Field("local_name", "Local name"),
        Field("org_kind", "Kind", "choice", choices=_values(OrganisationKind)),
        Field("city", "City"),
        Field("country", "Country", "country"),
        Field("website", "Website"),
        Field("notes", "Notes", "long"),
    ),
    "member_city": (
        Field("name", "City", required=True),
        Field("local_name", "Local name"),
        Field("country", "Country", "country", required=True),
        Field("region", "Region"),
        Field("status", "Status", "choice", choices=_values(MembershipStatus)),
        Field("member_since", "Member since", "year", low=1900, future=False),
        Field("category", "Category"),
        Field("population", "Population", "int", low=1, high=100_000_000),
        Field("lead_organisation_id", "Lead organisation", "ref", ref_kind="organisation"),
        Field("notes", "Notes", "long"),
    ),
    "training_centre": (
        Field("name", "Name", required=True),
        Field("role", "Role", "choice", choices=_values(CentreRole)),
        Field("host_organisation_id", "Host institution", "ref", ref_kind="organisation"),
        Field("city", "City"),
        Field("country", "Country", "country"),
        Field("status", "Status", "choice", choices=("active", "inactive")),
        Field("notes", "Notes", "long"),
    ),
    "programme": (
        Field("name", "Name", required=True),
        Field("programme_kind", "Kind", "choice", choices=_values(ProgrammeKind)),
        Field("start_year", "From year", "year"),
        Field("end_year", "To year", "year"),
        Field("description", "Description", "long"),
    ),
    "course": (
        Field("title", "Title", required=True),
        Field("centre_id", "Centre", "ref", ref_kind="training_centre"),
        Field("programme_id", "Programme", "ref", ref_kind="programme"),
        Field("start_date", "Starts", "date"),
        Field("end_date", "Ends", "date"),
        Field("language", "Language", "language"),
        Field("mode", "Mode", "choice", choices=_values(CourseMode)),
        Field("capacity", "Capacity", "int", high=100_000),
    ),
    "event": (
        Field("name", "Name", required=True),
        Field("event_kind", "Kind"),
        Field("city", "City"),
        Field("country", "Country", "country"),
        Field("venue", "Venue"),
        Field("start_date", "Starts", "date"),
        Field("end_date", "Ends", "date"),
        Field("notes", "Notes", "long"),
    ),
    "meeting": (
        Field("title", "Title", required=True),
        Field("meeting_kind", "Kind", "choice", choices=_values(MeetingKind)),
        Field("starts_at", "Starts", "datetime", required=True),
        Field("ends_at", "Ends", "datetime"),
        Field("city", "City"),
        Field("country", "Country", "country"),
        Field("venue", "Venue"),
        Field("organiser_id", "Organiser", "ref", ref_kind="organisation"),
        Field("facilitator_id", "Facilitator", "ref", ref_kind="contact"),
        Field("other_attendees", "Other attendees", "int", high=1_000_000, cleared=0),
        Field("agenda", "Agenda", "long"),
        Field("notes_html", "Notes", "long"),
        Field("tags", "Tags", "tags"),
    ),
    "action_item": (
        Field("description", "Description", "long", required=True),
        Field("owner_id", "Owner", "ref", ref_kind="contact"),
        Field("meeting_id", "Meeting", "ref", ref_kind="meeting"),
        Field("due_on", "Due", "date"),
        Field("status", "Status", "choice", choices=_values(ActionStatus)),
        Field("done_on", "Done on", "date", future=False),
    ),
}
