"""The team passphrase, asked for when the team's files are sealed and this computer does not
have the team key yet, or when this protected copy is the first of its team to seal them.

What is typed serves the next sync only: the team key it opens is then kept in this process
and in the OS keychain, as the database's own key is."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.sync.team_key import MIN_TEAM_PASSPHRASE


class TeamPassphraseDialog(QDialog):
    def __init__(self, creating: bool, refused: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamPassphraseDialog")
        self.setWindowTitle(_tr("Team passphrase"))
        self.creating = creating
        self.setMinimumWidth(460)
        box = QVBoxLayout(self)
        intro = QLabel(self._intro(creating, refused))
        intro.setObjectName("teamPassphraseIntro")
        intro.setWordWrap(True)
        box.addWidget(intro)
        form = QFormLayout()
        self.passphrase = self._field(form, _tr("Team &passphrase:"), "teamPassphrase")
        self.repeat = self._field(form, _tr("&Repeat it:"), "teamPassphraseRepeat")
        self.repeat.setVisible(creating)
        form.labelForField(self.repeat).setVisible(creating)
        box.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("teamPassphraseProblem")
        self.problem.setWordWrap(True)
        self.problem.setProperty("error", "true")
        box.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("teamPassphraseOk")
        self.ok.setText(_tr("&Seal and sync") if creating else _tr("&Unlock and sync"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.passphrase.textChanged.connect(self._check)
        self.repeat.textChanged.connect(self._check)
        self._check()
        self.passphrase.setFocus()

    @staticmethod
    def _intro(creating: bool, refused: bool) -> str:
        if refused:
            return _tr("That is not the team passphrase the team's files are sealed with.")
        if creating:
            return _tr(
                "This copy is protected, so the files it shares with the team are sealed too. "
                "Choose a team passphrase and give it to your colleagues in person: each "
                "computer asks for it once."
            )
        return _tr(
            "The team's files are sealed. Type the team passphrase a colleague gave you: this "
            "computer asks for it only once."
        )

    def _field(self, form: QFormLayout, text: str, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)
        return field

    def _check(self) -> None:
        """Said at the field, as it is typed; OK only when it can be used."""
        text = self.passphrase.text()
        problem = ""
        if self.creating and text and len(text) < MIN_TEAM_PASSPHRASE:
            problem = _tr("At least {count} characters.").format(count=MIN_TEAM_PASSPHRASE)
        elif self.creating and self.repeat.text() and self.repeat.text() != text:
            problem = _tr("The two passphrases differ.")
        self.problem.setText(problem)
        complete = bool(text) and (not self.creating or self.repeat.text() == text)
        self.ok.setEnabled(complete and not problem)

    def value(self) -> str:
        return self.passphrase.text()
