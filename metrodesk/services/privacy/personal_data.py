"""The rights of the people on record, as the window asks for them (one entry point)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from metrodesk.data.database import Database
from metrodesk.services.privacy import access, register, retention
from metrodesk.services.privacy.erasure import Erasure, ErasurePlan, ErasureResult, Progress
from metrodesk.services.storage.backups import BackupInfo, list_backups


class PersonalData:
    def __init__(self, db: Database) -> None:
        self.db = db

    def export(self, person_id: uuid.UUID, target: Path) -> str:
        """Write the access workbook; the person's name."""
        return access.write_person_workbook(self.db, person_id, target).name

    def plan_erasure(self, person_id: uuid.UUID) -> ErasurePlan:
        return Erasure(self.db).plan(person_id)

    def erase(self, person_id: uuid.UUID, purge_backups: bool) -> ErasureResult:
        return Erasure(self.db).erase(person_id, purge_backups)

    def review(self, years: int, today: date | None = None) -> list[retention.ReviewRow]:
        return retention.review(self.db, years, today)

    def erase_all(self, people: list[uuid.UUID], progress: Progress | None = None) -> int:
        return retention.erase_all(self.db, people, progress)

    def backups(self) -> list[BackupInfo]:
        """Backups made before now: they still hold whatever an erasure removes."""
        return list_backups(self.db.path)

    def register(self) -> list[register.RegisterEntry]:
        return register.entries(self.db)

    def export_register(self, target: Path) -> int:
        return register.export_register(self.db, target)
