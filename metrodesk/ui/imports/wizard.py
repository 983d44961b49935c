"""File › Import…: a workbook, a CSV file, vCards or a calendar, checked and previewed, then
applied as one step.

Pages: the file; for a workbook of another layout (or a CSV file that is no Outlook or Google
export), the sheet and header row, then which column is which field; for a calendar, the days
recurring meetings are expanded in and what becomes of unknown attendees; the preview (what
would be new, updated, unchanged or rejected); the result. Reading, previewing and importing
run on the worker with progress and Cancel; nothing is written before the user presses
Import, and then all rows or none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from metrodesk.data.errors import DamagedValue, DatabaseOpenError, StorageError
from metrodesk.i18n import tr as _tr
from metrodesk.services.errors import ServiceError
from metrodesk.services.facade import Services
from metrodesk.services.imports.calendar_apply import CalendarOptions
from metrodesk.services.imports.choices import ImportChoices
from metrodesk.services.imports.file_sample import FileSample, inspect_file
from metrodesk.services.imports.mapping import ColumnMapping, WorkbookSample, mapping_problems
from metrodesk.services.imports.outcome import ImportReport
from metrodesk.services.imports.preview import ImportPreview
from metrodesk.ui.imports.calendar_page import CalendarPage
from metrodesk.ui.imports.pages import MappingPage, SheetPage, heading
from metrodesk.ui.imports.preview_view import PreviewPage, result_line
from metrodesk.ui.runtime.ops import Op, OpRunner, report_failure
from metrodesk.ui.window.style import set_invalid

FILE, SHEET, MAPPING, PREVIEW, DONE, CALENDAR = range(6)
#: how long after a decision in the preview it is computed again
REPREVIEW_DELAY_MS = 300

#: the wizard's own sizes; its colours are in the app's stylesheet (ui/window/style.py)
STYLE = """
QLabel#importResult { font-size: 11.5pt; }
"""


def file_filters() -> str:
    """Every kind of file the wizard reads, then each kind apart."""
    return ";;".join(
        (
            _tr("Files MetroDesk imports (*.xlsx *.csv *.vcf *.ics)"),
            _tr("Excel workbooks (*.xlsx)"),
            _tr("Contacts from Outlook or Google (*.csv *.vcf)"),
            _tr("Calendars (*.ics)"),
        )
    )


def contacts_filters() -> str:
    """The files Outlook and Google export: contacts first, then calendars."""
    return ";;".join(
        (
            _tr("Contacts and calendars (*.csv *.vcf *.ics)"),
            _tr("Contacts from Outlook or Google (*.csv *.vcf)"),
            _tr("Calendars (*.ics)"),
        )
    )


def open_import_wizard(
    parent: QWidget,
    services: Services,
    runner: OpRunner,
    path: Path | None = None,
    filters: str | None = None,
) -> ImportWizard | None:
    """Ask for a file (unless `path` is given) and open the wizard on it, non-modal-
    blocking; None when the user cancelled the file dialog."""
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent, _tr("Import"), str(Path.home()), filters or file_filters()
        )
        if not name:
            return None
        path = Path(name)
    wizard = ImportWizard(services, runner, path, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


class ImportWizard(QDialog):
    """`imported(report)` follows an applied import, after the runner told the views."""

    imported = Signal(object)

    def __init__(
        self,
        services: Services,
        runner: OpRunner,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(_tr("Import"))
        self.setStyleSheet(STYLE)
        self.resize(1000, 660)  # within a 1024 × 700 screen
        self.services = services
        self.runner = runner
        self.path: Path | None = None
        self.workbook: WorkbookSample | None = None
        self.file: FileSample | None = None
        self.preview: ImportPreview | None = None
        self.op: Op | None = None
        self._build()
        if path is not None:
            self.load(path)
        else:
            self._update()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget()
        self.stack.setObjectName("importPages")
        self.stack.addWidget(self._file_page())
        self.sheet_page = SheetPage()
        self.sheet_page.changed.connect(self._update)
        self.mapping_page = MappingPage()
        self.mapping_page.changed.connect(self._update)
        self.preview_page = PreviewPage(self.services, self.runner)
        # a decision taken in the preview shows its effect after a short pause
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(REPREVIEW_DELAY_MS)
        self._again.timeout.connect(lambda: self.run_preview(again=True))
        self.preview_page.choices_changed.connect(self._again.start)
        self.calendar_page = CalendarPage()
        self.calendar_page.changed.connect(self._update)
        self.stack.addWidget(self.sheet_page)
        self.stack.addWidget(self.mapping_page)
        self.stack.addWidget(self.preview_page)
        self.stack.addWidget(self._done_page())
        self.stack.addWidget(self.calendar_page)

        self.message = QLabel()
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        self.back_button = self._button("importBackButton", _tr("< &Back"), self.back)
        self.next_button = self._button("importNextButton", _tr("&Next >"), self.next)
        self.commit_button = self._button("importCommitButton", _tr("&Import"), self.commit)
        self.commit_button.setProperty("primary", True)
        self.cancel_button = self._button("importCancelButton", _tr("Cancel"), self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.back_button, self.next_button, self.commit_button):
            buttons.addWidget(button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

    def _button(self, name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _file_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("importFilePage")
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPathEdit")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(_tr("No file chosen"))
        choose = QPushButton(_tr("&Choose file…"))
        choose.setObjectName("importChooseButton")
        choose.clicked.connect(self.choose_file)
        self.file_state = QLabel()
        self.file_state.setObjectName("importFileState")
        self.file_state.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            heading(
                _tr("Import"),
                _tr(
                    "A workbook exported by MetroDesk, contacts exported by Outlook or Google "
                    "(.csv, .vcf) and calendars (.ics) import as they are. Any other workbook "
                    "or CSV file: you choose the sheet and say which column is which. Nothing "
                    "is written before you have seen the preview and pressed Import."
                ),
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.file_state)
        layout.addStretch(1)
        return page

    def choices(self) -> ImportChoices:
        """The user's decisions in the preview; the wizard imports the valid rows."""
        page = self.preview_page
        return ImportChoices(dict(page.name_choices), dict(page.row_choices), skip_rejected=True)

    def _done_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("importDonePage")
        self.done_heading = QLabel()
        self.done_heading.setObjectName("dialogHeading")
        self.result_label = QLabel()
        self.result_label.setObjectName("importResult")
        self.result_label.setWordWrap(True)
        self.result_detail = QLabel()
        self.result_detail.setObjectName("subtitle")
        self.result_detail.setWordWrap(True)
        self.result_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.save_rejected_button = QPushButton(_tr("&Save the rejected rows…"))
        self.save_rejected_button.setObjectName("importSaveRejectedButton")
        self.save_rejected_button.setToolTip(
            _tr("A workbook of the rows left out, with a Reason column: correct, then import it")
        )
        self.save_rejected_button.clicked.connect(self.ask_save_rejected)
        self.save_rejected_button.setVisible(False)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("importSavedRejected")
        self.saved_label.setWordWrap(True)
        layout.addWidget(self.done_heading)
        layout.addWidget(self.result_label)
        layout.addWidget(self.result_detail)
        line = QHBoxLayout()
        line.addWidget(self.save_rejected_button)
        line.addWidget(self.saved_label, 1)
        layout.addLayout(line)
        layout.addStretch(1)
        return page

    # --- navigation -------------------------------------------------------------------------

    def page(self) -> int:
        return self.stack.currentIndex()

    def mapping(self) -> ColumnMapping | None:
        """The answer so far; None for a file that imports as it is."""
        if self.workbook is None or self.workbook.contract or not self._mapped():
            return None
        return self.mapping_page.mapping()

    def _mapped(self) -> bool:
        """The file is read through the sheet and mapping pages."""
        return self.file is not None and self.file.way == "sheets" and self.workbook is not None

    def _calendar(self) -> bool:
        return self.file is not None and self.file.way == "calendar"

    def _direct(self) -> bool:
        """The file goes straight to the preview."""
        if self.file is None:
            return False
        workbook = self.workbook
        return self.file.way == "people" or (
            self._mapped() and workbook is not None and bool(workbook.contract)
        )

    def _show(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self._update()

    def next(self) -> None:
        if self.page() == FILE and self.file is not None:
            if self._direct():
                self.run_preview()
            elif self._calendar():
                self._show(CALENDAR)
            else:
                self._show(SHEET)
        elif self.page() == CALENDAR and not self.calendar_page.problem():
            self.run_preview()
        elif self.page() == SHEET and not self.sheet_page.problem():
            sheet = self.sheet_page.sheet()
            assert sheet is not None
            self.mapping_page.load(sheet, self.sheet_page.header_row(), self.sheet_page.kind())
            self._show(MAPPING)
        elif self.page() == MAPPING and not self._mapping_problem():
            self.run_preview()

    def back(self) -> None:
        if self.busy():
            return
        page = self.page()
        if page == PREVIEW and self._calendar():
            self._show(CALENDAR)
        elif page == PREVIEW and self._mapped() and not self._direct():
            self._show(MAPPING)
        elif page in (SHEET, PREVIEW, CALENDAR):
            self._show(FILE)
        elif page == MAPPING:
            self._show(SHEET)

    def _mapping_problem(self) -> str:
        mapping = self.mapping_page.mapping()
        problems = mapping_problems(mapping) if mapping is not None else []
        return "; ".join(problems)

    def _update(self) -> None:
        """Buttons and the reason line, for the page shown and what is running."""
        page, busy = self.page(), self.busy()
        problem = ""
        if page == SHEET:
            problem = self.sheet_page.problem()
        elif page == MAPPING:
            problem = self._mapping_problem()
        elif page == CALENDAR:
            problem = self.calendar_page.problem()
        elif page == PREVIEW and not busy:
            problem = self.preview_page.blocked_reason()
        note = self.preview_page.rejected_note() if page == PREVIEW and not problem else ""
        text = problem or note
        self.message.setText(text[:1].upper() + text[1:])
        self.back_button.setVisible(page in (SHEET, MAPPING, PREVIEW, CALENDAR))
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(
            page in (SHEET, MAPPING, CALENDAR) or (page == FILE and self.file is not None)
        )
        self.next_button.setEnabled(not busy and not problem)
        self.commit_button.setVisible(page == PREVIEW)
        self.commit_button.setEnabled(
            page == PREVIEW and not busy and self.preview is not None and not problem
        )
        valid = self.preview_page.importable
        self.commit_button.setText(
            _tr("&Import the %n valid rows", "", valid) if note else _tr("&Import")
        )
        self.cancel_button.setText(_tr("Close") if page == DONE else _tr("Cancel"))
        if page in (SHEET, MAPPING, CALENDAR) and not problem:
            self.next_button.setDefault(True)

    # --- the file ---------------------------------------------------------------------------

    def choose_file(self) -> None:
        start = str(self.path.parent if self.path is not None else Path.home())
        name, _ = QFileDialog.getOpenFileName(self, _tr("Import"), start, file_filters())
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read the file (a workbook's sheets, a CSV file's first rows ...) on the worker; a
        refused file stays on the first page with its reason."""
        self.path, self.workbook, self.file, self.preview = path, None, None, None
        self.path_edit.setText(str(path))
        self.file_state.setText(_tr("Reading {file}…").format(file=path.name))
        set_invalid(self.file_state, False)
        self._show(FILE)
        self._start(lambda: inspect_file(path), self._loaded, self._load_failed)

    def _loaded(self, sample: FileSample) -> None:
        self.op = None
        self.file = sample
        if sample.way == "people":
            self.file_state.setText(
                _tr("{what}: %n people. They import as they are.", "", sample.count).format(
                    what=sample.description
                )
            )
            self.run_preview()
            return
        if sample.way == "calendar":
            self.file_state.setText(sample.description)
            self.calendar_page.reset()
            self.calendar_page.load(sample)
            self._show(CALENDAR)
            return
        assert sample.workbook is not None
        workbook = self.workbook = sample.workbook
        if workbook.contract:
            self.file_state.setText(
                _tr("{file} is a MetroDesk workbook: it imports as it is.").format(
                    file=workbook.path.name
                )
            )
            self.run_preview()
            return
        self.file_state.setText(sample.description)
        self.sheet_page.load(workbook)
        self._show(SHEET)

    def _load_failed(self, exc: BaseException) -> None:
        self.op = None
        self.file_state.setText(_one_line(self, exc))
        set_invalid(self.file_state, True)
        self._update()

    # --- preview and import -----------------------------------------------------------------

    def run_preview(self, again: bool = False) -> None:
        """What the import would do, computed on the worker (nothing written). `again`: the
        same rows with the user's new decisions; the preview stays shown meanwhile."""
        path, mapping, calendar = self.path, self.mapping(), self.calendar_options()
        assert path is not None
        if self.busy():
            if again:
                self._again.start()  # after the check running now
            return
        imports = self.services.imports
        if not again:
            self.preview_page.reset_choices()
            self.preview_page.clear(_tr("Checking every row…"))
            self._show(PREVIEW)
        self.preview = None
        choices = self.choices()
        self._start(
            lambda progress: imports.preview(
                path, mapping=mapping, progress=progress, calendar=calendar, choices=choices
            ),
            self._previewed,
            self._preview_failed,
            label=_tr("Checking {file}…").format(file=path.name),
        )

    def calendar_options(self) -> CalendarOptions | None:
        return self.calendar_page.options() if self._calendar() else None

    def _previewed(self, preview: ImportPreview) -> None:
        self.op = None
        self.preview = preview
        self.preview_page.show_preview(preview)
        self._update()

    def _preview_failed(self, exc: BaseException) -> None:
        self.op = None
        self.preview_page.clear(_one_line(self, exc), failed=True)
        self._update()

    def commit(self) -> None:
        if self.preview is None or self.busy() or self.preview_page.blocked_reason():
            return
        path, mapping, calendar = self.path, self.mapping(), self.calendar_options()
        choices = self.choices()
        assert path is not None
        imports = self.services.imports
        self._start(
            lambda progress: imports.commit(
                path, mapping=mapping, progress=progress, calendar=calendar, choices=choices
            ),
            self._committed,
            self._commit_failed,
            label=_tr("Importing {file}…").format(file=path.name),
        )

    def _committed(self, report: ImportReport) -> None:
        self.op = None
        self.done_heading.setText(_tr("Import finished"))
        self.result_label.setText(result_line(report))
        notes = [_tr("A backup of the database was made first."), *report.notes]
        notes += [_tr("Created {what}").format(what=what) for what in report.created]
        self.result_detail.setText("\n".join(notes))
        rejected = sum(c.rejected for c in report.sheets.values())
        # rows are copied from a workbook; a CSV file or vCards are corrected at their source
        self.save_rejected_button.setVisible(rejected > 0 and self.workbook is not None)
        self.saved_label.setText("")
        self._show(DONE)
        self.imported.emit(report)

    def ask_save_rejected(self) -> None:
        assert self.path is not None
        start = self.path.with_name(f"{self.path.stem} - rows to correct.xlsx")
        name, _ = QFileDialog.getSaveFileName(
            self, _tr("Save the rejected rows"), str(start), _tr("Excel workbooks (*.xlsx)")
        )
        if name:
            self.save_rejected(Path(name))

    def save_rejected(self, target: Path) -> None:
        """The rows the import left out, with their reasons, to a workbook (on the worker)."""
        path, preview, mapping = self.path, self.preview, self.mapping()
        if path is None or preview is None:
            return
        imports = self.services.imports

        def saved(count: int) -> None:
            self.op = None
            self.saved_label.setText(
                _tr("%n rows saved to {file}", "", count).format(file=target.name)
            )
            self._update()

        def failed(exc: BaseException) -> None:
            self.op = None
            self.saved_label.setText(_one_line(self, exc))
            self._update()

        self._start(lambda: imports.save_rejected(path, preview, target, mapping), saved, failed)

    def _commit_failed(self, exc: BaseException) -> None:
        self.op = None
        self.done_heading.setText(_tr("Nothing was imported"))
        self.result_label.setText(_one_line(self, exc))
        problems = getattr(exc, "problems", None) or []
        self.result_detail.setText("\n".join(problems[:20]))
        self._show(DONE)

    # --- running on the worker --------------------------------------------------------------

    def _start(
        self,
        fn: Any,
        success: Any,
        failure: Any,
        label: str | None = None,
    ) -> None:
        self.op = self.runner.write(fn, success=success, failure=failure, label=label, parent=self)
        self._update()

    def busy(self) -> bool:
        return self.op is not None and not self.op.done

    def committing(self) -> bool:
        return self.busy() and self.page() == PREVIEW and self.preview is not None

    def reject(self) -> None:
        """Esc and Cancel: a running check stops and the wizard closes; a running import is
        asked to stop, and the wizard stays to say how it ended (rolled back, or done when
        it was past stopping), so that the lists are told either way."""
        if self.op is not None and self.busy():
            self.op.cancel()
            if self.committing():
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.op is not None and self.busy():
            self.op.cancel()
            if self.committing():
                event.ignore()
                return
        super().closeEvent(event)


def _one_line(parent: QWidget, exc: BaseException) -> str:
    """The user's situation (a refused file, rejected rows, a full disk) in its own words;
    anything else is a bug, handed to the exception hook and named here in one line."""
    if isinstance(exc, ServiceError | StorageError | DamagedValue | DatabaseOpenError):
        text = str(exc).strip()
        return text.splitlines()[0] if text else _tr("The import failed")
    report_failure(parent, exc)
    return _tr("The import stopped on an unexpected error; nothing was changed.")
