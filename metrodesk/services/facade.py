"""`Services`: everything the GUI and the CLI may ask of a database, behind one object."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from metrodesk.data.database import Database
from metrodesk.data.models import Contact, MemberCity, Organisation
from metrodesk.services.actions import Actions
from metrodesk.services.attachments import Attachments
from metrodesk.services.calendar_export import CalendarExport
from metrodesk.services.cities import Cities
from metrodesk.services.contact_details import ContactDetailsService
from metrodesk.services.dashboard import Dashboard
from metrodesk.services.duplicates import Duplicates
from metrodesk.services.history import History
from metrodesk.services.lists import Lists
from metrodesk.services.meetings import Meetings
from metrodesk.services.merge import Merge
from metrodesk.services.records import Records
from metrodesk.services.reports import Reports
from metrodesk.services.search import Search
from metrodesk.services.training import Training
from metrodesk.services.trash import Trash
from metrodesk.services.vcard import VCards


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
        self.attachments = Attachments(db)
        self.calendar = CalendarExport(self.meetings)
        self.cities = Cities(db)
        self.training = Training(db)
        self.reports = Reports(db)
        self.duplicates = Duplicates(db)
        self.merge = Merge(db)
        self.vcards = VCards(db)
        self.trash = Trash(db, self.records)
        self.contact_details = ContactDetailsService(db)

    @classmethod
    def open(cls, path: Path | str) -> Services:
        return cls(Database.open(path))

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
