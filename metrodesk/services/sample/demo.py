"""Sample data: everything the two seed texts tell (Metropolis news of 14/11/2016 on training
with Seoul, and of 04/12/2019 on the Action Plan 2021-2023) - people, organisations, member
cities, the training network, programmes, the World Congress, two meetings with their
participants, decisions and quotes, and the follow-ups - plus any number of synthetic contacts.

The seed records go through the ORM inside one user action, so the change journal and the
search index are written as for any edit. Synthetic contacts are many, so they are written with
Core bulk inserts into the same transaction, together with the journal entries and search
documents the ORM would have written for them: the journal stays complete, and cancelling
leaves the database as it was.

Facts the texts do not give but a record needs (times of day, due dates, member-since years,
populations, fees, host institutions of the satellites) are marked "(sample)" in the notes.
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from metrodesk.data import search_index
from metrodesk.data.base import Record, utcnow
from metrodesk.data.cities import Region
from metrodesk.data.database import Database
from metrodesk.data.enums import (
    ActionStatus,
    CentreRole,
    MeetingKind,
    MembershipStatus,
    NameOrder,
    OrganisationKind,
    ProgrammeKind,
)
from metrodesk.data.journal import JournalEntry
from metrodesk.data.journal_codec import encode_created
from metrodesk.data.journaling import journaled_columns, to_json
from metrodesk.data.models import (
    ActionItem,
    Affiliation,
    CentreContact,
    CityStatusChange,
    Contact,
    ContactEmail,
    ContactPhone,
    Decision,
    Event,
    FocalPoint,
    Meeting,
    MeetingCity,
    MeetingEvent,
    MeetingOrganisation,
    MeetingParticipant,
    MeetingProgramme,
    MemberCity,
    MembershipFee,
    Organisation,
    Programme,
    Quote,
    TrainingCentre,
)
from metrodesk.i18n import QT_TR_NOOP, data_size, number, tr
from metrodesk.services.errors import ServiceError
from metrodesk.services.records.crud import contact_sort_key
from metrodesk.services.sample.names import DEFAULT_SEED, ContactGenerator, SyntheticContact

#: the organisation whose presence means the sample data is already there
SECRETARIAT = "Metropolis Secretariat General"
ACTION_NAME = QT_TR_NOOP("Load sample data")
#: synthetic contacts written per bulk insert; progress is reported between chunks
CHUNK = 5_000

#: the Metropolis regions (one regional secretary each)
REGIONS = ("Africa", "Asia-Pacific", "Europe", "Latin America and the Caribbean", "North America")

SEOUL_NEWS = (
    "Source: Metropolis news “Strengthening capacities: Seoul and training at the heart of "
    "Metropolis's new strategic guidelines”, 14/11/2016."
)
ACTION_PLAN_NEWS = (
    "Source: Metropolis news “First steps towards the Metropolis Action Plan 2021-2023”, "
    "04/12/2019."
)

FAMILY_FIRST = NameOrder.FAMILY_FIRST.value
GIVEN_FIRST = NameOrder.GIVEN_FIRST.value

Progress = Callable[[int, int], bool]
R = TypeVar("R", bound=Record)


#: the most synthetic contacts `demo` makes: the benchmark's largest population
MAX_SIZE = 1_000_000
#: disk a synthetic contact takes while the demo is written: ~8.5 KB in the file (the
#: contact, its e-mail and phone, their journal and search entries) and as much again in the
#: write-ahead log, which holds the whole action until it is checked into the file
BYTES_PER_CONTACT = 18_000
#: the sample data itself, its log, and room to spare
BASE_BYTES = 32 * 1024 * 1024


def check_room(database: Path, size: int) -> None:
    """Refuse, before anything is written, a size past MAX_SIZE or one the disk holding
    `database` has no room for (a demo that fills the disk helps nobody)."""
    if size < 0:
        raise ServiceError(tr("the number of synthetic contacts cannot be negative"))
    if size > MAX_SIZE:
        raise ServiceError(
            tr("at most {limit} synthetic contacts (asked: {size})").format(
                limit=number(MAX_SIZE), size=number(size)
            )
        )
    folder = Path(database).expanduser().absolute().parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    need, free = BASE_BYTES + size * BYTES_PER_CONTACT, shutil.disk_usage(folder).free
    if need > free:
        raise ServiceError(
            tr(
                "{size} synthetic contacts need about {need} free on the disk of {folder}; "
                "{free} are free"
            ).format(size=number(size), need=data_size(need), folder=folder, free=data_size(free))
        )


def load_demo(db: Database, size: int = 0, progress: Progress | None = None) -> None:
    """Write the seed texts' records plus `size` synthetic contacts, as one user action.

    `progress(done, total)` is called with the number of synthetic contacts written so far;
    returning False cancels: ServiceError("cancelled") is raised and nothing is written.
    """
    check_room(db.path, size)
    if progress is not None and not progress(0, size):
        raise ServiceError(tr("cancelled"))
    with db.action(ACTION_NAME) as s:
        present = s.scalar(select(Organisation.id).where(Organisation.name == SECRETARIAT))
        if present is not None:
            raise ServiceError(tr("this database already holds the sample data"))
        _Seed(s).load()
        s.flush()
        if size:
            _load_synthetic(db, s, size, progress)


# --- the seed texts ---------------------------------------------------------------------------


class _Seed:
    """Builds the seed records in one session; every record gets its id up front so that
    link rows can name it."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.org: dict[str, Organisation] = {}
        self.person: dict[str, Contact] = {}
        self.city: dict[str, MemberCity] = {}
        self.programme: dict[str, Programme] = {}

    def add(self, rec: R) -> R:
        if rec.id is None:
            rec.id = uuid.uuid4()
        self.s.add(rec)
        return rec

    def load(self) -> None:
        # flushed in stages: rows that link by id alone (no relationship) must find their
        # targets already inserted, as the unit of work orders inserts by relationships only
        self.regions()
        self.organisations()
        self.s.flush()
        self.people()
        self.s.flush()
        self.member_cities()
        self.programmes()
        self.training_network()
        event = self.congress()
        self.s.flush()
        self.seoul_meeting()
        self.strategic_meeting(event)

    # regions, organisations, people -------------------------------------------------------

    def regions(self) -> None:
        existing = set(self.s.scalars(select(Region.name)))
        for position, name in enumerate(REGIONS):
            if name not in existing:
                self.add(Region(name=name, position=position))

    def organisations(self) -> None:
        rows: list[tuple[str, str, str, str, str, str, str, str]] = [
            # key, name, local name, kind, city, country, website, notes
            ("metropolis", SECRETARIAT, "", OrganisationKind.NETWORK, "Barcelona", "ES",
             "https://www.metropolis.org",
             "Secretariat General of Metropolis, the World Association of the Major "
             "Metropolises, founded in 1985."),
            ("seoul", "Metropolitan Government of Seoul", "서울특별시",
             OrganisationKind.CITY_GOVERNMENT, "Seoul", "KR", "",
             "Also called the Seoul Metropolitan Government. " + SEOUL_NEWS),
            ("shrdc", "Seoul Human Resource Development Center (SHRDC)", "",
             OrganisationKind.TRAINING_INSTITUTE, "Seoul", "KR", "",
             "The Training Institute in Seoul that hosts the headquarters of the Metropolis "
             "International Training Institute. " + SEOUL_NEWS),
            ("barefoot", "The Barefoot Facilitator", "", OrganisationKind.COMPANY, "", "", "",
             "Founded by Rehana Moosajee. " + ACTION_PLAN_NEWS),
            ("institut", "L'Institut Paris Region", "", OrganisationKind.PARTNER, "Paris", "FR",
             "https://www.institutparisregion.fr", ACTION_PLAN_NEWS),
            ("award", "Guangzhou International Award for Urban Innovation", "",
             OrganisationKind.PARTNER, "Guangzhou", "CN", "", ACTION_PLAN_NEWS),
            ("dakar", "City of Dakar", "Ville de Dakar", OrganisationKind.CITY_GOVERNMENT,
             "Dakar", "SN", "",
             "Seat of the Metropolis Regional Secretariat for Africa. " + ACTION_PLAN_NEWS),
            ("barcelona", "Barcelona City Council", "Ajuntament de Barcelona",
             OrganisationKind.CITY_GOVERNMENT, "Barcelona", "ES", "", ""),
            ("berlin", "Berlin Senate", "Senat von Berlin", OrganisationKind.CITY_GOVERNMENT,
             "Berlin", "DE", "", "Developed the Metropolis Policy Transfer platform."),
            ("guangzhou", "Guangzhou Municipal People's Government", "广州市人民政府",
             OrganisationKind.CITY_GOVERNMENT, "Guangzhou", "CN", "",
             "Host city of the 13th Metropolis World Congress."),
            ("cairo", "Cairo Governorate", "محافظة القاهرة", OrganisationKind.CITY_GOVERNMENT,
             "Cairo", "EG", "", "Host of the Cairo training satellite (sample)."),
            ("mashhad", "Mashhad Municipality", "شهرداری مشهد",
             OrganisationKind.CITY_GOVERNMENT, "Mashhad", "IR", "",
             "Host of the Mashhad training satellite (sample)."),
            ("mexico", "Government of Mexico City", "Gobierno de la Ciudad de México",
             OrganisationKind.CITY_GOVERNMENT, "Mexico City", "MX", "",
             "Host of the Mexico City training satellite (sample)."),
            ("paris", "Île-de-France Region", "Région Île-de-France",
             OrganisationKind.CITY_GOVERNMENT, "Paris", "FR", "",
             "Represents Paris in Metropolis; host of the Paris training satellite (sample)."),
        ]  # fmt: skip
        for key, name, local, kind, city, country, website, notes in rows:
            self.org[key] = self.add(
                Organisation(
                    name=name,
                    local_name=local,
                    org_kind=str(kind),
                    city=city,
                    country=country,
                    website=website,
                    notes=notes,
                )
            )

    def _contact(
        self,
        key: str,
        honorific: str,
        given: str,
        family: str,
        job_title: str,
        *,
        order: str = GIVEN_FIRST,
        language: str = "",
        city: str = "",
        country: str = "",
        email: str = "",
        notes: str = "",
        roles: tuple[tuple[str, str], ...] = (),
    ) -> Contact:
        c = self.add(
            Contact(
                honorific=honorific,
                given_name=given,
                family_name=family,
                name_order=order,
                job_title=job_title,
                language=language,
                city=city,
                country=country,
                tags=[],
                notes=notes,
                sort_key=contact_sort_key(family, given),
            )
        )
        if email:
            self.add(ContactEmail(contact=c, address=email, label="work", position=0))
        for org_key, role in roles:
            self.add(Affiliation(contact=c, organisation=self.org[org_key], role=role))
        self.person[key] = c
        return c

    def people(self) -> None:
        self._contact(
            "octavi", "Mr", "Octavi", "de la Varga Mas", "Executive Director",
            language="ca", city="Barcelona", country="ES",
            notes="Executive director of Metropolis. Preferred language: (sample).\n"
            + SEOUL_NEWS,
            roles=(("metropolis", "Executive Director"),),
        )  # fmt: skip
        self._contact(
            "agnes", "Ms", "Agnès", "Bickart",
            "Manager of International Relations and Training",
            language="fr", city="Barcelona", country="ES", email="abickart@metropolis.org",
            notes="Contact for the Metropolis training programme.\n" + SEOUL_NEWS,
            roles=(("metropolis", "Manager of International Relations and Training"),),
        )  # fmt: skip
        self._contact(
            "kim", "Mr", "Chang-Beom", "Kim",
            "Representative of the Office of the Mayor of Seoul",
            order=FAMILY_FIRST, language="ko", city="Seoul", country="KR",
            notes=SEOUL_NEWS,
            roles=(("seoul", "Representative of the Office of the Mayor"),),
        )  # fmt: skip
        self._contact(
            "park", "Mr", "", "Park", "Mayor of Seoul",
            order=FAMILY_FIRST, language="ko", city="Seoul", country="KR",
            notes="The seed text names him only as “Mr Park”.\n" + SEOUL_NEWS,
            roles=(("seoul", "Mayor"),),
        )  # fmt: skip
        self._contact(
            "won", "Mr", "", "Won", "Director of the Training Institute (SHRDC)",
            order=FAMILY_FIRST, language="ko", city="Seoul", country="KR",
            notes="The seed text names him only as “Mr Won”.\n" + SEOUL_NEWS,
            roles=(("shrdc", "Director"),),
        )  # fmt: skip
        self._contact(
            "rehana", "Ms", "Rehana", "Moosajee", "Founder, The Barefoot Facilitator",
            language="en",
            notes="Facilitated the strategic meeting of 26-27 November 2019.\n"
            + ACTION_PLAN_NEWS,
            roles=(("barefoot", "Founder"),),
        )  # fmt: skip
        self._contact(
            "eric", "Mr", "Eric", "Huybrechts",
            "Architect & urban/regional planner, in charge of International and European "
            "affairs",
            language="fr", city="Paris", country="FR",
            notes="Presented the global context of metropolisation and the key challenges of "
            "metropolitan planning (26 November 2019).\n" + ACTION_PLAN_NEWS,
            roles=(("institut", "In charge of International and European affairs"),),
        )  # fmt: skip
        self._contact(
            "nicholas", "Mr", "Nicholas", "You",
            "Advisor for Guangzhou International Award for Urban Innovation",
            language="en", notes=ACTION_PLAN_NEWS,
            roles=(("award", "Advisor"),),
        )  # fmt: skip
        self._contact(
            "rahmatouca", "Ms", "Rahmatouca", "Sow",
            "Chief Deputy of Cabinet of the Mayor of Dakar; Metropolis Regional Secretary for "
            "Africa",
            language="fr", city="Dakar", country="SN", notes=ACTION_PLAN_NEWS,
            roles=(
                ("dakar", "Chief Deputy of Cabinet of the Mayor"),
                ("metropolis", "Metropolis Regional Secretary for Africa"),
            ),
        )  # fmt: skip

    # member cities ------------------------------------------------------------------------

    def member_cities(self) -> None:
        rows: list[tuple[str, str, str, str, str, int, int, str]] = [
            # key, name, local name, country, region, member since, population, notes
            ("seoul", "Seoul", "서울", "KR", "Asia-Pacific", 1987, 9_700_000,
             "Hosts the headquarters of the Metropolis International Training Institute."),
            ("barcelona", "Barcelona", "Barcelona", "ES", "Europe", 1985, 1_620_000,
             "Seat of the Metropolis Secretariat General."),
            ("berlin", "Berlin", "Berlin", "DE", "Europe", 1987, 3_650_000,
             "Developed the Policy Transfer platform."),
            ("guangzhou", "Guangzhou", "广州", "CN", "Asia-Pacific", 1993, 18_700_000,
             "Host city of the 13th Metropolis World Congress (27-30 October 2020)."),
            ("dakar", "Dakar", "Dakar", "SN", "Africa", 1991, 1_150_000,
             "Metropolis Regional Secretariat for Africa."),
            ("cairo", "Cairo", "القاهرة", "EG", "Africa", 1987, 10_000_000,
             "Hosts a training satellite of the Metropolis International Training Institute."),
            ("mashhad", "Mashhad", "مشهد", "IR", "Asia-Pacific", 2004, 3_300_000,
             "Hosts a training satellite of the Metropolis International Training Institute."),
            ("mexico", "Mexico City", "Ciudad de México", "MX", "North America", 1985,
             9_200_000,
             "Hosts a training satellite of the Metropolis International Training Institute."),
            ("paris", "Paris", "Paris", "FR", "Europe", 1985, 12_200_000,
             "Member through the Île-de-France Region (population of the region). Hosts a "
             "training satellite of the Metropolis International Training Institute."),
        ]  # fmt: skip
        for index, (key, name, local, country, region, since, population, notes) in enumerate(rows):
            city = self.add(
                MemberCity(
                    name=name,
                    local_name=local,
                    country=country,
                    region=region,
                    status=MembershipStatus.ACTIVE.value,
                    member_since=since,
                    category="full member",
                    population=population,
                    lead_organisation_id=self.org[key].id,
                    notes=notes + "\nMember-since year, category, population, status history "
                    "and fees: (sample).",
                )
            )
            self.city[key] = city
            if key == "mashhad":
                self.add(
                    CityStatusChange(
                        city_id=city.id,
                        status=MembershipStatus.CANDIDATE.value,
                        changed_on=date(since - 1, 9, 15),
                        note="Application received (sample)",
                    )
                )
            self.add(
                CityStatusChange(
                    city_id=city.id,
                    status=MembershipStatus.ACTIVE.value,
                    changed_on=date(since, 1, 1),
                    note="Admitted as a member (sample)",
                )
            )
            self._fees(city, index, population)
        self.add(
            FocalPoint(
                city_id=self.city["seoul"].id,
                contact_id=self.person["kim"].id,
                role="focal point (office of the Mayor)",
                start_date=date(2016, 11, 4),
            )
        )
        self.add(
            FocalPoint(
                city_id=self.city["dakar"].id,
                contact_id=self.person["rahmatouca"].id,
                role="Metropolis Regional Secretary for Africa",
            )
        )

    def _fees(self, city: MemberCity, index: int, population: int) -> None:
        amount = Decimal(8000 if population < 3_000_000 else 12000 if population < 10**7 else 16000)
        for year in (2018, 2019, 2020):
            invoiced = date(year, 1, 31)
            unpaid = year == 2020 and index % 4 == 1
            paid = None if unpaid else date(year, 3 + index % 3, 10 + index)
            self.add(
                MembershipFee(
                    city_id=city.id,
                    year=year,
                    amount=amount,
                    currency="EUR",
                    invoiced_on=invoiced,
                    paid_on=paid,
                )
            )

    # programmes and the training network ---------------------------------------------------

    def programmes(self) -> None:
        metropolis = self.org["metropolis"].id
        rows: list[tuple[str, str, ProgrammeKind, int | None, int | None, uuid.UUID | None, str]]
        rows = [
            ("training", "Metropolis training programme", ProgrammeKind.TRAINING, None, None,
             metropolis,
             "Strengthens the competencies of city managers, political leaders, heads of policy "
             "and employees of city administrations; run in conjunction with the Training "
             "Institute in Seoul and its four satellites in Cairo, Mashhad, Mexico City and "
             "Paris."),
            ("policy", "Policy Transfer platform", ProgrammeKind.PLATFORM, None, None,
             self.org["berlin"].id, "Developed by Berlin."),
            ("managers", "City Managers community", ProgrammeKind.COMMUNITY, None, None,
             metropolis,
             "A space of exchanges of experiences and knowledge among the city managers "
             "belonging to Metropolis."),
            ("ap2018", "Action Plan 2018-2020", ProgrammeKind.ACTION_PLAN, 2018, 2020,
             metropolis,
             "Metropolis Action Plan 2018-2020: gender mainstreaming, Metropolis congresses, "
             "pilot projects, urban innovation, research & knowledge, learning & training."),
            ("ap2021", "Action Plan 2021-2023", ProgrammeKind.ACTION_PLAN, 2021, 2023,
             metropolis,
             "Metropolis Action Plan 2021-2023, to be presented to the members' General "
             "Assembly at the 13th Metropolis World Congress in Guangzhou."),
            ("nua", "New Urban Agenda", ProgrammeKind.INITIATIVE, None, None, None,
             "Metropolis plays an important role in its launch; strengthening capacities is at "
             "its forefront."),
            ("sdgs", "Sustainable Development Goals", ProgrammeKind.INITIATIVE, None, None, None,
             "The SDGs."),
        ]  # fmt: skip
        for key, name, kind, start, end, lead, description in rows:
            self.programme[key] = self.add(
                Programme(
                    name=name,
                    programme_kind=kind.value,
                    start_year=start,
                    end_year=end,
                    lead_organisation_id=lead,
                    description=description,
                )
            )

    def training_network(self) -> None:
        hq = self.add(
            TrainingCentre(
                name="Metropolis International Training Institute",
                role=CentreRole.HEADQUARTERS.value,
                host_organisation_id=self.org["shrdc"].id,
                city="Seoul",
                country="KR",
                status="active",
                notes="Headquarters of the institute, at the Seoul Human Resource Development "
                "Center (SHRDC).\n" + SEOUL_NEWS,
            )
        )
        self.add(CentreContact(centre=hq, contact=self.person["won"], role="Director, SHRDC"))
        self.add(CentreContact(centre=hq, contact=self.person["agnes"], role="Metropolis training"))
        for key, city, country in (
            ("cairo", "Cairo", "EG"),
            ("mashhad", "Mashhad", "IR"),
            ("mexico", "Mexico City", "MX"),
            ("paris", "Paris", "FR"),
        ):
            satellite = self.add(
                TrainingCentre(
                    name=f"{city} training satellite",
                    role=CentreRole.SATELLITE.value,
                    host_organisation_id=self.org[key].id,
                    city=city,
                    country=country,
                    status="active",
                    notes="One of the four training satellites of the Metropolis International "
                    "Training Institute. Host institution: (sample), the seed texts do not "
                    "name it.\n" + SEOUL_NEWS,
                )
            )
            self.add(
                CentreContact(
                    centre=satellite, contact=self.person["agnes"], role="Metropolis training"
                )
            )

    def congress(self) -> Event:
        return self.add(
            Event(
                name="13th Metropolis World Congress",
                event_kind="congress",
                city="Guangzhou",
                country="CN",
                start_date=date(2020, 10, 27),
                end_date=date(2020, 10, 30),
                notes="The past three years are assessed and the new Action Plan 2021-2023 is "
                "presented to the approval of the members' General Assembly.\n" + ACTION_PLAN_NEWS,
            )
        )

    # meetings ------------------------------------------------------------------------------

    def _link(
        self,
        meeting: Meeting,
        participants: tuple[tuple[str, str], ...],
        cities: tuple[str, ...],
        organisations: tuple[str, ...],
        programmes: tuple[str, ...],
        decisions: tuple[str, ...],
    ) -> None:
        for person, role in participants:
            self.add(MeetingParticipant(meeting=meeting, contact=self.person[person], role=role))
        for key in cities:
            self.add(MeetingCity(meeting_id=meeting.id, city_id=self.city[key].id))
        for key in organisations:
            self.add(MeetingOrganisation(meeting_id=meeting.id, organisation_id=self.org[key].id))
        for key in programmes:
            self.add(MeetingProgramme(meeting_id=meeting.id, programme_id=self.programme[key].id))
        for position, text in enumerate(decisions):
            self.add(Decision(meeting=meeting, text=text, position=position))

    def _action(self, meeting: Meeting, description: str, owner: str, due: date) -> None:
        self.add(
            ActionItem(
                description=description,
                meeting=meeting,
                owner=self.person[owner],
                due_on=due,
                status=ActionStatus.OPEN.value,
            )
        )

    def seoul_meeting(self) -> None:
        m = self.add(
            Meeting(
                title="Official meeting with the Seoul Metropolitan Government on training",
                meeting_kind=MeetingKind.BILATERAL.value,
                starts_at=datetime(2016, 11, 4, 10, 0),
                city="Seoul",
                country="KR",
                other_attendees=0,
                agenda="\n".join(
                    [
                        "1. The role of Metropolis in the launch of the New Urban Agenda (NUA) "
                        "and the Sustainable Development Goals",
                        "2. Metropolis' expectations of the training programme",
                        "3. The role of the headquarters of the Metropolis International "
                        "Training Institute and of its four training satellites in Cairo, "
                        "Mashhad, Mexico City and Paris",
                        "4. Tools for strengthening capacities: the training programme, the "
                        "Policy Transfer platform, the City Managers community",
                    ]
                ),
                notes_html=SEOUL_NOTES,
                tags=["New Urban Agenda", "SDGs", "Training"],
            )
        )
        self._link(
            m,
            participants=(
                ("octavi", "Executive Director, Metropolis"),
                ("agnes", "Manager of international relations and training, Metropolis"),
                ("kim", "Representative of the office of the Mayor of Seoul"),
                ("won", "Director, Training Institute (SHRDC)"),
            ),
            cities=("seoul",),
            organisations=("metropolis", "seoul", "shrdc"),
            programmes=("training", "policy", "managers", "ap2018", "nua", "sdgs"),
            decisions=(
                "Strengthening capacities is at the heart of Metropolis's new strategic "
                "guidelines, in line with the New Urban Agenda.",
                "The training programme (with the Training Institute in Seoul and its four "
                "satellites), the Policy Transfer platform and the City Managers community will "
                "work in a more integrated and coordinated fashion in the Metropolis action plan "
                "2018-2020.",
            ),
        )
        self._action(
            m,
            "Share Metropolis' expectations of the training programme with the Metropolis "
            "International Training Institute in Seoul and its four satellites in Cairo, "
            "Mashhad, Mexico City and Paris",
            "agnes",
            date(2016, 12, 16),
        )
        self._action(
            m,
            "Integrate the training programme, the Policy Transfer platform and the City "
            "Managers community in the Metropolis Action Plan 2018-2020",
            "octavi",
            date(2017, 6, 30),
        )

    def strategic_meeting(self, congress: Event) -> None:
        m = self.add(
            Meeting(
                title="Strategic meeting: first steps towards the Metropolis Action Plan 2021-2023",
                meeting_kind=MeetingKind.STRATEGIC.value,
                starts_at=datetime(2019, 11, 26, 9, 0),
                ends_at=datetime(2019, 11, 27, 17, 0),
                city="Barcelona",
                country="ES",
                organiser_id=self.org["metropolis"].id,
                facilitator_id=self.person["rehana"].id,
                # 39 people in all; six of them are named participants below
                other_attendees=STRATEGIC_MEETING_PEOPLE - 6,
                agenda="\n".join(
                    [
                        "Day 1 (26 November)",
                        "1. Insights on metropolitan planning: the global context of "
                        "metropolisation and the key challenges of metropolitan planning "
                        "(Eric Huybrechts, L'Institut Paris Region)",
                        "2. Metropolis Market Place: the activities of the 2018-2020 Action "
                        "Plan presented as market stalls (Secretariat General team)",
                        "3. Participatory activities: the evolution of Metropolis since its "
                        "foundation in 1985, and its position among local government networks "
                        "and global institutions",
                        "4. Fishbowl conversation",
                        "Day 2 (27 November)",
                        "5. Simultaneous small group meetings: wrap-up of the insights and "
                        "strategic focus areas for 2021-2023",
                    ]
                ),
                notes_html=STRATEGIC_NOTES,
                tags=sorted(
                    [
                        "Action Plan 2018-2020",
                        "Action Plan 2021-2023",
                        "Metropolitan governance",
                        "Metropolitan planning",
                        "World Congress",
                    ]
                ),
            )
        )
        self._link(
            m,
            participants=(
                ("rehana", "facilitator"),
                ("eric", "presenter"),
                ("nicholas", "speaker"),
                ("rahmatouca", "speaker"),
                ("octavi", "Secretariat General staff"),
                ("agnes", "Secretariat General staff"),
            ),
            cities=("barcelona", "dakar"),
            organisations=("metropolis", "barefoot", "institut", "award", "dakar"),
            programmes=("ap2018", "ap2021"),
            decisions=(
                "Strategic focus areas for Metropolis from 2021 to 2023 were concluded in small "
                "groups: the key thematic issues of the association, a possible re-orientation "
                "and clustering of core focus areas, the balance between technical and "
                "political orientations, and the skills and competencies the Secretariat "
                "General team needs.",
                "The Secretariat General drafts the Metropolis Action Plan 2021-2023 in the "
                "coming months.",
                "The draft Action Plan 2021-2023 is presented to the approval of the members' "
                "General Assembly at the 13th Metropolis World Congress in Guangzhou "
                "(27-30 October 2020).",
            ),
        )
        self.add(MeetingEvent(meeting_id=m.id, event_id=congress.id))
        self.add(Quote(meeting=m, contact_id=self.person["nicholas"].id, text=QUOTE_YOU))
        self.add(Quote(meeting=m, contact_id=self.person["rahmatouca"].id, text=QUOTE_SOW))
        self._action(m, "Draft the Metropolis Action Plan 2021-2023", "octavi", date(2020, 6, 30))
        self._action(
            m,
            "Present the Action Plan 2021-2023 to the General Assembly at the 13th World "
            "Congress in Guangzhou",
            "octavi",
            date(2020, 10, 27),
        )


