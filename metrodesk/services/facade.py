"""`Services`: everything the GUI and the CLI may ask of a database, behind one object."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, select

from metrodesk.data.database import Database
from metrodesk.data.models import Contact, MemberCity, Organisation
from metrodesk.services.lists.global_search import Search
from metrodesk.services.lists.paging import Lists
from metrodesk.services.lists.source import ListSource, SectionList
from metrodesk.services.meetings.action_items import Actions
from metrodesk.services.meetings.meeting import Meetings
from metrodesk.services.records.crud import Records
from metrodesk.services.records.drafts import Drafts
from metrodesk.services.records.history import History
from metrodesk.services.records.trash import Trash
from metrodesk.services.reports.dashboard import Dashboard

# The services no start needs (editors, reports, duplicates, vCards, imports) are made, and
# their modules imported, when first asked for: the window shows sooner (README, benchmark).
if TYPE_CHECKING:
    from metrodesk.services.cities.membership import Cities
    from metrodesk.services.contacts.details import ContactDetailsService
    from metrodesk.services.contacts.duplicates import Duplicates
    from metrodesk.services.contacts.interactions import Interactions
    from metrodesk.services.contacts.mailing import Mailing
    from metrodesk.services.contacts.merge import Merge
    from metrodesk.services.contacts.vcard import VCards
    from metrodesk.services.exports.steps import Exports
    from metrodesk.services.imports.steps import Imports
    from metrodesk.services.lists.views import Views
    from metrodesk.services.meetings.attachments import Attachments
    from metrodesk.services.meetings.calendar import CalendarExport
    from metrodesk.services.privacy.personal_data import PersonalData
    from metrodesk.services.privacy.protection import Protection
    from metrodesk.services.records.bulk import Bulk
    from metrodesk.services.records.changes import ChangeLog
    from metrodesk.services.reports.figures import Reports
    from metrodesk.services.reports.reminders import Reminders
    from metrodesk.services.sync.service import Sync
    from metrodesk.services.training.network import Training


def _refresh_inbox(conn: Connection, written: set[tuple[str, uuid.UUID]]) -> None:
    """After each local action: conflicts it settled leave the inbox (a probe when empty)."""
    if conn.exec_driver_sql("SELECT 1 FROM sync_conflict LIMIT 1").first() is None:
        return
    from metrodesk.services.sync.apply import refresh_inbox

    refresh_inbox(conn, written)


class Services:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.records = Records(db)
        self.lists = Lists(db)
        self.search = Search(db)
        self.history = History(db)
        self.dashboard = Dashboard(db)
        self.meetings = Meetings(db)
        self.actions = Actions(db)
        self.trash = Trash(db, self.records)
        if _refresh_inbox not in db.after_write:
            db.after_write.append(_refresh_inbox)
        self.drafts = Drafts(db)

    @cached_property
    def sync(self) -> Sync:
        from metrodesk.services.sync.service import Sync

        return Sync(self.db)

    @cached_property
    def change_log(self) -> ChangeLog:
        """What writes changed, read from the journal (the views refresh from it)."""
        from metrodesk.services.records.changes import ChangeLog

        return ChangeLog(self.db)

    @cached_property
    def attachments(self) -> Attachments:
        from metrodesk.services.meetings.attachments import Attachments

        return Attachments(self.db)

    @cached_property
    def calendar(self) -> CalendarExport:
        from metrodesk.services.meetings.calendar import CalendarExport

        return CalendarExport(self.meetings)

    @cached_property
    def cities(self) -> Cities:
        from metrodesk.services.cities.membership import Cities

        return Cities(self.db)

    @cached_property
    def training(self) -> Training:
        from metrodesk.services.training.network import Training

        return Training(self.db)

    @cached_property
    def reports(self) -> Reports:
        from metrodesk.services.reports.figures import Reports

        return Reports(self.db)

    @cached_property
    def bulk(self) -> Bulk:
        from metrodesk.services.records.bulk import Bulk

        return Bulk(self.db, self.records, self.actions)

    @cached_property
    def views(self) -> Views:
        from metrodesk.services.lists.views import Views

        return Views(self.db)

    @cached_property
    def reminders(self) -> Reminders:
        from metrodesk.services.reports.reminders import Reminders

        return Reminders(self.db)

    @cached_property
    def duplicates(self) -> Duplicates:
        from metrodesk.services.contacts.duplicates import Duplicates

        return Duplicates(self.db)

    @cached_property
    def merge(self) -> Merge:
        from metrodesk.services.contacts.merge import Merge

        return Merge(self.db)

    @cached_property
    def vcards(self) -> VCards:
        from metrodesk.services.contacts.vcard import VCards

        return VCards(self.db)

    @cached_property
    def contact_details(self) -> ContactDetailsService:
        from metrodesk.services.contacts.details import ContactDetailsService

        return ContactDetailsService(self.db)

    @cached_property
    def exports(self) -> Exports:
        from metrodesk.services.exports.steps import Exports

        return Exports(self.db)

    @cached_property
    def personal_data(self) -> PersonalData:
        from metrodesk.services.privacy.personal_data import PersonalData

        return PersonalData(self.db)

    @cached_property
    def protection(self) -> Protection:
        from metrodesk.services.privacy.protection import Protection

        return Protection(self.db)

    @cached_property
    def interactions(self) -> Interactions:
        from metrodesk.services.contacts.interactions import Interactions

        return Interactions(self.db)

    @cached_property
    def mailing(self) -> Mailing:
        from metrodesk.services.contacts.mailing import Mailing

        return Mailing(self.db)

    @cached_property
    def imports(self) -> Imports:
        from metrodesk.services.imports.steps import Imports

        return Imports(self.db)

    def list_source(self, kind: str) -> ListSource:
        """The list of a section (a record kind), as its table and its export read it."""
        if kind == "meeting":
            return self.meetings.list_source()
        if kind == "action_item":
            return self.actions.list_source()
        return SectionList(self.lists, kind)

    def load_sample(self, progress: Callable[[int, int], bool] | None = None) -> None:
        """The sample data of the seed texts, as one user action; `progress(done, total)`
        returning False stops it with ServiceError("cancelled"), and nothing is written."""
        from metrodesk.services.sample.demo import load_demo

        load_demo(self.db, size=0, progress=progress)

    def warm_phone_formats(self) -> int:
        """Compile the phone formats of the countries the file holds (at start, in the
        background), so that no list pays for it when it first shows their numbers."""
        from metrodesk.services.contacts.phone_formats import warm_phone_formats

        return warm_phone_formats(self.db)

    @classmethod
    def open(cls, path: Path | str) -> Services:
        return cls(Database.open(path))

    @property
    def author(self) -> str:
        """Who this copy writes as (the journal's author): "who on our side" by default."""
        return self.db.author

    @property
    def path(self) -> Path:
        return self.db.path

    def is_empty(self) -> bool:
        """No contacts, organisations or cities yet: the GUI shows its welcome page."""
        with self.db.read() as s:
            for model in (Contact, Organisation, MemberCity):
                live = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
                if s.execute(live).scalar_one():
                    return False
        return True

    def close(self) -> None:
        self.db.close()
