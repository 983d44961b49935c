"""Every mapped class, imported in one place so that the registry and Alembic see them all."""

from metrodesk.data.base import Base, Record
from metrodesk.data.cities import CityStatusChange, FocalPoint, MemberCity, MembershipFee, Region
from metrodesk.data.interactions import Interaction, SavedView
from metrodesk.data.journal import JournalDevice, JournalEntry, Meta, UserAction
from metrodesk.data.meetings import (
    ActionItem,
    Attachment,
    Decision,
    Event,
    Meeting,
    MeetingCity,
    MeetingEvent,
    MeetingOrganisation,
    MeetingParticipant,
    MeetingProgramme,
    Quote,
)
from metrodesk.data.people import (
    Affiliation,
    Consent,
    Contact,
    ContactEmail,
    ContactPhone,
    Organisation,
)
from metrodesk.data.privacy import PrivacyEvent
from metrodesk.data.sync_models import SyncConflict
from metrodesk.data.training import (
    CentreContact,
    Course,
    CourseParticipant,
    Programme,
    TrainingCentre,
)

RECORD_CLASSES: dict[str, type[Record]] = {
    cls.kind: cls
    for cls in (
        Organisation, Contact, ContactEmail, ContactPhone, Affiliation, Consent,
        Region, MemberCity, CityStatusChange, FocalPoint, MembershipFee,
        TrainingCentre, CentreContact, Programme, Course, CourseParticipant,
        Event, Meeting, MeetingParticipant, MeetingCity, MeetingOrganisation, MeetingEvent,
        MeetingProgramme, Decision, Quote, Attachment, ActionItem, PrivacyEvent,
        Interaction, SavedView,
    )
}  # fmt: skip

__all__ = [
    "RECORD_CLASSES",
    "ActionItem",
    "Affiliation",
    "Attachment",
    "Base",
    "CentreContact",
    "CityStatusChange",
    "Consent",
    "Contact",
    "ContactEmail",
    "ContactPhone",
    "Course",
    "CourseParticipant",
    "Decision",
    "Event",
    "FocalPoint",
    "Interaction",
    "JournalDevice",
    "JournalEntry",
    "Meeting",
    "MeetingCity",
    "MeetingEvent",
    "MeetingOrganisation",
    "MeetingParticipant",
    "MeetingProgramme",
    "MemberCity",
    "MembershipFee",
    "Meta",
    "Organisation",
    "PrivacyEvent",
    "Programme",
    "Quote",
    "Record",
    "SavedView",
    "SyncConflict",
    "TrainingCentre",
    "UserAction",
]  # fmt: skip
