"""The meeting editor: the meeting's form (from the form table, checked as typed, as in every
editor) in a Details tab, and tabs for the notes, the people, the outcome (decisions and
quotes), the links, the follow-up (action items) and the attached files.

Save writes the meeting and every part that changed in one call, one undo step. Minutes to
PDF and the meeting to a calendar file are buttons of the dialog once the meeting exists.
"""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.errors import ServiceError
from metrodesk.services.facade import Services
from metrodesk.services.meetings.attachments import human_size
from metrodesk.services.meetings.meeting import AttachmentInfo, MeetingMinutes, MeetingParts
from metrodesk.services.records.drafts import Made, Step, StepRefused
from metrodesk.ui.meetings.minutes_pdf import write_minutes_pdf
from metrodesk.ui.meetings.notes import RichNotesEditor
from metrodesk.ui.meetings.parts import (
    ActionsEditor,
    LinksEditor,
    ParticipantsEditor,
    QuotesEditor,
    TextListEditor,
)
from metrodesk.ui.records.field_editors import FieldEditor, field_label
from metrodesk.ui.records.record_dialog import RecordDialog
from metrodesk.ui.runtime.ops import OpRunner, show_error

ID_ROLE = Qt.ItemDataRole.UserRole
#: fields shown side by side in the Details tab: (left, right)
PAIRS = (("starts_at", "ends_at"), ("city", "country"))


def safe_filename(title: str, suffix: str) -> str:
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return "-".join(keep.split())[:80] + suffix


