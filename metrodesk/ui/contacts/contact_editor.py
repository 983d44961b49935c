"""A contact's editor with the meetings the person attended and when we last met them (derived
from the meetings, never typed), and the trainings the person took part in."""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.contacts.duplicates import LikelyMatch
from metrodesk.services.errors import ServiceError, ValidationError
from metrodesk.services.facade import Services
from metrodesk.services.meetings.meeting import ContactMeetings
from metrodesk.services.records.drafts import Step
from metrodesk.services.training.network import ContactTraining
from metrodesk.ui.contacts.details_tab import ContactDetailsTab
from metrodesk.ui.contacts.interactions_tab import InteractionsTab
from metrodesk.ui.meetings.dialog import MeetingDialog
from metrodesk.ui.records.editor_parts import fill_table, make_table
from metrodesk.ui.records.field_editors import LineEditor
from metrodesk.ui.records.record_dialog import RecordDialog
from metrodesk.ui.runtime.ops import LatestOnly, OpRunner
from metrodesk.ui.training.editor import SessionDialog
from metrodesk.ui.window.formatting import short_date, short_datetime

ID_ROLE = Qt.ItemDataRole.UserRole


#: the fields that say who a new contact is, and how long typing pauses before a look-up
HINT_FIELDS = ("given_name", "family_name", "email", "phone")
HINT_DELAY_MS = 300


def _dates(t: ContactTraining) -> str:
    """'2021-03-15 – 2021-03-19', one date for a one-day session, '' when undated."""
    start = short_date(t.start_date) if t.start_date else ""
    end = short_date(t.end_date) if t.end_date else ""
    if start and end and end != start:
        return f"{start} – {end}"
    return start or end


