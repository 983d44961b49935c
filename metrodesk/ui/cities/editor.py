"""The member-city editor: its form, plus tabs for the status history, focal points, fees and
what the city is linked to (contacts, meetings, training participants), each tab in a module
of its own beside this one (status_tab, focal_tab, fees_tab, links_tab)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from metrodesk.i18n import tr as _tr
from metrodesk.services.cities.detail import CityDetail
from metrodesk.services.errors import ServiceError
from metrodesk.services.facade import Services
from metrodesk.ui.cities.fees_tab import FeesTab
from metrodesk.ui.cities.focal_tab import FocalPointsTab
from metrodesk.ui.cities.links_tab import LinksTab
from metrodesk.ui.cities.status_tab import StatusTab
from metrodesk.ui.records.editor_parts import TabbedRecordDialog
from metrodesk.ui.runtime.ops import OpRunner


class CityDialog(StatusTab, FocalPointsTab, FeesTab, LinksTab, TabbedRecordDialog):
    """Edits one existing member city (new cities start in the plain form)."""

    def __init__(
        self,
        services: Services,
        runner: OpRunner,
        record_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, runner, "member_city", record_id, parent)
        self.setObjectName("cityDialog")
        self.detail: CityDetail | None = None
        status = self.editors["status"].widget
        status.setEnabled(False)
        status.setToolTip(_tr("Change the status on the Status tab: each change is dated"))
        self._build_status_tab()
        self._build_focal_tab()
        self._build_fees_tab()
        self._build_links_tab()
        self._region_completer()
        self.reload()

    def _region_completer(self) -> None:
        def got(regions: list[Any]) -> None:
            edit = self.editors["region"].widget
            if isinstance(edit, QLineEdit):
                completer = QCompleter([r.name for r in regions], edit)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                edit.setCompleter(completer)

        self.runner.read(self.services.cities.regions, success=got, parent=self)

    def detail_reader(self) -> Callable[[], CityDetail] | None:
        city_id, cities = self.record_id, self.services.cities
        if city_id is None:
            return None
        return lambda: cities.detail(city_id)

    def show_detail(self, detail: Any) -> None:
        self._show(detail)

    def show_part_error(self, part: str, exc: ServiceError) -> bool:
        lines = {"status": self.status_error, "focal": self.focal_error, "fees": self.fee_error}
        line = lines.get(part)
        if line is None or not line.show_error(exc):
            return False
        self.tabs.setCurrentIndex({"status": 1, "focal": 2, "fees": 3}[part])
        return True

    def _show(self, d: CityDetail) -> None:
        self.detail = d
        self._show_status(d)
        self._show_focal_points(d)
        self._show_fees(d)
        self._show_links(d)
