"""Help › About MetroDesk: the version, the licence, the libraries it runs on with their versions,
and where this copy keeps the user's data, backups, preferences and logs (what support asks)."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metrodesk import __version__, paths, versions
from metrodesk.i18n import tr as _tr
from metrodesk.ui.runtime.settings import Preferences
from metrodesk.ui.window.app_icon import app_icon

LICENCE = "MIT"


def library_versions() -> list[tuple[str, str]]:
    """Python, Qt, PySide6, SQLite and the libraries, with the versions this copy runs."""
    found = versions.library_versions()
    return [found[0], ("Qt", qVersion()), ("PySide6", pyside_version), *found[1:]]


def data_locations(database: Path) -> list[tuple[str, Path | str]]:
    """(what, where) for the open database's files and the user's own folders."""
    return [
        (_tr("Database"), database),
        (_tr("Backups"), paths.backup_dir(database)),
        (_tr("Default data folder"), paths.data_dir()),
        (_tr("Preferences"), Preferences().location()),
        (_tr("Logs"), paths.log_dir()),
    ]


class AboutDialog(QDialog):
    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(_tr("About MetroDesk"))
        self.database = database
        layout = QVBoxLayout(self)
        layout.addLayout(self._heading())
        layout.addWidget(self._section(_tr("Your data")))
        layout.addLayout(self._locations())
        layout.addWidget(self._section(_tr("Built with")))
        layout.addWidget(self._libraries(), 1)
        layout.addWidget(self._buttons())
        self.resize(620, 620)

    def _heading(self) -> QHBoxLayout:
        row = QHBoxLayout()
        logo = QLabel()
        logo.setObjectName("aboutIcon")
        logo.setPixmap(app_icon().pixmap(QSize(64, 64), self.devicePixelRatioF()))
        logo.setAccessibleName(_tr("MetroDesk icon"))
        text = QLabel(
            _tr(
                "<h2>MetroDesk {version}</h2>"
                "<p>Contacts, member cities, training and meeting notes for the secretariat "
                "of a world association of cities.</p>"
                "<p>Free software under the {licence} licence.</p>"
            ).format(version=__version__, licence=LICENCE)
        )
        text.setObjectName("aboutText")
        text.setWordWrap(True)
        row.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(text, 1)
        return row

    def _section(self, title: str) -> QLabel:
        label = QLabel(title)
        label.setObjectName("panelTitle")
        return label

    def _locations(self) -> QFormLayout:
        form = QFormLayout()
        for what, where in data_locations(self.database):
            value = QLabel(str(where))
            value.setObjectName("aboutLocation")
            value.setWordWrap(True)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            value.setAccessibleName(what)
            form.addRow(what + ":", value)
        return form

    def _libraries(self) -> QTableWidget:
        versions = library_versions()
        table = QTableWidget(len(versions), 2)
        table.setObjectName("aboutLibraries")
        table.setAccessibleName(_tr("Libraries and their versions"))
        table.setHorizontalHeaderLabels([_tr("Library"), _tr("Version")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (name, version) in enumerate(versions):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(version))
        return table

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(_tr("&Copy details"))
        copy.setObjectName("copyDetailsButton")
        copy.setToolTip(_tr("Copy the version, libraries and folders, for a support request"))
        copy.clicked.connect(self.copy_details)
        folder = QPushButton(_tr("Open &backups folder"))
        folder.setObjectName("openBackupsButton")
        folder.clicked.connect(self.open_backups)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        return buttons

    def details(self) -> str:
        """The dialog's facts as plain text."""
        lines = [f"MetroDesk {__version__} ({platform.platform()})"]
        lines += [f"{what}: {where}" for what, where in data_locations(self.database)]
        lines += [f"{name} {version}" for name, version in library_versions()]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())

    def open_backups(self) -> None:
        folder = paths.backup_dir(self.database)
        target = folder if folder.is_dir() else self.database.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
