"""Closed vocabularies. Stored as plain strings so that adding a value needs no migration."""

from enum import StrEnum


class OrganisationKind(StrEnum):
    CITY_GOVERNMENT = "city government"
    PARTNER = "partner institution"
    TRAINING_INSTITUTE = "training institute"
    COMPANY = "company"
    NETWORK = "network"
    OTHER = "other"


class NameOrder(StrEnum):
    GIVEN_FIRST = "given-first"
    FAMILY_FIRST = "family-first"


class MembershipStatus(StrEnum):
    CANDIDATE = "candidate"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    FORMER = "former"


class CentreRole(StrEnum):
    HEADQUARTERS = "headquarters"
    SATELLITE = "satellite"


class CourseMode(StrEnum):
    IN_PERSON = "in person"
    ONLINE = "online"
    HYBRID = "hybrid"


class ProgrammeKind(StrEnum):
    TRAINING = "training programme"
    INITIATIVE = "initiative"
    ACTION_PLAN = "action plan"
    PLATFORM = "platform"
    COMMUNITY = "community"


class MeetingKind(StrEnum):
    BILATERAL = "bilateral"
    STRATEGIC = "strategic"
    BOARD = "board"
    CONGRESS_SESSION = "congress session"
    WORKSHOP = "workshop"
    OTHER = "other"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in progress"
    DONE = "done"
    DROPPED = "dropped"


class RegistrationStatus(StrEnum):
    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"
