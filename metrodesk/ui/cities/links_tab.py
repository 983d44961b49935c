"""The city editor's last tab: the contacts, meetings and training participants linked to the
city."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from metrodesk.i18n import tr as _tr
from metrodesk.services.cities.detail import CityDetail
from metrodesk.ui.cities.tab_parts import CityTab
from metrodesk.ui.records.editor_parts import fill_table, make_table


class LinksTab(CityTab):
    """The links tab of `CityDialog` (a part of it, in a file of its own)."""

    def _build_links_tab(self) -> None:
        tab = QWidget()
        tab.setObjectName("linksTab")
        box = QVBoxLayout(tab)
        self.contacts_table = make_table("cityContacts", [_tr("Contact"), _tr("Role")])
        self.meetings_table = make_table("cityMeetings", [_tr("Meeting"), _tr("Starts")])
        self.trainees_table = make_table(
            "cityTrainees",
            [_tr("Participant"), _tr("Course"), _tr("Centre"), _tr("Starts"), _tr("Attended")],
        )
        for title, table in (
            (_tr("Contacts"), self.contacts_table),
            (_tr("Meetings"), self.meetings_table),
            (_tr("Training participants"), self.trainees_table),
        ):
            label = QLabel(title)
            label.setObjectName("panelTitle")
            box.addWidget(label)
            box.addWidget(table, 1)
        self.add_tab(tab, _tr("Contacts, meetings, training"))

    def _show_links(self, d: CityDetail) -> None:
        fill_table(
            self.contacts_table,
            [(c.name, c.role) for c in d.contacts],
            [c.contact_id for c in d.contacts],
        )
        fill_table(
            self.meetings_table,
            [(m.title, m.starts_at) for m in d.meetings],
            [m.id for m in d.meetings],
        )
        fill_table(
            self.trainees_table,
            [
                (t.contact_name, t.course_title, t.centre, t.start_date, t.attended)
                for t in d.trainees
            ],
            [t.contact_id for t in d.trainees],
        )
