"""Edit › Personal data review…: the retention review (people with no valid consent and no
activity for a chosen number of years, erased in bulk after a confirmation) and the register
of access exports and erasures, exportable for the data protection officer."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.facade import Services
from metrodesk.services.privacy.retention import ReviewRow
from metrodesk.services.records.change_set import ChangeSet
from metrodesk.services.storage.backups import BackupInfo
from metrodesk.ui.privacy.register_view import RegisterView, table
from metrodesk.ui.runtime.changes import Changes
from metrodesk.ui.runtime.ops import OpRunner
from metrodesk.ui.window.formatting import short_date

#: the review's first answer: people quiet for this many years
DEFAULT_YEARS = 3
#: the years box waits this long after the last change before it reads the list again
RELOAD_DELAY_MS = 250
#: names shown in the confirmation (the rest are counted)
NAMES_SHOWN = 12
PERSON_ROLE = Qt.ItemDataRole.UserRole


def _counted(n: int, one: str, many: str) -> str:
    """`one` (translated) for a single one, else `many` (translated) with {n} filled in."""
    return one if n == 1 else many.format(n=n)


class PersonalDataDialog(QDialog):
    """Emits `message(text)` for the status bar; an erasure is broadcast on `changes`."""

    message = Signal(str)

    def __init__(
        self,
        services: Services,
        runner: OpRunner,
        changes: Changes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personalDataDialog")
        self.setWindowTitle(_tr("Personal data review"))
        self.service = services.personal_data
        self.runner = runner
        self.changes = changes
        self.rows: list[ReviewRow] = []
        #: the day the review counts back from (today; a test looks from a later one)
        self.today: Callable[[], date] = date.today
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._build()
        self.reload()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 18, 20, 16)
        outer.setSpacing(10)
        heading = QLabel(_tr("Personal data review"))
        heading.setObjectName("dialogHeading")
        outer.addWidget(heading)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("personalDataTabs")
        self.tabs.setAccessibleName(_tr("Retention review and register"))
        self.tabs.addTab(self._build_review(), _tr("&Retention review"))
        self.register_view = RegisterView(self.service, self.runner, self)
        self.register_view.message.connect(self.message)
        self.tabs.addTab(self.register_view, _tr("Re&gister"))
        self.tabs.currentChanged.connect(self._tab_changed)
        outer.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        close = QPushButton(_tr("Close"))
        close.setObjectName("closeButton")
        close.clicked.connect(self.reject)
        row.addWidget(close)
        outer.addLayout(row)
        self.resize(820, 560)
        self.years_box.setFocus()

    def _build_review(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        line = QHBoxLayout()
        label = QLabel(_tr("People with no valid consent and no activity for the last"))
        self.years_box = QSpinBox()
        self.years_box.setObjectName("yearsBox")
        self.years_box.setRange(1, 50)
        self.years_box.setValue(DEFAULT_YEARS)
        self.years_box.setSuffix(_tr(" years"))
        self.years_box.setAccessibleName(_tr("Years without consent or activity"))
        label.setBuddy(self.years_box)
        self.years_box.valueChanged.connect(lambda _v: self._reload_timer.start())
        line.addWidget(label)
        line.addWidget(self.years_box)
        line.addStretch(1)
        layout.addLayout(line)
        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = table("reviewTable", _tr("People to review"),
                           (_tr("Name"), _tr("Last activity"), _tr("Consent")))  # fmt: skip
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.select_all_button = QPushButton(_tr("Select &all"))
        self.select_all_button.setObjectName("selectAllButton")
        self.select_all_button.clicked.connect(self.table.selectAll)
        self.erase_button = QPushButton(_tr("&Erase selected…"))
        self.erase_button.setObjectName("eraseSelectedButton")
        self.erase_button.clicked.connect(self.ask_erase)
        buttons.addWidget(self.select_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        layout.addLayout(buttons)
        return page

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.register_view:
            self.register_view.reload()

    # --- the review ---------------------------------------------------------------------

    def reload(self) -> None:
        service, years, today = self.service, self.years_box.value(), self.today()
        self.summary.setText(_tr("Looking…"))
        self.runner.read(lambda: service.review(years, today), success=self._show, parent=self)

    def _show(self, rows: list[ReviewRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for col, text in enumerate((row.name, short_date(row.last_activity),
                                        self._consent_text(row.consent))):  # fmt: skip
                cell = QTableWidgetItem(text)
                if col == 0:
                    cell.setData(PERSON_ROLE, row.person_id)
                self.table.setItem(r, col, cell)
        if rows:
            self.summary.setText(
                _tr(
                    "No valid consent and nothing recorded for the last {years} years: {n} "
                    "listed. Select the ones to erase."
                ).format(years=self.years_box.value(), n=len(rows))
            )
        else:
            self.summary.setText(
                _tr(
                    "Nobody to review: everyone has a valid consent or something recorded "
                    "about them in the last {years} years."
                ).format(years=self.years_box.value())
            )
        self._update_buttons()

    @staticmethod
    def _consent_text(consent: str) -> str:
        if consent == "none":
            return _tr("never given")
        return consent  # "withdrawn on YYYY-MM-DD", from the service

    def _update_buttons(self) -> None:
        self.erase_button.setEnabled(bool(self.selected()))
        self.select_all_button.setEnabled(bool(self.rows))

    def selected(self) -> list[ReviewRow]:
        chosen = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [self.rows[r] for r in sorted(chosen) if r < len(self.rows)]

    # --- erasing ------------------------------------------------------------------------

    def ask_erase(self) -> None:
        """Reads the backups that still hold the data, then asks (window-modal)."""
        chosen = self.selected()
        if chosen:
            service = self.service
            self.runner.read(
                service.backups,
                success=lambda backups: self.confirm(chosen, backups),
                parent=self,
            )

    def confirm(self, chosen: list[ReviewRow], backups: list[BackupInfo]) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("confirmBulkErasure")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Erase people"))
        box.setText(
            _counted(
                len(chosen),
                _tr("Erase this person for good? This cannot be undone."),
                _tr("Erase these {n} people for good? This cannot be undone."),
            )
        )
        names = [f"• {row.name}" for row in chosen[:NAMES_SHOWN]]
        if len(chosen) > NAMES_SHOWN:
            names.append(_tr("• and {n} more").format(n=len(chosen) - NAMES_SHOWN))
        lines = [
            *names,
            "",
            _tr(
                "Their names, contact details, notes and every mention of them leave the "
                "records and the history. Meetings and courses keep their counts."
            ),
        ]
        if backups:
            lines += ["", _tr("Backups made before still hold the data until they expire: "
                              "{n}.").format(n=len(backups))]  # fmt: skip
        box.setInformativeText("\n".join(lines))
        erase = box.addButton(_tr("&Erase"), QMessageBox.ButtonRole.DestructiveRole)
        erase.setObjectName("confirmEraseButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        people = [row.person_id for row in chosen]
        box.buttonClicked.connect(lambda button: self.erase(people) if button is erase else None)
        box.open()
        return box

    def erase(self, people: list[uuid.UUID]) -> None:
        service, total = self.service, len(people)
        self.runner.run(
            lambda progress: service.erase_all(people, progress),
            success=lambda done: self._erased(done, total),
            label=_tr("Erasing…"),
            parent=self,
        )

    def _erased(self, done: int, total: int) -> None:
        self.changes.changed.emit(ChangeSet.of_everything())
        if done < total:
            text = _tr("Erased {done} of {total} people (stopped)").format(done=done, total=total)
        else:
            text = _counted(done, _tr("Erased 1 person"), _tr("Erased {n} people"))
        self.message.emit(text)
        self.reload()
