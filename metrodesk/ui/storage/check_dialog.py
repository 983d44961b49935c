"""Help › Check database…: the full check (pages, schema, links) of the open file, as text."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.facade import Services
from metrodesk.services.storage.maintenance import CheckReport, check_database
from metrodesk.ui.runtime.ops import OpRunner


class CheckDialog(QDialog):
    """Runs `check_database` on the worker and shows its report; read-only, safe at any time."""

    def __init__(self, services: Services, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkDialog")
        self.setWindowTitle(_tr("Check database"))
        self.resize(560, 360)
        self.report: CheckReport | None = None
        layout = QVBoxLayout(self)
        self.verdict = QLabel(_tr("Checking {name}…").format(name=services.path.name))
        self.verdict.setObjectName("checkVerdict")
        self.verdict.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("checkReport")
        self.text.setAccessibleName(_tr("Check report"))
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.verdict)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        path = services.path
        runner.run(
            lambda _progress: check_database(path),
            success=self._show,
            label=_tr("Checking the database…"),
            parent=self,
        )

    def _show(self, report: CheckReport) -> None:
        self.report = report
        if report.ok:
            self.verdict.setText(_tr("The database is sound."))
        else:
            self.verdict.setText(
                _tr(
                    "Problems were found. Nothing was changed. Restore a backup from "
                    "File › Backups…, and keep a copy of this file for rescue."
                )
            )
        self.text.setPlainText("\n".join(report.lines))
