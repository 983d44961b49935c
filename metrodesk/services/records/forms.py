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
from metrodesk.i18n import QT_TR_NOOP


@dataclass(frozen=True)
class Field:
    key: str
    #: the English label, marked for translation: the editors show it translated, and
    #: ValidationError names the field by it
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
        Field("honorific", QT_TR_NOOP("Honorific")),
        Field("given_name", QT_TR_NOOP("Given name")),
        Field("family_name", QT_TR_NOOP("Family name"), required=True),
        Field("name_order", QT_TR_NOOP("Name order"), "choice", choices=_values(NameOrder)),
        Field("job_title", QT_TR_NOOP("Job title")),
        Field("organisation_id", QT_TR_NOOP("Organisation"), "ref", ref_kind="organisation"),
        Field("email", QT_TR_NOOP("E-mail"), "email"),
        Field("phone", QT_TR_NOOP("Phone"), "phone"),
        Field("language", QT_TR_NOOP("Language"), "language"),
        Field("city", QT_TR_NOOP("City")),
        Field("country", QT_TR_NOOP("Country"), "country"),
        Field("tags", QT_TR_NOOP("Tags"), "tags"),
        Field("notes", QT_TR_NOOP("Notes"), "long"),
    ),
    "organisation": (
        Field("name", QT_TR_NOOP("Name"), required=True),
        Field("local_name", QT_TR_NOOP("Local name")),
        Field("org_kind", QT_TR_NOOP("Kind"), "choice", choices=_values(OrganisationKind)),
        Field("city", QT_TR_NOOP("City")),
        Field("country", QT_TR_NOOP("Country"), "country"),
        Field("website", QT_TR_NOOP("Website")),
        Field("notes", QT_TR_NOOP("Notes"), "long"),
    ),
    "member_city": (
        Field("name", QT_TR_NOOP("City"), required=True),
        Field("local_name", QT_TR_NOOP("Local name")),
        Field("country", QT_TR_NOOP("Country"), "country", required=True),
        Field("region", QT_TR_NOOP("Region")),
        Field("status", QT_TR_NOOP("Status"), "choice", choices=_values(MembershipStatus)),
        Field("member_since", QT_TR_NOOP("Member since"), "year", low=1900, future=False),
        Field("category", QT_TR_NOOP("Category")),
        Field("population", QT_TR_NOOP("Population"), "int", low=1, high=100_000_000),
        Field(
            "lead_organisation_id", QT_TR_NOOP("Lead organisation"), "ref", ref_kind="organisation"
        ),
        Field("notes", QT_TR_NOOP("Notes"), "long"),
    ),
    "training_centre": (
        Field("name", QT_TR_NOOP("Name"), required=True),
        Field("role", QT_TR_NOOP("Role"), "choice", choices=_values(CentreRole)),
        Field(
            "host_organisation_id", QT_TR_NOOP("Host institution"), "ref", ref_kind="organisation"
        ),
        Field("city", QT_TR_NOOP("City")),
        Field("country", QT_TR_NOOP("Country"), "country"),
        Field(
            "status",
            QT_TR_NOOP("Status"),
            "choice",
            choices=(QT_TR_NOOP("active"), QT_TR_NOOP("inactive")),
        ),
        Field("notes", QT_TR_NOOP("Notes"), "long"),
    ),
    "programme": (
        Field("name", QT_TR_NOOP("Name"), required=True),
        Field("programme_kind", QT_TR_NOOP("Kind"), "choice", choices=_values(ProgrammeKind)),
        Field("start_year", QT_TR_NOOP("From year"), "year"),
        Field("end_year", QT_TR_NOOP("To year"), "year"),
        Field("description", QT_TR_NOOP("Description"), "long"),
    ),
    "course": (
        Field("title", QT_TR_NOOP("Title"), required=True),
        Field("centre_id", QT_TR_NOOP("Centre"), "ref", ref_kind="training_centre"),
        Field("programme_id", QT_TR_NOOP("Programme"), "ref", ref_kind="programme"),
        Field("start_date", QT_TR_NOOP("Starts"), "date"),
        Field("end_date", QT_TR_NOOP("Ends"), "date"),
        Field("language", QT_TR_NOOP("Language"), "language"),
        Field("mode", QT_TR_NOOP("Mode"), "choice", choices=_values(CourseMode)),
        Field("capacity", QT_TR_NOOP("Capacity"), "int", high=100_000),
    ),
    "event": (
        Field("name", QT_TR_NOOP("Name"), required=True),
        Field("event_kind", QT_TR_NOOP("Kind")),
        Field("city", QT_TR_NOOP("City")),
        Field("country", QT_TR_NOOP("Country"), "country"),
        Field("venue", QT_TR_NOOP("Venue")),
        Field("start_date", QT_TR_NOOP("Starts"), "date"),
        Field("end_date", QT_TR_NOOP("Ends"), "date"),
        Field("notes", QT_TR_NOOP("Notes"), "long"),
    ),
    "meeting": (
        Field("title", QT_TR_NOOP("Title"), required=True),
        Field("meeting_kind", QT_TR_NOOP("Kind"), "choice", choices=_values(MeetingKind)),
        Field("starts_at", QT_TR_NOOP("Starts"), "datetime", required=True),
        Field("ends_at", QT_TR_NOOP("Ends"), "datetime"),
        Field("city", QT_TR_NOOP("City")),
        Field("country", QT_TR_NOOP("Country"), "country"),
        Field("venue", QT_TR_NOOP("Venue")),
        Field("organiser_id", QT_TR_NOOP("Organiser"), "ref", ref_kind="organisation"),
        Field("facilitator_id", QT_TR_NOOP("Facilitator"), "ref", ref_kind="contact"),
        Field("other_attendees", QT_TR_NOOP("Other attendees"), "int", high=1_000_000, cleared=0),
        Field("agenda", QT_TR_NOOP("Agenda"), "long"),
        Field("notes_html", QT_TR_NOOP("Notes"), "long"),
        Field("tags", QT_TR_NOOP("Tags"), "tags"),
    ),
    "action_item": (
        Field("description", QT_TR_NOOP("Description"), "long", required=True),
        Field("owner_id", QT_TR_NOOP("Owner"), "ref", ref_kind="contact"),
        Field("meeting_id", QT_TR_NOOP("Meeting"), "ref", ref_kind="meeting"),
        Field("due_on", QT_TR_NOOP("Due"), "date"),
        Field("status", QT_TR_NOOP("Status"), "choice", choices=_values(ActionStatus)),
        Field("done_on", QT_TR_NOOP("Done on"), "date", future=False),
    ),
}
