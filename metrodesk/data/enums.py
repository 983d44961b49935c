"""Closed vocabularies. Stored as plain strings so that adding a value needs no migration.

Each value is also the English text people read (lists show it with a capital letter), marked
for translation: the interface shows it with `metrodesk.i18n.translated`.
"""

from enum import StrEnum

from metrodesk.i18n import QT_TR_NOOP


class OrganisationKind(StrEnum):
    CITY_GOVERNMENT = QT_TR_NOOP("city government")
    PARTNER = QT_TR_NOOP("partner institution")
    TRAINING_INSTITUTE = QT_TR_NOOP("training institute")
    COMPANY = QT_TR_NOOP("company")
    NETWORK = QT_TR_NOOP("network")
    OTHER = QT_TR_NOOP("other")


class NameOrder(StrEnum):
    GIVEN_FIRST = QT_TR_NOOP("given-first")
    FAMILY_FIRST = QT_TR_NOOP("family-first")


class MembershipStatus(StrEnum):
    CANDIDATE = QT_TR_NOOP("candidate")
    ACTIVE = QT_TR_NOOP("active")
    SUSPENDED = QT_TR_NOOP("suspended")
    FORMER = QT_TR_NOOP("former")


class CentreRole(StrEnum):
    HEADQUARTERS = QT_TR_NOOP("headquarters")
    SATELLITE = QT_TR_NOOP("satellite")


class CourseMode(StrEnum):
    IN_PERSON = QT_TR_NOOP("in person")
    ONLINE = QT_TR_NOOP("online")
    HYBRID = QT_TR_NOOP("hybrid")


class ProgrammeKind(StrEnum):
    TRAINING = QT_TR_NOOP("training programme")
    INITIATIVE = QT_TR_NOOP("initiative")
    ACTION_PLAN = QT_TR_NOOP("action plan")
    PLATFORM = QT_TR_NOOP("platform")
    COMMUNITY = QT_TR_NOOP("community")


class MeetingKind(StrEnum):
    BILATERAL = QT_TR_NOOP("bilateral")
    STRATEGIC = QT_TR_NOOP("strategic")
    BOARD = QT_TR_NOOP("board")
    CONGRESS_SESSION = QT_TR_NOOP("congress session")
    WORKSHOP = QT_TR_NOOP("workshop")
    OTHER = QT_TR_NOOP("other")


class ActionStatus(StrEnum):
    OPEN = QT_TR_NOOP("open")
    IN_PROGRESS = QT_TR_NOOP("in progress")
    DONE = QT_TR_NOOP("done")
    DROPPED = QT_TR_NOOP("dropped")


class RegistrationStatus(StrEnum):
    REGISTERED = QT_TR_NOOP("registered")
    WAITLISTED = QT_TR_NOOP("waitlisted")
    CANCELLED = QT_TR_NOOP("cancelled")


class InteractionKind(StrEnum):
    CALL = QT_TR_NOOP("call")
    EMAIL = QT_TR_NOOP("e-mail")
    VISIT = QT_TR_NOOP("visit")
    OTHER = QT_TR_NOOP("other")
