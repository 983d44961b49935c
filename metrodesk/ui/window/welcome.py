"""What an empty database shows: a friendly start with the sample data, an Excel workbook, or
the contacts and calendar a person brings from Outlook or Google."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.facade import Services
from metrodesk.ui.runtime.ops import Cancelled, OpRunner, ProgressFn, report_failure

if TYPE_CHECKING:
    # the wizard brings openpyxl and the importer: imported when asked for
    from metrodesk.ui.imports.wizard import ImportWizard


def load_sample(services: Services, progress: ProgressFn) -> None:
    """Runs on the worker: the demo data, stopped (and rolled back) when the user cancels."""

    def report(done: int, total: int) -> bool:
        if not progress(done, total):
            raise Cancelled()
        return True

    services.load_sample(progress=report)


class WelcomePanel(QWidget):
    message = Signal(str)

    def __init__(
        self,
        services: Services,
        runner: OpRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.services = services
        self.runner = runner

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(self._column(), 3)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def _column(self) -> QVBoxLayout:
        """The greeting, the three ways to start, and where the database is."""
        column = QVBoxLayout()
        column.setSpacing(14)
        title = QLabel(_tr("Welcome to MetroDesk"))
        title.setObjectName("welcomeTitle")
        text = QLabel(
            _tr(
                "Keep the secretariat's contacts, member cities, training network and meeting "
                "notes in one place, on this computer — also when you are offline.\n\n"
                "This database is still empty. Look around with the sample data, or bring in "
                "the contacts and cities you keep in Excel, Outlook or Google."
            )
        )
        text.setObjectName("welcomeText")
        text.setWordWrap(True)
        text.setMaximumWidth(620)
        column.addWidget(title)
        column.addWidget(text)
        column.addSpacing(12)
        column.addLayout(self._start_buttons())
        hint = QLabel(_tr("Or start from scratch: open Contacts and press New contact."))
        hint.setObjectName("subtitle")
        column.addSpacing(8)
        column.addWidget(hint)
        where = QLabel(_tr("Database: {path}").format(path=self.services.path))
        where.setObjectName("subtitle")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(where)
        return column

    def _start_buttons(self) -> QHBoxLayout:
        """Load sample data (the primary one), Import from Excel, Import from Outlook/Google."""
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        self.load_button = self._big_button(
            "loadSampleButton",
            _tr("Load sample data"),
            _tr("The people, cities and meetings of the Metropolis news items"),
        )
        self.load_button.setProperty("primary", True)
        self.import_button = self._big_button(
            "importButton",
            _tr("Import from Excel…"),
            _tr("A workbook with Contacts, Organisations or Member cities sheets"),
        )
        self.outlook_button = self._big_button(
            "importOutlookButton",
            _tr("Import from Outlook or Google…"),
            _tr("Contacts (.csv, .vcf) and calendars (.ics)"),
        )
        self.load_button.clicked.connect(self.load_sample)
        self.import_button.clicked.connect(lambda: self.import_workbook())
        self.outlook_button.clicked.connect(lambda: self.import_contacts())
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.outlook_button)
        buttons.addStretch(1)
        return buttons

    def _big_button(self, name: str, text: str, detail: str) -> QPushButton:
        """A large button with a title over a wrapped explanation."""
        button = QPushButton()
        button.setObjectName(name)
        button.setProperty("big", True)
        button.setAccessibleName(text)
        button.setAccessibleDescription(detail)
        button.setMinimumSize(200, 118)
        button.setMaximumWidth(290)
        box = QVBoxLayout(button)
        box.setContentsMargins(18, 12, 18, 12)
        box.setSpacing(3)
        for label_name, label_text in (("bigTitle", text), ("bigDetail", detail)):
            label = QLabel(label_text)
            label.setObjectName(label_name)
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            box.addWidget(label)
        return button

    # --- sample data ------------------------------------------------------------------------

    def load_sample(self) -> None:
        services = self.services
        for button in (self.load_button, self.import_button, self.outlook_button):
            button.setEnabled(False)
        self.runner.write(
            lambda progress: load_sample(services, progress),
            success=self._loaded,
            failure=self._load_failed,
            label=_tr("Loading sample data…"),
            parent=self.window(),
        )

    def _loaded(self, _: Any) -> None:
        self._enable()
        self.message.emit(_tr("Sample data loaded"))

    def _load_failed(self, exc: BaseException) -> None:
        self._enable()
        report_failure(self.window(), exc)

    def _enable(self) -> None:
        for button in (self.load_button, self.import_button, self.outlook_button):
            button.setEnabled(True)

    # --- import -----------------------------------------------------------------------------

    def import_contacts(self, path: Path | None = None) -> ImportWizard | None:
        """The import wizard on a file Outlook or Google exported: contacts or a calendar;
        None when the file dialog was cancelled."""
        from metrodesk.ui.imports.wizard import contacts_filters, open_import_wizard

        window = self.window()
        wizard = open_import_wizard(window, self.services, self.runner, path, contacts_filters())
        if wizard is not None:
            wizard.imported.connect(lambda _: self.message.emit(_tr("Import finished")))
        return wizard

    def import_workbook(self, path: Path | None = None) -> None:
        """The import wizard: any workbook, mapped if need be, previewed before it is applied;
        `path` skips the file dialog (a file dropped or named elsewhere, and the tests)."""
        # imported when asked for: the wizard brings openpyxl and the importer, a visible share
        # of start
        from metrodesk.ui.imports.wizard import open_import_wizard

        window = self.window()
        wizard = open_import_wizard(window, self.services, self.runner, path)
        if wizard is not None:
            wizard.imported.connect(lambda _: self.message.emit(_tr("Workbook imported")))
