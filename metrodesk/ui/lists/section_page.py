"""One list section of the main window: search box, record table, New button and count."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.facade import Services
from metrodesk.services.lists.views import View
from metrodesk.services.records.change_set import ChangeSet
from metrodesk.ui.lists.filters import FilterBar, filter_bar_for
from metrodesk.ui.lists.record_model import RecordTableModel
from metrodesk.ui.lists.record_table import RecordTable, SearchBox
from metrodesk.ui.lists.saved_views import SaveViewDialog, ViewState
from metrodesk.ui.lists.selection_bar import SelectionBar
from metrodesk.ui.runtime.changes import Changes
from metrodesk.ui.runtime.ops import OpRunner
from metrodesk.ui.runtime.settings import HIDDEN_COLUMNS, Preferences
from metrodesk.ui.window.sections import Section

#: search after every keystroke (0: once the event loop has taken in what was typed, so that
#: a paste or a key repeat asks once); the list reads in the background meanwhile
SEARCH_DELAY_MS = 0

#: lists whose headers sort on a click (the others keep their own order)
SORTABLE_KINDS = ("contact", "organisation")


class SectionPage(QWidget):
    """Emits `edit_requested(kind, id)` (id None for a new record) and `message(text)`."""

    edit_requested = Signal(str, object)
    message = Signal(str)
    #: a record was moved to the Trash: what to say, beside an Undo button
    trashed = Signal(str)
    count_changed = Signal(str)

    def __init__(
        self,
        section: Section,
        services: Services,
        runner: OpRunner,
        changes: Changes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.kind = section.kind
        self.services = services
        self.runner = runner
        self.changes = changes
        self.setObjectName(f"section_{self.kind}")
        self.model = self.make_model()
        self._stale = False
        #: the record to select once a background read of the list arrives
        self._reselect: uuid.UUID | None = None
        self.filter_bar: FilterBar | None = filter_bar_for(self.kind, services, runner)
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._apply_search)
        self.search_box.textChanged.connect(self._timer.start)
        changes.changed.connect(self._on_changed)
        self._after_reset()
        if self.filter_bar is not None:
            self.filter_bar.load_choices()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(12)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_search_row())
        if self.filter_bar is not None:
            self.filter_bar.changed.connect(self.set_filters)
            layout.addWidget(self.filter_bar)
        self.selection_bar = SelectionBar(self)
        layout.addWidget(self.selection_bar)
        self._build_table()
        self._connect_table()
        layout.addWidget(self.table, 1)

    def _build_header(self) -> QHBoxLayout:
        """The section's title, and its New button."""
        top = self.header_row = QHBoxLayout()
        title = QLabel(self.section.text(self.section.title))
        title.setObjectName("sectionTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.new_button = QPushButton(self.section.text(self.section.new_label))
        self.new_button.setObjectName("newButton")
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(lambda: self.edit_requested.emit(self.kind, None))
        top.addWidget(self.new_button)
        return top

    def _build_search_row(self) -> QHBoxLayout:
        """The search box, how many records it finds, and Save view."""
        row = QHBoxLayout()
        self.search_box = SearchBox()
        self.search_box.setObjectName("searchBox")
        self.search_box.setAccessibleName(self.section.text(self.section.search_name))
        self.search_box.setPlaceholderText(self.section.text(self.section.search_hint))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.to_list.connect(self._focus_list)
        row.addWidget(self.search_box, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setMinimumWidth(120)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.count_label)
        self.save_view_button = QPushButton(_tr("Save view…"))
        self.save_view_button.setObjectName("saveViewButton")
        self.save_view_button.setToolTip(
            _tr("Keep this search, its filters, sort and columns under a name, for everyone")
        )
        self.save_view_button.clicked.connect(self.ask_save_view)
        row.addWidget(self.save_view_button)
        return row

    def _build_table(self) -> None:
        table = self.table = RecordTable()
        table.setObjectName("recordTable")
        table.setAccessibleName(self.section.text(self.section.title))
        table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows walk it
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several rows for the actions on a selection (Shift and Ctrl, Ctrl+A)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(30)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.keys = self.model.keys
        table.watch_rows()
        if self.kind in SORTABLE_KINDS:
            # no indicator at first: the list's own order until a header is clicked
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            header.setSortIndicatorClearable(True)
            table.setSortingEnabled(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.restore_hidden_columns()

    def _connect_table(self) -> None:
        """The table's requests, and the model's news, to the page and its selection bar."""
        table = self.table
        table.doubleClicked.connect(lambda _index: self.open_current())
        table.open_requested.connect(self.open_current)
        table.delete_requested.connect(self.delete_current)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(lambda *_: self.table.viewport().update())
        self.model.loading_changed.connect(self._loading)
        self.model.counted.connect(self._show_count)
        table.selectionModel().selectionChanged.connect(self.selection_bar.update_selection)
        self.model.modelReset.connect(self.selection_bar.update_selection)

    # --- searching --------------------------------------------------------------------------

    def make_model(self) -> RecordTableModel:
        """The section's rows, built once while the page is, from the section's list."""
        return RecordTableModel(self.services.list_source(self.kind), self.runner)

    def set_query(self, text: str) -> None:
        """Search now and have the rows when this returns (a record shown from global search);
        what is typed in the search box reads in the background instead (`_apply_search`)."""
        self._timer.stop()
        if self.search_box.text() != text:
            self.search_box.blockSignals(True)
            self.search_box.setText(text)
            self.search_box.blockSignals(False)
        if text.strip() != self.model.query or self.model.searching:
            self.model.set_query(text)

    def _apply_search(self) -> None:
        if self.search_box.text().strip() != self.model.query:
            self.model.search(self.search_box.text())

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _focus_list(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.select_row(0)

    def count_text(self) -> str:
        return self.section.count_text(self.model.count())

    def set_filters(self, filters: dict[str, Any]) -> None:
        self.model.set_filters(filters)

    # --- columns ----------------------------------------------------------------------------

    def column_menu(self) -> QMenu:
        """A checkable entry per column; at least one column stays shown."""
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        shown = [c for c in range(len(self.model.keys)) if not self.table.isColumnHidden(c)]
        for col, key in enumerate(self.model.keys):
            action = menu.addAction(str(self.model.headerData(col, Qt.Orientation.Horizontal)))
            action.setObjectName(f"column_{key}")
            action.setCheckable(True)
            action.setChecked(col in shown)
            action.setEnabled(shown != [col])
            action.toggled.connect(lambda on, key=key: self.set_column_hidden(key, not on))
        return menu

    def _header_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        self.column_menu().exec(header.mapToGlobal(pos))

    def hidden_columns(self) -> list[str]:
        return [k for c, k in enumerate(self.model.keys) if self.table.isColumnHidden(c)]

    def set_column_hidden(self, key: str, hidden: bool) -> None:
        """Hide or show a column, and remember it for this section."""
        self.table.setColumnHidden(self.model.column(key), hidden)
        self.table.fit_columns()
        Preferences().set(HIDDEN_COLUMNS, self.hidden_columns(), self.kind)

    def restore_hidden_columns(self) -> None:
        """The columns as remembered (every one shown when nothing is, as after a reset in the
        Settings dialog)."""
        saved = Preferences().get(HIDDEN_COLUMNS, self.kind)
        keys = [k for k in saved if k in self.model.keys]
        if len(keys) >= len(self.model.keys):
            keys = keys[1:]  # never all of them
        for col, key in enumerate(self.model.keys):
            self.table.setColumnHidden(col, key in keys)

    def _after_reset(self) -> None:
        query = self.model.query
        if self.model.filters and not self.model.rowCount():
            self.table.empty_text = self.section.text(self.section.empty_filtered)
        elif query:
            self.table.empty_text = _tr("No match for ‘{query}’").format(query=query)
        else:
            self.table.empty_text = self.section.text(self.section.empty).format(
                button=self.section.text(self.section.new_label)
            )
        self.table.viewport().update()
        if self.model.count_known:  # else the label keeps the last count until `counted`
            self._show_count()
        reselect, self._reselect = self._reselect, None
        if reselect is not None:
            self.select_record(reselect)

    def _show_count(self) -> None:
        text = self.count_text()
        self.count_label.setText(text)
        # a screen reader says how many rows the list holds when it reaches it
        self.table.setAccessibleDescription(text)
        self.count_changed.emit(text)

    def _loading(self, loading: bool) -> None:
        """A long list sorting or filtering in the background: the rows shown stay meanwhile."""
        if loading:
            self.count_label.setText(_tr("Sorting…") if self.model.sort_by else _tr("Filtering…"))
        else:
            self.count_label.setText(self.count_text())

    # --- selection --------------------------------------------------------------------------

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def select_record(self, record_id: uuid.UUID) -> bool:
        """Select the record, reading further pages if needed; False when it is not listed."""
        row = self.model.locate(record_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def selected_ids(self) -> list[uuid.UUID]:
        """The records of the selected rows, in the list's order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.record_id(r) for r in rows]

    def current_record_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.record_id(index.row())

    # --- actions ----------------------------------------------------------------------------

    def open_current(self) -> None:
        record_id = self.current_record_id()
        if record_id is not None:
            self.edit_requested.emit(self.kind, record_id)

    def delete_current(self) -> None:
        """Soft delete: the record moves to the Trash; the window offers to undo it. Several
        selected rows go together, as one undo step."""
        if len(self.selected_ids()) > 1 or self.selection_bar.whole_list:
            self.selection_bar.trash()
            return
        record_id = self.current_record_id()
        if record_id is None:
            return
        label = self.model.text(self.table.currentIndex().row(), self.section.label_key)
        kind, records = self.kind, self.services.records

        def done(_: object) -> None:
            self.trashed.emit(_tr("Moved ‘{name}’ to Trash").format(name=label))

        self.runner.write(lambda: records.delete(kind, record_id), success=done, parent=self)

    # --- saved views and the selection's tags -----------------------------------------------

    def tag_choices(self) -> list[str]:
        """The tags in use, offered when tagging a selection (read with the filters)."""
        combo = self.filter_bar.combos.get("tag") if self.filter_bar is not None else None
        if combo is None:
            return []
        return [combo.itemText(i) for i in range(1, combo.count())]

    def view_state(self) -> ViewState:
        return ViewState(
            self.search_box.text().strip(),
            dict(self.model.filters),
            self.model.sort_by,
            tuple(self.hidden_columns()),
        )

    def ask_save_view(self) -> SaveViewDialog:
        dialog = SaveViewDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def apply_view(self, view: View) -> None:
        """Show the list as the view keeps it: its search, filters, sort and columns."""
        self.show_filters(dict(view.filters))
        self.set_query(view.query)
        if view.sort is not None and view.sort[0] in self.model.keys:
            order = Qt.SortOrder.DescendingOrder if view.sort[1] else Qt.SortOrder.AscendingOrder
            column = self.model.column(view.sort[0])
            if self.table.isSortingEnabled():
                self.table.horizontalHeader().setSortIndicator(column, order)
            self.model.set_sort(view.sort)
        elif self.table.isSortingEnabled():
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.model.set_sort(None)
        if view.hidden_columns:
            # for this view only: the section's own columns stay as the user keeps them
            for column, key in enumerate(self.model.keys):
                self.table.setColumnHidden(column, key in view.hidden_columns)
        else:
            self.restore_hidden_columns()
        self.table.fit_columns()

    def show_filters(self, filters: dict[str, Any]) -> None:
        """Set the filter widgets to `filters` (names and values as a saved view holds them)
        and filter the list so."""
        bar = self.filter_bar
        if bar is None:
            self.set_filters(filters)
            return
        for name, combo in bar.combos.items():
            value = filters.get(name)
            if name == "organisation" and isinstance(value, str):
                value = uuid.UUID(value)
            combo.blockSignals(True)
            found = combo.findData(value) if value is not None else 0
            if value is not None and found < 0:
                combo.addItem(str(value), value)  # not read in yet: shown as it is
                found = combo.count() - 1
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
        bar._changed()  # as if the user had chosen them: the list filters, Clear lights up

    def _on_changed(self, changed: ChangeSet) -> None:
        """Refresh after a write: now when it touched this section's kind (selecting the record
        written, when it was one), else when the page is next shown (other kinds may show
        here, e.g. organisation names in contacts)."""
        if self.filter_bar is not None and (
            changed.touches("contact") or changed.touches("organisation")
        ):
            self.filter_bar.load_choices()
        if not changed.touches(self.kind):
            self._stale = True
            if self.isVisible():
                self.refresh()
            return
        self.refresh(changed.record(self.kind))

    def refresh(self, select: uuid.UUID | None = None) -> None:
        self._stale = False
        row = self.table.currentIndex().row()
        current = self.current_record_id()
        self.model.refresh()
        if self.model.loading:
            # a long sorted or filtered list reads in the background: select when it arrives
            self._reselect = select or current
            return
        if select is not None and self.select_record(select):
            return
        if self.model.rowCount() and row >= 0:
            self.select_row(min(row, self.model.rowCount() - 1))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