STRATEGIC_MEETING_PEOPLE = 39

QUOTE_YOU = (
    "The wealth of Metropolis is the diversity of its membership and all the different urban "
    "realities they experience, which are a tool to learn from each other’s experiences."
)
QUOTE_SOW = (
    "There are a lot of territories that are looking for answers about how to develop "
    "metropolitan governance. Metropolis has to be a global hub on these issues and be able to "
    "provide answers with a regional approach."
)

SEOUL_NOTES = """\
<p>The executive director of Metropolis, Octavi de la Varga Mas, and the manager of \
international relations and training, Agnès Bickart, met Mr Chang-Beom KIM, the representative \
of the office of the Mayor of Seoul, Mr Park, and Mr Won, the director of the Training \
Institute (SHRDC) in Seoul.</p>
<p><b>Discussed:</b> the important role Metropolis is going to play in the launch of the New \
Urban Agenda (NUA) and of the Sustainable Development Goals. Strengthening capacities is at the \
forefront of the NUA.</p>
<p><b>Purpose:</b> to share with the Metropolitan Government of Seoul Metropolis' expectations \
of the training programme, and the role of the headquarters of the Metropolis International \
Training Institute and of its four training satellites in Cairo, Mashhad, Mexico City and \
Paris.</p>
<p>With ever-present urban growth and the need to improve the competencies of city managers, \
political leaders, heads of policy and employees of city administrations, the training \
programme is more relevant than ever: a tool for decision-making, planning and management of \
large cities.</p>
<p><b>Tools for strengthening capacities:</b></p>
<ul>
<li>the training programme, with the Training Institute in Seoul and its four satellites;</li>
<li>the Policy Transfer platform developed by Berlin;</li>
<li>the City Managers community, where the city managers of Metropolis members exchange \
experiences and knowledge.</li>
</ul>
<p>These three instruments will work in a more integrated and coordinated fashion in the \
forthcoming Metropolis action plan 2018-2020.</p>
<p>Contact for the training programme: Agnès Bickart, abickart@metropolis.org.</p>
<p><i>The time of day and the follow-up due dates are sample data.</i></p>
"""