class MeetingDialog(RecordDialog):
    """New or edit a meeting; `saved("meeting", id)` follows a successful save."""

    def __init__(
        self,
        services: Services,
        runner: OpRunner,
        record_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self._loaded: dict[str, Any] = {}
        #: files to attach, and attachments to remove, on Save
        self.new_files: list[Path] = []
        self.removed_files: list[uuid.UUID] = []
        self._files_shown: tuple[AttachmentInfo, ...] = ()
        super().__init__(services, runner, "meeting", record_id, parent)
        self.setObjectName("meetingDialog")
        if record_id is not None:
            meetings = services.meetings
            self._load_parts(runner.read_now(lambda: meetings.parts(record_id)))
        self._update_buttons()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.setMinimumWidth(820)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 18, 20, 16)
        outer.setSpacing(10)
        self.heading = QLabel()
        self.heading.setWordWrap(True)  # a long title wraps instead of widening the dialog
        self.heading.setObjectName("dialogHeading")
        outer.addWidget(self.heading)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingTabs")
        self.tabs.setAccessibleName(_tr("Parts of the meeting"))
        outer.addWidget(self.tabs, 1)
        self.tabs.addTab(self._details_tab(), _tr("Details"))
        self.tabs.addTab(self._notes_tab(), _tr("Notes"))

        self.participants = ParticipantsEditor(self.services, self.runner)
        self.tabs.addTab(self.participants, _tr("People"))

        self.tabs.addTab(self._outcome_tab(), _tr("Decisions and quotes"))
        self.action_items = ActionsEditor(self.services, self.runner)
        self.tabs.addTab(self.action_items, _tr("Action items"))
        self.tabs.addTab(self._links_tab(), _tr("Links"))
        self.tabs.addTab(self._attachments_tab(), _tr("Files"))

        self.form_error = QLabel()
        self.form_error.setObjectName("error_form")
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)
        outer.addWidget(self.form_error)
        outer.addLayout(self._bottom_row())
        self.save_button.setDefault(True)  # once inside the dialog (see RecordDialog._build)
        self.resize(900, 660)  # within a 1024 × 700 screen

    def _outcome_tab(self) -> QWidget:
        """What the meeting decided, and what was said worth quoting (by its participants)."""
        outcome = QWidget()
        box = QVBoxLayout(outcome)
        box.addWidget(_caption(_tr("Decisions")))
        self.decisions = TextListEditor("decisionsList", _tr("A decision taken, then Enter"))
        box.addWidget(self.decisions, 3)
        box.addWidget(_caption(_tr("Quotes")))
        self.quotes = QuotesEditor(self.participants)
        box.addWidget(self.quotes, 2)
        return outcome

    def _bottom_row(self) -> QHBoxLayout:
        """Minutes to PDF and Add to calendar, a status line for them, Save and Cancel."""
        row = QHBoxLayout()
        self.pdf_button = QPushButton(_tr("Minutes to PDF…"))
        self.pdf_button.setObjectName("minutesPdfButton")
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.ics_button = QPushButton(_tr("Add to calendar…"))
        self.ics_button.setObjectName("calendarButton")
        self.ics_button.setToolTip(_tr("Save the meeting as an .ics calendar file"))
        self.ics_button.clicked.connect(self.ask_ics)
        self.status_label = QLabel()
        self.status_label.setObjectName("subtitle")
        row.addWidget(self.pdf_button)
        row.addWidget(self.ics_button)
        row.addWidget(self.status_label, 1)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(_tr("Save"))
        self.save_button.setObjectName("saveButton")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        return row

    def _cell(self, key: str) -> tuple[QLabel, QWidget]:
        f = self.fields[key]
        editor = self._editor(f)
        self.editors[key] = editor
        editor.widget.setObjectName(f"field_{key}")
        editor.widget.setAccessibleName(field_label(f))
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setWordWrap(True)
        error.setVisible(False)
        self.error_labels[key] = error
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 4)
        box.setSpacing(2)
        box.addWidget(editor.widget)
        box.addWidget(error)
        label = QLabel(field_label(f) + (" *" if f.required else ""))
        label.setBuddy(editor.widget)
        label.setContentsMargins(0, 5, 0, 0)
        return label, cell

    def _editor(self, f: Any) -> FieldEditor:
        if f.key == "notes_html":
            return RichNotesEditor(f, self._validate)
        return super()._editor(f)

    def _details_tab(self) -> QWidget:
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)
        form.setContentsMargins(8, 8, 12, 8)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(4)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        paired = {right: left for left, right in PAIRS}
        for key in self.fields:
            if key == "notes_html" or key in paired:
                continue
            label, cell = self._cell(key)
            partner = next((r for left, r in PAIRS if left == key), None)
            if partner is not None:
                plabel, pcell = self._cell(partner)
                row = QWidget()
                line = QHBoxLayout(row)
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(cell, 1)
                line.addWidget(plabel)
                line.addWidget(pcell, 1)
                plabel.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                cell = row
            form.addRow(label, cell)
        agenda = self.editors["agenda"].widget
        agenda.setFixedHeight(140)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside are the tab stops
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _notes_tab(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        _label, cell = self._cell("notes_html")
        box.addWidget(cell, 1)
        return tab

    def _links_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.links = {
            "cities": LinksEditor(self.services, self.runner, "member_city", "linkedCities"),
            "organisations": LinksEditor(
                self.services, self.runner, "organisation", "linkedOrganisations"
            ),
            "events": LinksEditor(self.services, self.runner, "event", "linkedEvents"),
            "programmes": LinksEditor(self.services, self.runner, "programme", "linkedProgrammes"),
        }
        labels = {
            "cities": _tr("Member cities"),
            "organisations": _tr("Organisations"),
            "events": _tr("Events"),
            "programmes": _tr("Programmes"),
        }
        for key, editor in self.links.items():
            form.addRow(labels[key], editor)
        return tab

    def _attachments_tab(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        self.files = QListWidget()
        self.files.setObjectName("attachmentsList")
        self.files.itemActivated.connect(lambda _item: self.open_attachment())
        box.addWidget(self.files, 1)
        self.files_hint = QLabel(_tr("Files are copied in when the meeting is saved."))
        self.files_hint.setObjectName("subtitle")
        box.addWidget(self.files_hint)
        row = QHBoxLayout()
        self.attach_button = QPushButton(_tr("Attach file…"))
        self.attach_button.setObjectName("attachButton")
        self.attach_button.clicked.connect(self.ask_attach)
        self.open_file_button = QPushButton(_tr("Open"))
        self.open_file_button.setObjectName("openAttachmentButton")
        self.open_file_button.clicked.connect(self.open_attachment)
        remove = QPushButton(_tr("Remove"))
        remove.setObjectName("removeAttachmentButton")
        remove.clicked.connect(self.remove_attachment)
        self.remove_file_button = remove
        row.addWidget(self.attach_button)
        row.addWidget(self.open_file_button)
        row.addWidget(remove)
        row.addStretch(1)
        box.addLayout(row)
        return tab

    def _update_buttons(self) -> None:
        exists = self.record_id is not None
        for b in (self.pdf_button, self.ics_button):
            b.setEnabled(exists)

    # --- loading ----------------------------------------------------------------------------

    def _load_parts(self, parts: MeetingParts) -> None:
        self.participants.set_value(parts.participants)
        self.quotes.refresh_speakers()
        self.decisions.set_value(parts.decisions)
        self.quotes.set_value(parts.quotes)
        self.action_items.set_value(parts.actions)
        for key, editor in self.links.items():
            editor.set_value(getattr(parts, key))
        self._show_files(parts.attachments)
        self._loaded = self._parts_now()

    def _show_files(self, files: tuple[AttachmentInfo, ...]) -> None:
        """The saved files less those removed since, then those to attach on Save."""
        self._files_shown = files
        self.files.clear()
        for f in files:
            if f.id in self.removed_files:
                continue
            item = QListWidgetItem(f"{f.filename}  ·  {human_size(f.size)}")
            item.setData(ID_ROLE, f.id)
            item.setToolTip(f"SHA-256 {f.sha256}")
            self.files.addItem(item)
        for path in self.new_files:
            item = QListWidgetItem(_tr("{name}  ·  attached on Save").format(name=path.name))
            item.setData(ID_ROLE, str(path))
            item.setToolTip(str(path))
            self.files.addItem(item)

    def _parts_now(self) -> dict[str, Any]:
        return {
            "participants": self.participants.value(),
            "decisions": self.decisions.value(),
            "quotes": self.quotes.value(),
            "actions": self.action_items.value(),
            **{key: editor.ids() for key, editor in self.links.items()},
        }

    # --- saving -----------------------------------------------------------------------------

    def form_steps(self) -> list[Step]:
        """The meeting and every part that changed, in one call of the services."""
        parts = self._parts_now()
        if self.record_id is None:
            changed = {k: v for k, v in parts.items() if v}
        else:
            changed = {k: v for k, v in parts.items() if self._loaded.get(k) != v}
        values = self.changes()
        if self.record_id is not None and not values and not changed:
            return []
        save = self.services.meetings.save
        return [Step(save, (self.record_id, values), changed, part="form")]

    def part_steps(self) -> list[Step]:
        """Files attached or removed since the editor opened: copied and recorded on Save."""
        meeting: uuid.UUID | Made = self.record_id or Made(0)
        files = self.services.attachments
        return [Step(files.add, (meeting, path), part="files") for path in self.new_files] + [
            Step(files.remove, (file_id,), part="files") for file_id in self.removed_files
        ]

    def has_unsaved_changes(self) -> bool:
        try:
            if self.record_id is None and (any(self._parts_now().values()) or self.new_files):
                return True
        except ValueError:
            return True
        return super().has_unsaved_changes()

    def save(self) -> None:
        try:
            self._parts_now()
        except ValueError as exc:
            self.tabs.setCurrentWidget(self.action_items)
            self.form_error.setText(str(exc))
            self.form_error.setVisible(True)
            return
        super().save()

    def show_part_error(self, part: str, exc: ServiceError) -> bool:
        if part != "files":
            return False
        tab = self.files.parentWidget()
        if tab is not None:
            self.tabs.setCurrentWidget(tab)
        self.form_error.setText(str(exc))
        self.form_error.setVisible(True)
        return True

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        field = getattr(exc.cause if isinstance(exc, StepRefused) else exc, "field", "")
        tabs: dict[str, QWidget] = {
            "Participants": self.participants,
            "Action items": self.action_items,
        }
        tab = tabs.get(field)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)

    # --- minutes, calendar, files -----------------------------------------------------------

    def _title(self) -> str:
        return str(self.editors["title"].raw() or "meeting")

    def ask_pdf(self) -> None:
        start = str(Path.home() / safe_filename(self._title(), ".pdf"))
        path, _ = QFileDialog.getSaveFileName(
            self, _tr("Minutes to PDF"), start, _tr("PDF files (*.pdf)")
        )
        if path:
            self.export_pdf(Path(path))

    def export_pdf(self, path: Path) -> None:
        """Read the minutes on the worker, print them here (Qt's fonts live on this thread)."""
        if self.record_id is None:
            return
        record_id, meetings = self.record_id, self.services.meetings

        def printed(minutes: MeetingMinutes) -> None:
            try:
                write_minutes_pdf(minutes, path)
            except OSError as exc:
                show_error(self, _tr("The PDF could not be written: {reason}").format(reason=exc))
                return
            self.form_error.setVisible(False)
            self.pdf_written = path
            self._status(_tr("Minutes saved to {path}").format(path=path))

        self.runner.read(lambda: meetings.minutes(record_id), success=printed, parent=self)

    def ask_ics(self) -> None:
        start = str(Path.home() / safe_filename(self._title(), ".ics"))
        path, _ = QFileDialog.getSaveFileName(
            self, _tr("Add to calendar"), start, _tr("Calendar files (*.ics)")
        )
        if path:
            self.export_ics(Path(path))

    def export_ics(self, path: Path) -> None:
        if self.record_id is None:
            return
        ids, calendar = [self.record_id], self.services.calendar
        self.runner.read(
            lambda: calendar.write(ids, path),
            success=lambda p: self._status(_tr("Calendar file saved to {path}").format(path=p)),
            parent=self,
        )

    def _status(self, text: str) -> None:
        """Say where a file went, elided beside the buttons, whole in the tooltip."""
        metrics = self.status_label.fontMetrics()
        width = max(self.status_label.width(), 120)
        self.status_label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, width))
        self.status_label.setToolTip(text)

    def ask_attach(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, _tr("Attach files"), str(Path.home()))
        for path in paths:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        """The file is copied in on Save, with the meeting; until then it is listed as new."""
        if path in self.new_files:
            return
        self.new_files.append(path)
        self._show_files(self._files_shown)

    def _current_file(self) -> uuid.UUID | None:
        item = self.files.currentItem()
        found = item.data(ID_ROLE) if item is not None else None
        return found if isinstance(found, uuid.UUID) else None

    def open_attachment(self) -> None:
        """Check the stored copy on the worker, then hand a copy under its name to the desktop."""
        attachment_id = self._current_file()
        if attachment_id is None:
            return
        files = self.services.attachments
        target = Path(tempfile.mkdtemp(prefix="metrodesk-"))
        self.runner.read(
            lambda: files.export_copy(attachment_id, target),
            success=lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p))),
            parent=self,
        )

    def remove_attachment(self) -> None:
        """The selected file leaves the meeting on Save (one not saved yet, at once)."""
        item = self.files.currentItem()
        if item is None:
            return
        chosen = item.data(ID_ROLE)
        if isinstance(chosen, uuid.UUID):
            self.removed_files.append(chosen)
        elif isinstance(chosen, str):
            self.new_files = [p for p in self.new_files if str(p) != chosen]
        self._show_files(self._files_shown)


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("panelTitle")
    return label