class ContactDialog(RecordDialog):
    def __init__(
        self,
        services: Services,
        runner: OpRunner,
        record_id: uuid.UUID | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, runner, "contact", record_id, parent)
        if record_id is None:
            self._build_hint()
            return
        self._build_details_tab(record_id)
        panel = QWidget()
        panel.setObjectName("contactMeetings")
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self.last_met = QLabel(_tr("Last met: …"))
        self.last_met.setObjectName("lastMet")
        self.meetings = QListWidget()
        self.meetings.setObjectName("attendedMeetings")
        self.meetings.setAccessibleName(_tr("Meetings attended"))
        self.meetings.itemActivated.connect(self._open_meeting)
        box.addWidget(self.last_met)
        box.addWidget(self.meetings, 1)
        self._build_trainings(box)
        # a tab of its own: under the form it took the height a 1024 × 700 screen has not got
        box.setContentsMargins(0, 8, 0, 0)
        self.tabs.addTab(panel, _tr("Meetings and trainings"))
        self.interactions = InteractionsTab(services, runner, record_id)
        self.interactions.changed.connect(self.draft_changed)
        self.tabs.addTab(self.interactions, _tr("Interactions"))
        meetings = services.meetings
        runner.read(
            lambda: meetings.for_contact(record_id), success=self.show_meetings, parent=self
        )
        training = services.training
        runner.read(
            lambda: training.contact_trainings(record_id), success=self.show_trainings, parent=self
        )

    def _build_trainings(self, box: QVBoxLayout) -> None:
        """The trainings the person attended, under the meetings."""
        self.trainings_title = QLabel(_tr("Trainings attended"))
        self.trainings_title.setObjectName("panelTitle")
        self.trainings = make_table(
            "contactTrainings",
            [
                _tr("Course"),
                _tr("Centre"),
                _tr("Dates"),
                _tr("Attended"),
                _tr("Certificate"),
            ],
        )
        header = self.trainings.horizontalHeader()
        for column in (2, 3, 4):  # dates and the two flags: never cut short
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.trainings.setToolTip(_tr("Double-click a training to open its session"))
        self.trainings.itemActivated.connect(self._open_session)
        box.addWidget(self.trainings_title)
        box.addWidget(self.trainings, 1)

    # --- every e-mail, phone, affiliation and consent -----------------------------------------

    def _build_details_tab(self, record_id: uuid.UUID) -> None:
        """Tabs Details | Contact details (| History, added at the first show)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        scroll = self.form_scroll
        assert isinstance(scroll, QScrollArea)
        position = layout.indexOf(scroll)
        layout.removeWidget(scroll)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.tabs.setAccessibleName(_tr("Parts of the record"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, _tr("Details"))
        self.details_tab = ContactDetailsTab(self.services, self.runner, record_id)
        self.tabs.addTab(self.details_tab, _tr("Contact details"))
        layout.insertWidget(position, self.tabs, 1)
        self.details_tab.changed.connect(self.draft_changed)
        self.details_tab.refused.connect(lambda: self.tabs.setCurrentWidget(self.details_tab))
        self.details_tab.load()
        self.resize(max(self.width(), 820), min(max(self.height(), 640), 660))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a cell of the contact details ends that cell's editing; it does not press
        the dialog's Save as it would elsewhere."""
        tab = getattr(self, "details_tab", None)
        focus = QApplication.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(tab, ContactDetailsTab) and focus and tab.isAncestorOf(focus):
            event.accept()
            return
        super().keyPressEvent(event)

    # --- saving the form and the contact details together ----------------------------------

    def _details_dirty(self) -> bool:
        tab = getattr(self, "details_tab", None)
        return isinstance(tab, ContactDetailsTab) and tab.dirty

    def part_steps(self) -> list[Step]:
        """The four lists of the Contact details tab, when edited: written before the form, so
        that an e-mail typed in the form's field wins over the tab's first one."""
        out: list[Step] = []
        tab = getattr(self, "details_tab", None)
        if isinstance(tab, ContactDetailsTab) and tab.dirty and self.record_id is not None:
            emails, phones, affiliations, consents = tab.entries()
            save = self.services.contact_details.save
            args = (self.record_id, emails, phones, affiliations, consents)
            out.append(Step(save, args, part="details"))
        log = getattr(self, "interactions", None)
        if isinstance(log, InteractionsTab):
            out += log.steps()
        return out

    def _log_dirty(self) -> bool:
        log = getattr(self, "interactions", None)
        return isinstance(log, InteractionsTab) and log.dirty()

    def has_unsaved_changes(self) -> bool:
        if self._details_dirty() or self._log_dirty():
            return True
        return super().has_unsaved_changes()

    def draft_changed(self) -> None:
        super().draft_changed()
        if self._details_dirty() or self._log_dirty():
            self.unsaved_label.setText(
                _tr("Changes not saved yet: Save writes them, Cancel discards them")
            )

    def save(self) -> None:
        tab = getattr(self, "details_tab", None)
        if isinstance(tab, ContactDetailsTab) and tab.dirty:
            try:
                tab.entries()  # an organisation typed but not picked is pointed at first
            except ValidationError as exc:
                tab.show_error(exc)
                return
        super().save()

    def show_part_error(self, part: str, exc: ServiceError) -> bool:
        tab = getattr(self, "details_tab", None)
        if part == "interactions":
            self.tabs.setCurrentWidget(self.interactions)
            return self.interactions.error.show_error(exc)
        return part == "details" and isinstance(tab, ContactDetailsTab) and tab.show_error(exc)

    # --- a new contact: is the person already on record? --------------------------------------

    def _build_hint(self) -> None:
        """A quiet line under the heading naming existing contacts that look like the one
        being typed; never blocks saving. A click opens the existing contact."""
        self.hint = QLabel()
        self.hint.setObjectName("duplicateHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.hint.linkActivated.connect(self._open_match)
        self.hint.setVisible(False)
        self.matches: tuple[LikelyMatch, ...] = ()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.hint)
        self._hint_query = LatestOnly(self.runner, self)
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(HINT_DELAY_MS)
        self._hint_timer.timeout.connect(self.look_for_matches)
        for key in HINT_FIELDS:
            editor = self.editors.get(key)
            if isinstance(editor, LineEditor):
                editor.edit.textChanged.connect(self._hint_timer.start)

    def look_for_matches(self) -> None:
        values = {}
        for key in HINT_FIELDS:
            editor = self.editors.get(key)
            if isinstance(editor, LineEditor):
                values[key] = editor.edit.text()
        values["country"] = str(self.cleaned.get("country") or "")
        duplicates = self.services.duplicates
        self._hint_query.run(lambda: duplicates.likely_matches(values), self.show_matches)

    def show_matches(self, matches: tuple[LikelyMatch, ...]) -> None:
        self.matches = matches
        if not matches:
            self.hint.setVisible(False)
            self.hint.clear()
            return
        links = ", ".join(
            f'<a href="{m.contact.id}">{html.escape(m.contact.name)}</a> ({html.escape(m.reason)})'
            for m in matches
        )
        self.hint.setText(_tr("Already on record? {links}").format(links=links))
        self.hint.setToolTip(_tr("Click a name to open the existing contact"))
        self.hint.setVisible(True)

    def _open_match(self, link: str) -> None:
        self.open_existing(uuid.UUID(link))

    def open_existing(self, record_id: uuid.UUID) -> ContactDialog:
        dialog = ContactDialog(self.services, self.runner, record_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_meetings(self, result: ContactMeetings) -> None:
        log = getattr(self, "interactions", None)
        if isinstance(log, InteractionsTab):
            log.load(result.last_met)  # the last contact is the later of the two
        if result.last_met is None:
            self.last_met.setText(_tr("Last met: never (no meeting on record)"))
        else:
            self.last_met.setText(_tr("Last met: {date}").format(date=short_date(result.last_met)))
        self.meetings.clear()
        for m in result.meetings:
            item = QListWidgetItem(f"{short_datetime(m.starts_at)} · {m.title} · {m.role}")
            item.setData(ID_ROLE, m.id)
            item.setToolTip(m.title)
            self.meetings.addItem(item)
        self.meetings.setVisible(bool(result.meetings))

    def show_trainings(self, rows: tuple[ContactTraining, ...]) -> None:
        self.trainings_title.setText(
            _tr("Trainings attended: none on record")
            if not rows
            else _tr("Trainings attended ({count})").format(count=len(rows))
        )
        fill_table(
            self.trainings,
            [(t.title, t.centre, _dates(t), t.attended, t.certificate_issued) for t in rows],
            [t.course_id for t in rows],
        )
        self.trainings.setVisible(bool(rows))

    def open_session(self, course_id: uuid.UUID) -> SessionDialog:
        dialog = SessionDialog(self.services, self.runner, course_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # a change of attendance there shows here at once
        record_id = self.record_id
        training = self.services.training
        if record_id is not None:
            dialog.saved.connect(
                lambda *_: self.runner.read(
                    lambda: training.contact_trainings(record_id),
                    success=self.show_trainings,
                    parent=self,
                )
            )
        dialog.open()
        return dialog

    def _open_session(self, item: QTableWidgetItem) -> None:
        first = self.trainings.item(item.row(), 0)
        if first is not None:
            self.open_session(first.data(ID_ROLE))

    def _open_meeting(self, item: QListWidgetItem) -> None:
        dialog = MeetingDialog(self.services, self.runner, item.data(ID_ROLE), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
