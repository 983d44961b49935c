"""The team server's password, asked for when libpq found none (or a wrong one): kept for
this session, and in the OS keychain when the person ticks the box."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.sync.postgres import passwords
from metrodesk.services.sync.postgres.address import parse_address
from metrodesk.services.sync.postgres.signin import SignIn


class ServerPasswordDialog(QDialog):
    def __init__(self, hub: str, sign_in: SignIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverPasswordDialog")
        self.setWindowTitle(_tr("Sign in to the team server"))
        self.hub = hub
        self.setMinimumWidth(440)
        box = QVBoxLayout(self)
        intro = QLabel(
            _tr("The team server refused the password: type it again.")
            if sign_in.refused
            else _tr("The team server asks for the password of role {role} ({where}).").format(
                role=sign_in.role, where=sign_in.where
            )
        )
        intro.setObjectName("serverPasswordIntro")
        intro.setWordWrap(True)
        box.addWidget(intro)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        label = QLabel(_tr("&Password:"))
        label.setBuddy(self.password)
        form.addRow(label, self.password)
        box.addLayout(form)
        self.keep = QCheckBox(_tr("&Keep it in this computer's keychain"))
        self.keep.setObjectName("keepPassword")
        if not passwords.keychain_available():
            self.keep.setEnabled(False)
            self.keep.setToolTip(_tr("This computer has no keychain MetroDesk can use."))
        box.addWidget(self.keep)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("signInButton")
        self.ok.setText(_tr("Sign &in"))
        self.ok.setEnabled(False)
        self.password.textChanged.connect(lambda text: self.ok.setEnabled(bool(text)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.password.setFocus()

    def accept(self) -> None:
        """The password serves from now on (never written but to the keychain, if asked)."""
        passwords.remember(parse_address(self.hub), self.password.text(), self.keep.isChecked())
        self.password.clear()
        super().accept()