STRATEGIC_NOTES = """\
<p>Strategic meeting convened by the Secretariat General in Barcelona on 26 and 27 November \
2019, in view of the next Metropolis World Congress, where the past three years are assessed \
and the new Action Plan is launched. 39 people took part: Secretariat General staff, \
representatives from 12 Metropolis members, partners and collaborators. Facilitated by Rehana \
Moosajee, founder of The Barefoot Facilitator.</p>
<p><b>Aim:</b> reflect on the achievements of the 2018-2020 Action Plan, and discuss new global \
trends, discourse and deliverables for the next Metropolis Action Plan (2021-2023).</p>
<p><b>Metropolitan planning.</b> Eric Huybrechts (L'Institut Paris Region) presented the global \
context of metropolisation and the key challenges of metropolitan planning: with urban sprawl, \
metropolitan spaces grow in number, size and diversity.</p>
<p><b>Metropolis Market Place.</b> The Secretariat General team presented the activities of the \
2018-2020 Action Plan as market stalls, to the other participants as potential buyers: gender \
mainstreaming, Metropolis congresses, pilot projects, urban innovation, research &amp; \
knowledge, learning &amp; training.</p>
<p><b>Participatory activities</b> on the evolution of Metropolis since its foundation in 1985 \
and its position in the ecosystem of local government networks and global institutions, and a \
<b>fishbowl conversation</b>.</p>
<p><b>Small group meetings</b> wrapped up the insights of the two days into strategic focus \
areas for 2021-2023: the key thematic issues, a possible re-orientation and clustering of core \
focus areas, the balance between technical and political orientations, and the skills and \
competencies of the Secretariat General team.</p>
<p><b>Next:</b> the Secretariat General drafts the Metropolis Action Plan 2021-2023, to be \
presented to the approval of the members' General Assembly at the 13th Metropolis World \
Congress, Guangzhou, 27-30 October 2020.</p>
<p><i>The end time and the follow-up due dates are sample data.</i></p>
"""


