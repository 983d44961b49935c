"""The bar above a list while rows are selected: how many, the actions on all of them at once
(tag, untag, organisation, status, owner, trash), and "Select all N listed". Each action is one
undo step, said in the status bar; the trash offers its Undo there."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.i18n import translated
from metrodesk.services.lists.source import list_ids
from metrodesk.services.records.forms import FORMS, Field
from metrodesk.ui.window.flow_layout import flow_row
from metrodesk.ui.window.formatting import choice_text
from metrodesk.ui.window.sections import plural_noun

if TYPE_CHECKING:
    from metrodesk.ui.lists.section_page import SectionPage

#: the actions a section's selection offers: (action, field key)
ACTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "contact": (("tag", "tags"), ("untag", "tags"), ("set", "organisation_id")),
    "meeting": (("tag", "tags"), ("untag", "tags")),
    "member_city": (("set", "status"),),
    "training_centre": (("set", "status"),),
    "action_item": (("set", "owner_id"), ("set", "status")),
}


def _field(kind: str, key: str) -> Field:
    return next(f for f in FORMS[kind] if f.key == key)


def action_text(action: str, kind: str, key: str) -> str:
    if action == "tag":
        return _tr("Tag…")
    if action == "untag":
        return _tr("Remove a tag…")
    label = translated(_field(kind, key).label).lower()
    return _tr("Set {field}…").format(field=label)


class ValueDialog(QDialog):
    """Asks for the one value a bulk action needs: a tag, an organisation, a status, an
    owner. Opens with the field focused; `chosen(value)` follows OK."""

    def __init__(self, page: SectionPage, title: str, field: Field, tags: list[str]) -> None:
        super().__init__(page)
        self.setObjectName("bulkValueDialog")
        self.setWindowTitle(title)
        self.field = field
        box = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("dialogHeading")
        box.addWidget(heading)
        self.editor: Any
        # imported here: the record editor's module is not needed before a dialog opens
        from metrodesk.ui.records.field_editors import RefEditor

        if field.type == "ref":
            self.editor = RefEditor(field, lambda _k: self._check(), page.services, page.runner)
            widget: QWidget = self.editor.widget
        elif field.type == "choice":
            combo = self.editor = QComboBox()
            for value in field.choices:
                combo.addItem(choice_text(value), value)
            widget = combo
        else:
            line = self.editor = QLineEdit()
            line.setPlaceholderText(_tr("A tag, such as Dakar 2026"))
            line.textChanged.connect(lambda _t: self._check())
            completer = QCompleter(tags, line)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            line.setCompleter(completer)
            widget = line
        widget.setObjectName("bulkValue")
        label = QLabel(translated(field.label))
        label.setBuddy(widget)
        box.addWidget(label)
        box.addWidget(widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("bulkOkButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.resize(420, 180)
        self._check()
        widget.setFocus()

    def value(self) -> Any:
        if self.field.type == "ref":
            return self.editor.raw()
        if isinstance(self.editor, QComboBox):
            return self.editor.currentData()
        return self.editor.text().strip()

    def _check(self) -> None:
        if self.field.type == "ref":
            ok = self.editor.raw() is not None
        else:
            ok = self.value() not in (None, "")
        self.ok.setEnabled(ok)


class SelectionBar(QFrame):
    def __init__(self, page: SectionPage) -> None:
        super().__init__(page)
        self.setObjectName("selectionBar")
        self.page = page
        #: "Select all N listed" was pressed: the actions take the whole list
        self.whole_list = False
        self.label = QLabel()
        self.label.setObjectName("selectionCount")
        self.all_button = QPushButton()
        self.all_button.setObjectName("selectAllListedButton")
        self.all_button.setFlat(True)
        self.all_button.clicked.connect(self.select_whole_list)
        buttons: list[QWidget] = [self.label, self.all_button]
        for action, key in ACTIONS.get(page.kind, ()):
            button = QPushButton(action_text(action, page.kind, key))
            button.setObjectName(f"bulk_{action}_{key}")
            button.clicked.connect(lambda _c=False, a=action, k=key: self.ask(a, k))
            buttons.append(button)
        trash = QPushButton(_tr("Move to trash"))
        trash.setObjectName("bulkTrashButton")
        trash.clicked.connect(self.trash)
        buttons.append(trash)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(flow_row(buttons, "selectionActions"), 1)
        self.setVisible(False)

    # --- what is selected -------------------------------------------------------------------

    def update_selection(self) -> None:
        count = len(self.page.selected_ids())
        total = self.page.model.count()
        if count == 0:
            self.whole_list = False
        if self.whole_list:
            count = total
        self.setVisible(count > 0)
        self.label.setText(
            _tr("1 selected") if count == 1 else _tr("{count} selected").format(count=count)
        )
        self.all_button.setText(_tr("Select all {count} listed").format(count=total))
        self.all_button.setVisible(0 < count < total)

    def select_whole_list(self) -> None:
        self.page.table.selectAll()
        self.whole_list = True
        self.update_selection()

    def ids(self) -> Callable[[], list[uuid.UUID]]:
        """The records the action is about, read on the worker."""
        if self.whole_list:
            source, query = self.page.model.source, self.page.model.list_query
            return lambda: list_ids(source, query)
        chosen = self.page.selected_ids()
        return lambda: chosen

    # --- acting -----------------------------------------------------------------------------

    def ask(self, action: str, key: str) -> ValueDialog:
        page = self.page
        count = page.model.count() if self.whole_list else len(page.selected_ids())
        noun = plural_noun(page.section)
        title = {
            "tag": _tr("Tag {count} {kinds}"),
            "untag": _tr("Remove a tag from {count} {kinds}"),
        }.get(action, _tr("{what} of {count} {kinds}"))
        text = title.format(
            count=count, kinds=noun, what=action_text(action, page.kind, key).rstrip("…")
        )
        tags = page.tag_choices() if key == "tags" else []
        dialog = ValueDialog(page, text, _field(page.kind, key), tags)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.run(action, key, dialog.value()))
        dialog.open()
        return dialog

    def run(self, action: str, key: str, value: Any) -> None:
        page, bulk, kind, find = self.page, self.page.services.bulk, self.page.kind, self.ids()

        def work(progress: Callable[[int, int], bool]) -> int:
            ids = find()
            if action == "tag":
                return bulk.tag(kind, ids, value, progress)
            if action == "untag":
                return bulk.untag(kind, ids, value, progress)
            return bulk.set_field(kind, ids, key, value, progress)

        def done(count: int) -> None:
            page.message.emit(
                _tr("{count} changed, as one step: Edit › Undo takes it back").format(count=count)
            )

        page.runner.run(work, success=done, label=_tr("Changing the selection…"), parent=page)

    def trash(self) -> None:
        page, bulk, kind, find = self.page, self.page.services.bulk, self.page.kind, self.ids()

        def done(count: int) -> None:
            noun = plural_noun(page.section)
            page.trashed.emit(_tr("Moved {count} {kinds} to Trash").format(count=count, kinds=noun))

        page.runner.run(
            lambda progress: bulk.trash(kind, find(), progress),
            success=done,
            label=_tr("Moving to the Trash…"),
            parent=page,
        )
