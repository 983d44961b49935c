"""The training views: a centre (headquarters or satellite) with its contacts and its sessions
and participants per year; a session with its participants; a contact's trainings."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.errors import ServiceError
from metrodesk.services.facade import Services
from metrodesk.services.records.drafts import Step, StepRefused
from metrodesk.services.records.forms import Field
from metrodesk.services.training.network import (
    REGISTRATIONS,
    CentreDetail,
    ContactTraining,
    NewParticipant,
    SessionDetail,
)
from metrodesk.ui.records.editor_parts import (
    ErrorLine,
    TabbedRecordDialog,
    fill_table,
    make_table,
    selected_id,
)
from metrodesk.ui.records.field_editors import RefEditor
from metrodesk.ui.runtime.ops import OpRunner, report_failure
from metrodesk.ui.window.formatting import choice_text


def _contact_ref(services: Services, runner: OpRunner, name: str) -> RefEditor:
    editor = RefEditor(
        Field("contact_id", "Contact", "ref", ref_kind="contact"), lambda _k: None, services, runner
    )
    editor.widget.setObjectName(name)
    return editor


class CentreDialog(TabbedRecordDialog):
    """A training centre: its form, its contact persons, and its sessions with the number of
    sessions and participants per year."""

    def __init__(
        self,
        services: Services,
        runner: OpRunner,
        record_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, runner, "training_centre", record_id, parent)
        self.setObjectName("centreDialog")
        self.detail: CentreDetail | None = None
        self._build_sessions_tab()
        self._build_contacts_tab()
        self.tabs.setCurrentIndex(1)
        self.reload()

    def _build_sessions_tab(self) -> None:
        tab = QWidget()
        tab.setObjectName("sessionsTab")
        box = QVBoxLayout(tab)
        title = QLabel(_tr("Per year"))
        title.setObjectName("panelTitle")
        box.addWidget(title)
        self.years_table = make_table(
            "yearsTable",
            [
                _tr("Year"),
                _tr("Sessions"),
                _tr("Participants"),
                _tr("Attended"),
                _tr("Certificates"),
            ],
        )
        self.years_table.setMaximumHeight(150)
        box.addWidget(self.years_table)
        top = QHBoxLayout()
        title = QLabel(_tr("Sessions"))
        title.setObjectName("panelTitle")
        top.addWidget(title)
        top.addStretch(1)
        new = QPushButton(_tr("New session…"))
        new.setObjectName("newSessionButton")
        new.setProperty("primary", True)
        new.clicked.connect(lambda: self.open_session(None))
        top.addWidget(new)
        box.addLayout(top)
        self.sessions_table = make_table(
            "sessionsTable",
            [
                _tr("Title"),
                _tr("Programme"),
                _tr("Starts"),
                _tr("Ends"),
                _tr("Language"),
                _tr("Mode"),
                _tr("Participants"),
            ],
        )
        self.sessions_table.doubleClicked.connect(
            lambda _i: self.open_session(selected_id(self.sessions_table))
        )
        box.addWidget(self.sessions_table, 1)
        self.add_tab(tab, _tr("Sessions and participants"))

    def _build_contacts_tab(self) -> None:
        tab = QWidget()
        tab.setObjectName("centreContactsTab")
        box = QVBoxLayout(tab)
        self.contacts_table = make_table("centreContacts", [_tr("Contact person"), _tr("Role")])
        box.addWidget(self.contacts_table, 1)
        row = QHBoxLayout()
        self.contact_ref = _contact_ref(self.services, self.runner, "centreContact")
        self.contact_role = QLineEdit()
        self.contact_role.setObjectName("centreContactRole")
        self.contact_role.setPlaceholderText(_tr("Role"))
        add = QPushButton(_tr("Add"))
        add.setObjectName("addCentreContact")
        add.clicked.connect(self.add_contact)
        remove = QPushButton(_tr("Remove"))
        remove.setObjectName("removeCentreContact")
        remove.clicked.connect(self.remove_contact)
        row.addWidget(self.contact_ref.widget, 2)
        row.addWidget(self.contact_role, 1)
        row.addWidget(add)
        row.addWidget(remove)
        box.addLayout(row)
        self.contact_error = ErrorLine("centreContact")
        box.addWidget(self.contact_error)
        self.add_tab(tab, _tr("Contact persons"))

    def detail_reader(self) -> Callable[[], CentreDetail] | None:
        centre_id, training = self.record_id, self.services.training
        if centre_id is None:
            return None
        return lambda: training.centre(centre_id)

    def show_detail(self, detail: Any) -> None:
        self._show(detail)

    def show_part_error(self, part: str, exc: ServiceError) -> bool:
        if part != "contacts" or not self.contact_error.show_error(exc):
            return False
        tab = self.contact_error.parentWidget()
        if tab is not None:
            self.tabs.setCurrentWidget(tab)
        return True

    def _show(self, d: CentreDetail) -> None:
        self.detail = d
        fill_table(
            self.years_table,
            [
                (
                    y.year if y.year is not None else _tr("no date"),
                    y.sessions,
                    y.participants,
                    y.attended,
                    y.certificates,
                )
                for y in d.years
            ],
        )
        fill_table(
            self.sessions_table,
            [
                (
                    s.title,
                    s.programme,
                    s.start_date,
                    s.end_date,
                    s.language,
                    choice_text(s.mode),
                    s.participants,
                )
                for s in d.sessions
            ],
            [s.id for s in d.sessions],
        )
        fill_table(
            self.contacts_table,
            [(c.name, c.role) for c in d.contacts],
            [c.id for c in d.contacts],
        )

    def open_session(self, course_id: uuid.UUID | None) -> SessionDialog:
        dialog = SessionDialog(self.services, self.runner, course_id, self.record_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda *_: self.reload())
        dialog.open()
        return dialog

    def add_contact(self) -> None:
        centre_id, contact = self.record_id, self.contact_ref.raw()
        if contact is None or centre_id is None:
            self.contact_error.setText(_tr("Contact: pick one of the suggestions"))
            self.contact_error.setVisible(True)
            return
        role, training = self.contact_role.text(), self.services.training
        self.act(
            Step(training.add_centre_contact, (centre_id, contact, role), part="contacts"),
            self.contact_error,
            lambda _: self.contact_ref.set_value(None),
        )

    def remove_contact(self) -> None:
        cc = self.ref(selected_id(self.contacts_table))
        if cc is not None:
            training = self.services.training
            self.act(
                Step(training.remove_centre_contact, (cc,), part="contacts"), self.contact_error
            )


class SessionDialog(TabbedRecordDialog):
    """A session's form and its participants. A new session is written with the participants
    listed so far, in one step; in an existing one, each change is written at once."""

    def __init__(
        self,
        services: Services,
        runner: OpRunner,
        course_id: uuid.UUID | None = None,
        centre_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, runner, "course", course_id, parent)
        self.setObjectName("sessionDialog")
        self.pending: list[NewParticipant] = []
        self.participant_ref_labels: list[str] = []
        self.detail: SessionDetail | None = None
        if course_id is None and centre_id is not None:
            centre = self.editors["centre_id"]
            assert isinstance(centre, RefEditor)
            centre.set_value(centre_id)
            self._validate("centre_id")
        self._build_participants_tab()
        self.resize(820, 600)
        self.reload()

    def _build_participants_tab(self) -> None:
        tab = QWidget()
        tab.setObjectName("participantsTab")
        box = QVBoxLayout(tab)
        self.participants_table = make_table(
            "participantsTable",
            [_tr("Participant"), _tr("Registration"), _tr("Attended"), _tr("Certificate")],
        )
        self.participants_table.doubleClicked.connect(lambda _i: self.show_contact_trainings())
        box.addWidget(self.participants_table, 1)
        hint = QLabel(
            _tr("Pick a contact, or type the given and family name of someone new: ")
            + _tr("they become a contact in the same step.")
        )
        hint.setObjectName("subtitle")
        hint.setWordWrap(True)
        box.addWidget(hint)
        box.addLayout(self._person_row())
        box.addLayout(self._attendance_row())
        self.participant_error = ErrorLine("participant")
        box.addWidget(self.participant_error)
        self.add_tab(tab, _tr("Participants"))

    def _person_row(self) -> QHBoxLayout:
        """Who to add: a contact picked, or the names (and e-mail) of someone new."""
        row = QHBoxLayout()
        self.participant_ref = _contact_ref(self.services, self.runner, "participantContact")
        self.new_given = QLineEdit()
        self.new_given.setObjectName("newGivenName")
        self.new_given.setPlaceholderText(_tr("or new: given name"))
        self.new_family = QLineEdit()
        self.new_family.setObjectName("newFamilyName")
        self.new_family.setPlaceholderText(_tr("family name"))
        self.new_email = QLineEdit()
        self.new_email.setObjectName("newEmail")
        self.new_email.setPlaceholderText(_tr("e-mail (optional)"))
        row.addWidget(self.participant_ref.widget, 2)
        for w in (self.new_given, self.new_family, self.new_email):
            row.addWidget(w, 1)
        return row

    def _attendance_row(self) -> QHBoxLayout:
        """Registration, attended, certificate; Add, Attended / certificate…, Remove."""
        flags = QHBoxLayout()
        self.registration = QComboBox()
        self.registration.setObjectName("registration")
        for r in REGISTRATIONS:
            self.registration.addItem(choice_text(r), r)
        self.attended = QCheckBox(_tr("Attended"))
        self.attended.setObjectName("attended")
        self.certificate = QCheckBox(_tr("Certificate issued"))
        self.certificate.setObjectName("certificate")
        add = QPushButton(_tr("Add participant"))
        add.setObjectName("addParticipantButton")
        add.setProperty("primary", True)
        add.clicked.connect(self.add_participant)
        self.toggle_attended = QPushButton(_tr("Attended / certificate…"))
        self.toggle_attended.setObjectName("markAttended")
        self.toggle_attended.setToolTip(
            _tr("Marks the selected participant as attended, then as certified")
        )
        self.toggle_attended.clicked.connect(self.mark_selected)
        remove = QPushButton(_tr("Remove"))
        remove.setObjectName("removeParticipant")
        remove.clicked.connect(self.remove_participant)
        for choice in (self.registration, self.attended, self.certificate):
            flags.addWidget(choice)
        flags.addStretch(1)
        for button in (add, self.toggle_attended, remove):
            flags.addWidget(button)
        return flags

    # --- participants -----------------------------------------------------------------------

    def _person(self) -> NewParticipant | None:
        contact = self.participant_ref.raw()
        flags: dict[str, Any] = {
            "registration": self.registration.currentData(),
            "attended": self.attended.isChecked(),
            "certificate_issued": self.certificate.isChecked(),
        }
        if contact is not None:
            return NewParticipant(contact_id=contact, **flags)
        if self.new_family.text().strip():
            return NewParticipant(
                given_name=self.new_given.text().strip(),
                family_name=self.new_family.text().strip(),
                email=self.new_email.text().strip(),
                **flags,
            )
        self.participant_error.setText(
            _tr("Participant: pick a contact, or give the family name of someone new")
        )
        self.participant_error.setVisible(True)
        return None

    def _clear_person(self) -> None:
        self.participant_ref.set_value(None)
        for edit in (self.new_given, self.new_family, self.new_email):
            edit.clear()
        self.attended.setChecked(False)
        self.certificate.setChecked(False)
        self.registration.setCurrentIndex(0)

    def add_participant(self) -> None:
        self.participant_error.clear_error()
        person = self._person()
        if person is None:
            return
        if self.record_id is None:
            # a new session: written with Save, all in one step
            self.pending.append(person)
            self.participant_ref_labels.append(self.participant_ref.label)
            self._clear_person()
            self._show_pending()
            return
        self.act(
            Step(self.services.training.add_participant, (self.record_id, person), part="people"),
            self.participant_error,
            lambda _: self._clear_person(),
        )

    def _show_pending(self) -> None:
        rows = []
        for person, label in zip(self.pending, self.participant_ref_labels, strict=True):
            name = label or f"{person.given_name} {person.family_name}".strip()
            if person.contact_id is None:
                name += " " + _tr("(new contact)")
            rows.append(
                (name, choice_text(person.registration), person.attended, person.certificate_issued)
            )
        fill_table(self.participants_table, rows, list(range(len(rows))))

    def mark_selected(self) -> None:
        chosen = selected_id(self.participants_table)
        pid = self.ref(chosen)
        if self.detail is None or pid is None:
            return
        row = next(p for p in self.detail.participants if p.id == chosen)
        training = self.services.training
        if not row.attended:
            kwargs = {"attended": True}
        else:
            kwargs = {"certificate_issued": not row.certificate_issued}
        self.act(
            Step(training.update_participant, (pid,), kwargs, part="people"),
            self.participant_error,
        )

    def remove_participant(self) -> None:
        """A participant entered by mistake leaves the session (on Save)."""
        chosen = selected_id(self.participants_table)
        if isinstance(chosen, int) and self.record_id is None:
            del self.pending[chosen]
            del self.participant_ref_labels[chosen]
            self._show_pending()
            return
        pid = self.ref(chosen)
        if pid is not None:
            training = self.services.training
            self.act(
                Step(training.remove_participant, (pid,), part="people"), self.participant_error
            )

    def show_contact_trainings(self) -> ContactTrainingsDialog | None:
        if self.detail is None:
            return None
        pid = selected_id(self.participants_table)
        row = next((p for p in self.detail.participants if p.id == pid), None)
        if row is None:
            return None
        dialog = ContactTrainingsDialog(self.services, self.runner, row.contact_id, row.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def reload(self) -> None:
        if self.record_id is None:
            self._show_pending()
            return
        super().reload()

    def detail_reader(self) -> Callable[[], SessionDetail] | None:
        course_id, training = self.record_id, self.services.training
        if course_id is None:
            return None
        return lambda: training.session(course_id)

    def show_detail(self, detail: Any) -> None:
        self._show(detail)

    def _show(self, d: SessionDetail) -> None:
        self.detail = d
        fill_table(
            self.participants_table,
            [
                (p.name, choice_text(p.registration), p.attended, p.certificate_issued)
                for p in d.participants
            ],
            [p.id for p in d.participants],
        )

    # --- saving a new session with its participants -----------------------------------------

    def form_steps(self) -> list[Step]:
        if self.record_id is not None:
            return super().form_steps()
        values, people = self.changes(), list(self.pending)
        return [Step(self.services.training.create_session, (values, people), part="form")]

    def has_unsaved_changes(self) -> bool:
        return bool(self.pending) or super().has_unsaved_changes()

    def action_name(self) -> str:
        return "New training session" if self.record_id is None else "Edit training session"

    def _failed(self, exc: BaseException) -> None:
        cause = exc.cause if isinstance(exc, StepRefused) else exc
        field = getattr(cause, "field", "")
        if field in ("Participant", "Family name", "E-mail", "Certificate", "Attended"):
            self.saving = False
            self._update_save()
            self.tabs.setCurrentIndex(1)
            if not self.participant_error.show_error(cause):
                report_failure(self, cause)
            return
        super()._failed(exc)

    def show_part_error(self, part: str, exc: ServiceError) -> bool:
        if part != "people" or not self.participant_error.show_error(exc):
            return False
        self.tabs.setCurrentIndex(1)
        return True


class ContactTrainingsDialog(QDialog):
    """The trainings one person attended or registered for."""

    def __init__(
        self,
        services: Services,
        runner: OpRunner,
        contact_id: uuid.UUID,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactTrainingsDialog")
        self.setWindowTitle(_tr("Trainings of {name}").format(name=name))
        box = QVBoxLayout(self)
        heading = QLabel(_tr("Trainings of {name}").format(name=name))
        heading.setObjectName("dialogHeading")
        box.addWidget(heading)
        self.table = make_table(
            "contactTrainings",
            [
                _tr("Course"),
                _tr("Centre"),
                _tr("Starts"),
                _tr("Registration"),
                _tr("Attended"),
                _tr("Certificate"),
            ],
        )
        box.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.resize(760, 380)
        training = services.training
        runner.read(lambda: training.contact_trainings(contact_id), success=self._show, parent=self)

    def _show(self, rows: tuple[ContactTraining, ...]) -> None:
        fill_table(
            self.table,
            [
                (
                    t.title,
                    t.centre,
                    t.start_date,
                    choice_text(t.registration),
                    t.attended,
                    t.certificate_issued,
                )
                for t in rows
            ],
            [t.course_id for t in rows],
        )