# --- synthetic contacts ---------------------------------------------------------------------


class TimeOrderedIds:
    """Version-7 UUIDs (RFC 9562): a millisecond timestamp, a counter, then 62 random bits.

    Unique across machines for every practical purpose (62 random bits within each millisecond
    and counter value), and each one sorts after the previous one, so that 100,000 bulk-inserted
    records append to the indexes on their ids (and to the journal's record index) instead of
    landing on a random page each: about a fifth less time than with version 4.
    """

    def __init__(self) -> None:
        self._ms = 0
        self._seq = 0
        self._random: list[int] = []

    def next(self) -> uuid.UUID:
        ms = time.time_ns() // 1_000_000
        if ms > self._ms:
            self._ms, self._seq = ms, 0
        else:
            self._seq += 1
            if self._seq > 0xFFF:
                self._ms, self._seq = self._ms + 1, 0
        if not self._random:
            pool = os.urandom(8 * 4096)
            self._random = [int.from_bytes(pool[i : i + 8]) for i in range(0, len(pool), 8)]
        tail = self._random.pop() & ((1 << 62) - 1)
        return uuid.UUID(int=(self._ms << 80) | (7 << 76) | (self._seq << 64) | (2 << 62) | tail)


def _load_synthetic(db: Database, s: Session, size: int, progress: Progress | None) -> None:
    """Bulk-insert `size` generated contacts with one e-mail and one phone each, their journal
    entries (one per record holding its fields, exactly as the ORM's flush writes them) and
    their search documents, `CHUNK` contacts at a time."""
    conn = s.connection()
    action_ref: int = s.info["action_ref"]
    author, clock = db.author, db.clock
    tables = (Contact, ContactEmail, ContactPhone)
    fields = {cls: [k for k in journaled_columns(cls) if k != "id"] for cls in tables}
    # the journal skips SQLAlchemy's per-row parameter processing: it is half the volume
    journal_sql = (
        f"INSERT INTO {JournalEntry.__tablename__} "
        "(action_ref, hlc, record_kind, record_id, op, data) VALUES (?, ?, ?, ?, 'create', ?)"
    )
    generator = ContactGenerator(DEFAULT_SEED)
    ids = TimeOrderedIds()
    sort_keys: dict[tuple[str, str], str] = {}
    done = 0
    while done < size:
        batch = generator.take(min(CHUNK, size - done))
        now = utcnow()
        stamp = {"created_at": now, "updated_at": now, "created_by": author, "updated_by": author}
        rows: dict[type[Record], list[dict[str, Any]]] = {cls: [] for cls in tables}
        journal: list[tuple[Any, ...]] = []
        docs: list[tuple[str, str, str, str]] = []
        for person in batch:
            family_given = (person.family_name, person.given_name)
            sort_key = sort_keys.get(family_given)
            if sort_key is None:
                sort_key = sort_keys[family_given] = contact_sort_key(*family_given)
            contact, email, phone = _rows(person, ids, sort_key, stamp)
            for cls, row in ((Contact, contact), (ContactEmail, email), (ContactPhone, phone)):
                rows[cls].append(row)
                values = {key: to_json(row[key]) for key in fields[cls]}
                journal.append(
                    (action_ref, clock.now(), cls.kind, row["id"].bytes, encode_created(values))
                )
            words = [person.given_name, person.family_name, person.job_title, person.city]
            body = " ".join([*words, person.email])
            docs.append((Contact.kind, contact["id"].hex, person.display_name, body))
        for cls in tables:
            conn.execute(insert(cls.__table__), rows[cls])  # type: ignore[arg-type]
        conn.exec_driver_sql(journal_sql, journal)
        search_index.write_documents(conn, docs)
        done += len(batch)
        if progress is not None and not progress(done, size):
            raise ServiceError(tr("cancelled"))


def _rows(
    p: SyntheticContact, ids: TimeOrderedIds, sort_key: str, stamp: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    cid = ids.next()
    contact = {
        "id": cid,
        "honorific": p.honorific,
        "given_name": p.given_name,
        "family_name": p.family_name,
        "name_order": p.name_order,
        "job_title": p.job_title,
        "language": p.language,
        "city": p.city,
        "country": p.country,
        "tags": [],
        "notes": "",
        "sort_key": sort_key,
        "deleted_at": None,
        **stamp,
    }
    common = {"contact_id": cid, "position": 0, "deleted_at": None, **stamp}
    email = {"id": ids.next(), "address": p.email, "label": "work", **common}
    phone = {"id": ids.next(), "number": p.phone, "label": "mobile", **common}
    return contact, email, phone
