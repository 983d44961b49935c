"""Saved views in the window: "Save view…" beside a list's search box keeps its search,
filters, sort and hidden columns under a name; the views, shared with everyone through the
database, are listed under their sections below the section list, and a click shows the list
so. Right-click renames or deletes one."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.errors import ValidationError
from metrodesk.services.facade import Services
from metrodesk.services.lists.views import View
from metrodesk.ui.runtime.ops import OpRunner
from metrodesk.ui.window.sections import SECTIONS, plural_noun

if TYPE_CHECKING:
    from metrodesk.ui.lists.section_page import SectionPage

VIEW_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ViewState:
    """What a list shows now, as a view keeps it."""

    query: str
    filters: dict[str, Any]
    sort: tuple[str, bool] | None
    hidden_columns: tuple[str, ...]


class SaveViewDialog(QDialog):
    """The name of the view; the same name again asks to replace that view."""

    def __init__(self, page: SectionPage) -> None:
        super().__init__(page)
        self.setObjectName("saveViewDialog")
        self.page = page
        self.setWindowTitle(_tr("Save view"))
        box = QVBoxLayout(self)
        state = page.view_state()
        heading = QLabel(_tr("Save this list of {kinds} as a view").format(
            kinds=plural_noun(page.section)
        ))  # fmt: skip
        heading.setObjectName("dialogHeading")
        heading.setWordWrap(True)
        box.addWidget(heading)
        described = describe(state)
        what = QLabel(described)
        what.setObjectName("subtitle")
        what.setWordWrap(True)
        box.addWidget(what)
        label = QLabel(_tr("&Name, as the navigation shows it"))
        self.name = QLineEdit()
        self.name.setObjectName("viewName")
        self.name.setPlaceholderText(_tr("Focal points, Africa"))
        label.setBuddy(self.name)
        box.addWidget(label)
        box.addWidget(self.name)
        self.replace = QCheckBox(_tr("Replace the view of that name"))
        self.replace.setObjectName("replaceView")
        self.replace.setVisible(False)
        box.addWidget(self.replace)
        self.error = QLabel()
        self.error.setObjectName("error_viewName")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        box.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveViewOk")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.name.textChanged.connect(lambda text: self.save_button.setEnabled(bool(text.strip())))
        self.save_button.setEnabled(False)
        self.resize(440, 220)
        self.name.setFocus()

    def save(self) -> None:
        page, state, name = self.page, self.page.view_state(), self.name.text()
        views, replace = page.services.views, self.replace.isChecked()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ValidationError):
                raise exc
            self.error.setText(exc.message)
            self.error.setVisible(True)
            self.replace.setVisible("already there" in exc.message)

        def saved(_view_id: uuid.UUID) -> None:
            page.message.emit(_tr("View ‘{name}’ saved").format(name=" ".join(name.split())))
            self.accept()

        page.runner.run(
            lambda: views.save(
                page.kind, name, state.query, state.filters, state.sort,
                state.hidden_columns, replace,
            ),
            success=saved,
            failure=failed,
            parent=self,
        )  # fmt: skip


def describe(state: ViewState) -> str:
    parts = []
    if state.query:
        parts.append(_tr("search ‘{words}’").format(words=state.query))
    if state.filters:
        parts.append(_tr("{count} filters").format(count=len(state.filters)))
    if state.sort:
        parts.append(_tr("sorted"))
    if state.hidden_columns:
        parts.append(_tr("{count} columns hidden").format(count=len(state.hidden_columns)))
    return (", ".join(parts) or _tr("the whole list")).capitalize()


class ViewsPanel(QWidget):
    """Below the section list: the saved views, each under its section. `open_view(view)`
    follows a click (or Enter)."""

    open_view = Signal(object)
    message = Signal(str)

    def __init__(self, services: Services, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("savedViewsPanel")
        # drawn by the style sheet (the sidebar's colour and its right edge)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.services = services
        self.runner = runner
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 8)
        box.setSpacing(4)
        self.caption = QLabel(_tr("Saved views"))
        self.caption.setObjectName("savedViewsCaption")
        self.tree = QTreeWidget()
        self.tree.setObjectName("savedViews")
        self.tree.setAccessibleName(_tr("Saved views"))
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(12)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.hint = QLabel(
            _tr("None yet. “Save view…” beside a list's search keeps the list as you set it.")
        )
        self.hint.setObjectName("savedViewsHint")
        self.hint.setWordWrap(True)
        box.addWidget(self.caption)
        box.addWidget(self.hint)
        box.addWidget(self.tree, 1)
        box.addStretch(0)
        self.views: tuple[View, ...] = ()

    def load(self) -> None:
        self.runner.run(self.services.views.all, success=self.show_views, parent=self)

    def show_views(self, views: tuple[View, ...]) -> None:
        self.views = views
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for section in SECTIONS:
            mine = [v for v in views if v.section == section.kind]
            if not section.kind or not mine:
                continue
            head = QTreeWidgetItem([section.text(section.title)])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setFont(0, bold)
            self.tree.addTopLevelItem(head)
            for view in mine:
                item = QTreeWidgetItem([view.name])
                item.setData(0, VIEW_ROLE, view)
                item.setToolTip(0, describe(_state(view)))
                head.addChild(item)
            head.setExpanded(True)
        self.tree.setVisible(bool(views))
        self.hint.setVisible(not views)

    def item_for(self, name: str) -> QTreeWidgetItem | None:
        found = self.tree.findItems(name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return next((i for i in found if i.data(0, VIEW_ROLE) is not None), None)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        view = item.data(0, VIEW_ROLE)
        if isinstance(view, View):
            self.open_view.emit(view)

    def _menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        view = item.data(0, VIEW_ROLE) if item is not None else None
        if item is None or not isinstance(view, View):
            return
        menu = QMenu(self)
        rename = menu.addAction(_tr("Rename…"))
        delete = menu.addAction(_tr("Delete"))
        chosen = menu.exec(self.tree.viewport().mapToGlobal(pos))
        if chosen is rename:
            self._rename_when_edited(item, view)
        elif chosen is delete:
            self.delete(view)

    def _rename_when_edited(self, item: QTreeWidgetItem, view: View) -> None:
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)

        def edited(changed: QTreeWidgetItem, _column: int) -> None:
            if changed is not item:
                return
            self.tree.itemChanged.disconnect(edited)
            self.rename(view, changed.text(0))

        self.tree.itemChanged.connect(edited)
        self.tree.editItem(item)

    def rename(self, view: View, name: str) -> None:
        views = self.services.views
        self.runner.run(
            lambda: views.rename(view.id, name),
            success=lambda _: self.load(),
            failure=self._rename_failed,
            parent=self,
        )

    def _rename_failed(self, exc: BaseException) -> None:
        """Said in the status bar; the old name comes back in the list."""
        self.message.emit(str(exc))
        self.load()

    def delete(self, view: View) -> None:
        views = self.services.views

        def done(_: object) -> None:
            self.load()
            self.message.emit(
                _tr("View ‘{name}’ deleted: Edit › Undo brings it back").format(name=view.name)
            )

        self.runner.run(lambda: views.delete(view.id), success=done, parent=self)


def _state(view: View) -> ViewState:
    return ViewState(view.query, dict(view.filters), view.sort, view.hidden_columns)
