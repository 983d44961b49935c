"""The editor of any kind of record, built from the kind's form table (`services.forms.FORMS`).

Each field is checked as the user types with the same rule the services apply
(`records.clean_field`); its reason shows under the field, and Save stays disabled while a
field is invalid or a required one is empty.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.i18n import translated
from metrodesk.services.errors import ServiceError, ValidationError
from metrodesk.services.facade import Services
from metrodesk.services.records.crud import clean_field
from metrodesk.services.records.drafts import Made, Step, StepRefused
from metrodesk.services.records.forms import FORMS, Field
from metrodesk.services.records.kinds import kind_texts
from metrodesk.services.records.labels import record_label
from metrodesk.ui.records.field_editors import (
    BoolEditor,
    ChoiceEditor,
    DateEditor,
    FieldEditor,
    HtmlEditor,
    LineEditor,
    LongEditor,
    RefEditor,
    field_label,
)
from metrodesk.ui.records.history_view import HistoryView
from metrodesk.ui.records.unsaved import ask_to_discard
from metrodesk.ui.runtime.ops import OpRunner, report_failure
from metrodesk.ui.window.accessible_names import name_inputs


class RecordDialog(QDialog):
    """New or edit: `record_id=None` creates. `saved(kind, id)` follows a successful save."""

    saved = Signal(str, object)

    def __init__(
        self,
        services: Services,
        runner: OpRunner,
        kind: str,
        record_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordDialog")
        self.services = services
        self.runner = runner
        self.kind = kind
        self.record_id = record_id
        self.fields = {f.key: f for f in FORMS[kind]}
        self.editors: dict[str, FieldEditor] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.errors: dict[str, str | None] = {}
        self.cleaned: dict[str, Any] = {}
        self.original: dict[str, Any] = {}
        self.saving = False
        #: what the editor's tabs did, unsaved: rehearsed to be shown, written on Save
        self.draft: list[Step] = []
        #: ids made by the draft's steps in the last rehearsal, and the step that made each
        self.made: dict[uuid.UUID, Made] = {}
        self._discarding = False
        self._shown = False
        self._asking: QMessageBox | None = None
        self.history: HistoryView | None = None
        self._build()
        if record_id is not None:
            self._load(record_id)
        else:
            self._set_title(None)
        for key in self.fields:
            self._validate(key)
        self._update_save()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.setMinimumWidth(560)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 18, 20, 16)
        outer.setSpacing(12)
        self.heading = QLabel()
        self.heading.setWordWrap(True)  # a long title wraps instead of widening the dialog
        self.heading.setObjectName("dialogHeading")
        outer.addWidget(self.heading)

        body = self._form_body()
        self.form_scroll = self._scrolled(body)
        outer.addWidget(self.form_scroll, 1)
        self.form_error = QLabel()
        self.form_error.setObjectName("error_form")
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)
        outer.addWidget(self.form_error)
        outer.addLayout(self._buttons_row())
        # made default once inside the dialog: made before, the dialog never hears of it and
        # makes the first button of a tab its default, which Enter in a field would press
        self.save_button.setDefault(True)
        hint = body.sizeHint().height() + 150
        # within a 1024 × 700 screen with the window frame: longer forms scroll
        self.resize(620, min(max(hint, 320), 640))

    def _form_body(self) -> QWidget:
        """One row per field of the form: its label (the editor's buddy), the editor, and
        under it a line for what is wrong with it."""
        body = QWidget()
        body.setObjectName("formBody")
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 8, 0)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(4)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in self.fields.values():
            editor = self._editor(f)
            self.editors[f.key] = editor
            editor.widget.setObjectName(f"field_{f.key}")
            editor.widget.setAccessibleName(field_label(f))
            error = QLabel()
            error.setObjectName(f"error_{f.key}")
            error.setWordWrap(True)
            error.setVisible(False)
            self.error_labels[f.key] = error
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 4)
            box.setSpacing(2)
            box.addWidget(editor.widget)
            box.addWidget(error)
            label = QLabel(field_label(f) + (" *" if f.required else ""))
            label.setBuddy(editor.widget)
            label.setContentsMargins(0, 5, 0, 0)
            form.addRow(label, cell)
        return body

    def _scrolled(self, body: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside are the tab stops
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _buttons_row(self) -> QHBoxLayout:
        """The "unsaved changes" line on the left, Cancel and Save on the right."""
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(_tr("Save"))
        self.save_button.setObjectName("saveButton")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.bottom_row = QHBoxLayout()
        self.unsaved_label = QLabel()
        self.unsaved_label.setObjectName("unsavedChanges")
        self.unsaved_label.setWordWrap(True)
        self.bottom_row.addWidget(self.unsaved_label, 1)
        self.bottom_row.addWidget(buttons)
        return self.bottom_row

    def showEvent(self, event: QShowEvent) -> None:
        # added at the first show, once subclasses have built their own tabs
        first_show = not self._shown
        self._shown = True
        if self.history is None and self.record_id is not None:
            self._add_history_tab()
        if first_show:
            name_inputs(self)  # the inputs without a label of their own (accessible_names.py)
        super().showEvent(event)
        if first_show:
            self.focus_first_field()

    def focus_first_field(self) -> None:
        """The editor opens with the cursor in its first field (of the tab shown first)."""
        tabs = getattr(self, "tabs", None)
        page = tabs.currentWidget() if isinstance(tabs, QTabWidget) else None
        for editor in self.editors.values():
            widget = editor.widget
            if widget.isEnabled() and (page is None or page.isAncestorOf(widget)):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
        if page is not None:
            page.setFocus(Qt.FocusReason.TabFocusReason)
            page.focusNextChild()

    def _add_history_tab(self) -> None:
        """A "History" tab beside the editor's tabs; a plain editor gets a "Details" tab for
        its form. The journal is read when the tab is first shown."""
        assert self.record_id is not None
        tabs = getattr(self, "tabs", None)
        if not isinstance(tabs, QTabWidget):
            outer = self.layout()
            scroll = getattr(self, "form_scroll", None)
            if not isinstance(outer, QVBoxLayout) or not isinstance(scroll, QScrollArea):
                return
            position = outer.indexOf(scroll)
            if position < 0:
                return
            outer.removeWidget(scroll)
            tabs = self.tabs = QTabWidget()
            tabs.setObjectName("editorTabs")
            tabs.setAccessibleName(_tr("Parts of the record"))
            tabs.setDocumentMode(True)
            tabs.addTab(scroll, _tr("Details"))
            outer.insertWidget(position, tabs, 1)
        self.history = HistoryView(self.services, self.runner, self.kind, self.record_id)
        tabs.addTab(self.history, _tr("History"))
        tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self, _index: int) -> None:
        tabs = getattr(self, "tabs", None)
        history = self.history
        if history is not None and isinstance(tabs, QTabWidget) and tabs.currentWidget() is history:
            history.load()

    def _editor(self, f: Field) -> FieldEditor:
        if f.type == "ref":
            return RefEditor(f, self._validate, self.services, self.runner)
        if f.type == "choice":
            return ChoiceEditor(f, self._validate)
        if f.type == "bool":
            return BoolEditor(f, self._validate)
        if f.type in ("date", "datetime"):
            return DateEditor(f, self._validate)
        if f.type == "long":
            return (
                HtmlEditor(f, self._validate)
                if f.key.endswith("_html")
                else LongEditor(f, self._validate)
            )
        return LineEditor(f, self._validate)

    def _set_title(self, label: str | None) -> None:
        texts = kind_texts(self.kind)
        title = translated(texts.new if label is None else texts.edit)
        self.setWindowTitle(title if label is None else f"{title} — {label}")
        self.heading.setText(label or title)

    def _load(self, record_id: uuid.UUID) -> None:
        records, kind = self.services.records, self.kind
        # the editor is built from the record's values: read before it shows
        values = self.runner.read_now(lambda: records.get(kind, record_id))
        self.original = {k: values.get(k) for k in self.fields}
        for key, editor in self.editors.items():
            editor.set_value(values.get(key))
        self._set_title(record_label(self.kind, values))

    # --- checking ---------------------------------------------------------------------------

    def editor(self, key: str) -> FieldEditor:
        return self.editors[key]

    def _region(self) -> str:
        country = self.fields.get("country")
        if country is None or self.errors.get("country"):
            return ""
        return str(self.cleaned.get("country") or "")

    def _validate(self, key: str) -> None:
        f, editor = self.fields[key], self.editors[key]
        error = editor.check()
        if error is None:
            try:
                self.cleaned[key] = clean_field(f, editor.raw(), self._region())
            except ValidationError as exc:
                error = exc.message
        self.errors[key] = error
        label = self.error_labels[key]
        # a required field left empty is only pointed at once the user has been there
        shown = error if editor.touched or (error and self.original) else None
        label.setText(shown or "")
        label.setVisible(bool(shown))
        if key == "country" and "phone" in self.fields:
            self._validate("phone")
        self.form_error.setVisible(False)
        self._update_save()

    def _update_save(self) -> None:
        ok = not any(self.errors.values())
        self.save_button.setEnabled(ok and not self.saving)

    def is_valid(self) -> bool:
        return not any(self.errors.values())

    # --- saving -----------------------------------------------------------------------------

    def changes(self) -> dict[str, Any]:
        """The cleaned values to write: every filled field when new, the edited ones else."""
        if self.record_id is None:
            return {k: v for k, v in self.cleaned.items() if v not in ("", None, [])}
        return {
            k: v
            for k, v in self.cleaned.items()
            if self.editors[k].modified(self.original.get(k), v)
        }

    def form_steps(self) -> list[Step]:
        """The form's write: a creation when new, the edited fields else (or nothing)."""
        values, records = self.changes(), self.services.records
        if self.record_id is None:
            return [Step(records.create, (self.kind, values), part="form")]
        if not values:
            return []
        return [Step(records.update, (self.kind, self.record_id, values), part="form")]

    def part_steps(self) -> list[Step]:
        """What the editor's other tabs hold unsaved (subclasses); the draft by default."""
        return list(self.draft)

    def save_steps(self) -> list[Step]:
        """Everything Save writes, in order: a new record first (later steps refer to it as
        `Made(0)`), else the tabs' changes first and the form's last."""
        if self.record_id is None:
            return self.form_steps() + self.part_steps()
        return self.part_steps() + self.form_steps()

    def draft_changed(self) -> None:
        """Say how many changes of the tabs wait for Save."""
        count = len(self.draft)
        text = (
            _tr("%n changes not saved yet: Save writes them, Cancel discards them", "", count)
            if count
            else ""
        )
        self.unsaved_label.setText(text)

    def action_name(self) -> str:
        """The undo step's name, in English as the journal keeps it (translated when shown)."""
        texts = kind_texts(self.kind)
        return texts.new if self.record_id is None else texts.edit

    def has_unsaved_changes(self) -> bool:
        """Anything typed or done in the editor that Save would write."""
        if self.draft:
            return True
        if self.record_id is None:
            return any(
                e.touched and self.cleaned.get(k) not in ("", None, [], False)
                for k, e in self.editors.items()
            ) or bool(self.part_steps())
        if any(self.errors.get(k) and e.touched for k, e in self.editors.items()):
            return True
        return bool(self.save_steps())

    def reject(self) -> None:
        """Esc, Cancel and closing the window: unsaved changes are never lost without asking."""
        if self._discarding or self.saving or not self.has_unsaved_changes():
            super().reject()
            return
        if self._asking is not None:
            return
        self._asking = ask_to_discard(self, self._save_from_question, self._discard)
        self._asking.finished.connect(self._question_closed)

    def _question_closed(self) -> None:
        self._asking = None

    def _save_from_question(self) -> None:
        if not self.is_valid():
            self._show_all_errors()
            return
        self.save()

    def _discard(self) -> None:
        self._discarding = True
        super().reject()

    def _show_all_errors(self) -> None:
        """Point at every field that stops Save, the first one focused."""
        first = None
        for key, error in self.errors.items():
            label = self.error_labels[key]
            label.setText(error or "")
            label.setVisible(bool(error))
            if error and first is None:
                first = key
        if first is not None:
            self._reveal(self.editors[first].widget)
            self.editors[first].widget.setFocus()

    def _reveal(self, widget: QWidget) -> None:
        """Bring the tab holding `widget` to the front."""
        tabs = getattr(self, "tabs", None)
        if not isinstance(tabs, QTabWidget):
            return
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if page is not None and (page is widget or page.isAncestorOf(widget)):
                tabs.setCurrentIndex(index)
                return

    def save(self) -> None:
        if not self.is_valid() or self.saving:
            return
        steps = self.save_steps()
        if self.record_id is not None and not steps:
            self.accept()
            return
        self.saving = True
        self._update_save()
        record_id, drafts, name = self.record_id, self.services.drafts, self.action_name()

        def write() -> uuid.UUID:
            results = drafts.apply(name, steps)
            return record_id if record_id is not None else results[0]

        self.runner.write(write, success=self._saved, failure=self._failed, parent=self)

    def _saved(self, record_id: uuid.UUID) -> None:
        self.saving = False
        self.record_id = record_id
        self.draft = []
        self.saved.emit(self.kind, record_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        """A rule that spans fields ("Ends is before the start"), a tab's change refused at
        Save, or a record gone meanwhile: said where it belongs, nothing written."""
        self.saving = False
        self._update_save()
        if isinstance(exc, StepRefused) and exc.step.part != "form":
            if not self.show_part_error(exc.step.part, exc.cause):
                self._form_error(exc.cause)
            return
        cause = exc.cause if isinstance(exc, StepRefused) else exc
        if not isinstance(cause, ServiceError):
            report_failure(self, cause)
            return
        self._form_error(cause)

    def _form_error(self, exc: ServiceError) -> None:
        key = None
        if isinstance(exc, ValidationError):
            key = next((k for k, f in self.fields.items() if f.label == exc.field), None)
        if isinstance(exc, ValidationError) and key is not None:
            self.error_labels[key].setText(exc.message)
            self.error_labels[key].setVisible(True)
            self._reveal(self.editors[key].widget)
            self.editors[key].widget.setFocus()
        else:
            self.form_error.setText(str(exc))
            self.form_error.setVisible(True)

    def show_part_error(self, part: str, exc: ServiceError) -> bool:
        """Show why a step of tab `part` was refused on that tab (subclasses); True if shown."""
        return False
