"""`Services.cities`: member cities, their membership status with its dated history, focal
points, yearly fees and the editable list of Metropolis regions, as one object assembled from
the modules beside this one. Every write is one user action (one undo step)."""

from __future__ import annotations

from metrodesk.data.database import Database
from metrodesk.services.cities.detail import CityReads
from metrodesk.services.cities.fees import Fees
from metrodesk.services.cities.focal_points import FocalPoints
from metrodesk.services.cities.regions import Regions
from metrodesk.services.cities.status import StatusChanges


class Cities(CityReads, StatusChanges, Fees, FocalPoints, Regions):
    """What the member-city views and reports ask; ids and frozen dataclasses in and out."""

    def __init__(self, db: Database) -> None:
        self.db = db
