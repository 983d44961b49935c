"""The passphrase asked for when a protected database opens and its key is not at hand.

The key derivation (Argon2id) takes a noticeable fraction of a second, so the passphrase is
tried on a worker thread; a wrong one is said under the field, which is cleared for another try.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from metrodesk.data.errors import WrongPassphrase
from metrodesk.i18n import tr as _tr
from metrodesk.services.privacy import protection
from metrodesk.ui.runtime.ops import OpRunner, report_failure


class PassphraseField(QWidget):
    """A labelled password field with the line under it that says a passphrase was wrong."""

    def __init__(self, label: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(label)
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMinimumWidth(320)
        self.label.setBuddy(self.edit)
        self.error = QLabel()
        self.error.setObjectName(f"error_{name}")
        self.error.setWordWrap(True)
        self.error.hide()
        for widget in (self.label, self.edit, self.error):
            layout.addWidget(widget)
        self.edit.textEdited.connect(lambda _text: self.error.hide())

    def text(self) -> str:
        return self.edit.text()

    def say(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.edit.clear()
        self.edit.setFocus()


class PassphrasePrompt(QDialog):
    """Accepted once the passphrase opened the database's key file (the key is then known to
    this process, and with "Remember" kept in the system keychain)."""

    def __init__(self, db_path: Path, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphrasePrompt")
        self.setWindowTitle(_tr("Protected database"))
        self.db_path = db_path
        self.runner = OpRunner(self)
        layout = QVBoxLayout(self)
        heading = QLabel(_tr("{name} is protected with a passphrase").format(name=db_path.name))
        heading.setObjectName("dialogHeading")
        layout.addWidget(heading)
        self.field = PassphraseField(_tr("&Passphrase:"), "passphraseField")
        layout.addWidget(self.field)
        self.remember = QCheckBox(_tr("&Remember it on this computer (in the system keychain)"))
        self.remember.setObjectName("rememberCheck")
        available = protection.keychain_available()
        self.remember.setChecked(available)
        self.remember.setEnabled(available)
        if not available:
            self.remember.setToolTip(_tr("This computer has no system keychain MetroDesk can use"))
        layout.addWidget(self.remember)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_passphrase)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if reason:
            self.field.say(reason)
        self.field.edit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.field.edit.setFocus()

    def try_passphrase(self) -> None:
        typed = self.field.text()
        if not typed:
            self.field.say(_tr("Type the passphrase of {name}.").format(name=self.db_path.name))
            return
        self._busy(True)
        path, keep = self.db_path, self.remember.isChecked()
        self.runner.run(
            lambda: protection.unlock(path, typed, keep),
            success=lambda _none: self.accept(),
            failure=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, WrongPassphrase):
            self.field.say(
                _tr("That passphrase does not open {name}. Try again.").format(
                    name=self.db_path.name
                )
            )
        else:
            report_failure(self, exc)

    def _busy(self, busy: bool) -> None:
        self.field.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.unsetCursor()

    def done(self, result: int) -> None:
        self.runner.shutdown()
        super().done(result)


def ask_passphrase(
    db_path: Path, reason: str = "", show: Callable[[QDialog], int] | None = None
) -> bool:
    """Ask until the passphrase opens `db_path` or the user cancels; True when it opened."""
    prompt = PassphrasePrompt(db_path, reason)
    try:
        return (show or QDialog.exec)(prompt) == QDialog.DialogCode.Accepted
    finally:
        prompt.deleteLater()
