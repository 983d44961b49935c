"""What the window shows instead of the data: while its file is being converted, and while it
is locked after a period of inactivity (until the passphrase, or the system keychain when the
user allowed it, gives the key back).

Covering takes the window's central widget away (not just drawing over it): the lists are not
shown, so nothing reads the database meanwhile, and nothing of the data is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.ui.privacy.passphrase_prompt import PassphraseField


class Veil(QWidget):
    """`unlock_requested(passphrase)`: "" asks the system keychain instead."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyVeil")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        box.setMaximumWidth(460)
        layout = QVBoxLayout(box)
        self.heading = QLabel()
        self.heading.setObjectName("welcomeTitle")
        self.text = QLabel()
        self.text.setObjectName("welcomeText")
        self.text.setWordWrap(True)
        self.field = PassphraseField(_tr("&Passphrase:"), "unlockField")
        self.unlock_button = QPushButton(_tr("&Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.keychain_button = QPushButton(_tr("Unlock with my computer &account"))
        self.keychain_button.setObjectName("keychainUnlockButton")
        row = QHBoxLayout()
        row.addWidget(self.unlock_button)
        row.addWidget(self.keychain_button)
        row.addStretch(1)
        for widget in (self.heading, self.text, self.field):
            layout.addWidget(widget)
        layout.addLayout(row)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(box, 0, Qt.AlignmentFlag.AlignCenter)
        centred.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)
        self.unlock_button.clicked.connect(self._unlock)
        self.field.edit.returnPressed.connect(self._unlock)
        self.keychain_button.clicked.connect(lambda: self.unlock_requested.emit(""))

    def show_busy(self, heading: str, text: str) -> None:
        self.heading.setText(heading)
        self.text.setText(text)
        for widget in (self.field, self.unlock_button, self.keychain_button):
            widget.hide()

    def show_locked(self, name: str, keychain: bool) -> None:
        self.heading.setText(_tr("MetroDesk is locked"))
        self.text.setText(
            _tr(
                "{name} is hidden after a period of inactivity. Type its passphrase to go on."
            ).format(name=name)
        )
        self.field.show()
        self.field.setEnabled(True)
        self.unlock_button.show()
        self.unlock_button.setEnabled(True)
        self.keychain_button.setVisible(keychain)
        self.field.edit.setFocus()

    def _unlock(self) -> None:
        typed = self.field.text()
        if not typed:
            self.field.say(_tr("Type the passphrase."))
            return
        self.field.setEnabled(False)
        self.unlock_button.setEnabled(False)
        self.unlock_requested.emit(typed)

    def wrong(self, message: str) -> None:
        self.field.setEnabled(True)
        self.unlock_button.setEnabled(True)
        self.field.say(message)


def cover(window: QMainWindow, veil: Veil) -> QWidget | None:
    """Put `veil` in place of the window's central widget; the widget taken away, to give back
    to `uncover` (None when the window was already covered by `veil`)."""
    if window.centralWidget() is veil:
        return None
    content = window.takeCentralWidget()
    window.setCentralWidget(veil)
    window.menuBar().setEnabled(False)
    return content


def uncover(window: QMainWindow, veil: Veil, content: QWidget | None) -> None:
    if content is None or window.centralWidget() is not veil:
        return
    window.takeCentralWidget()
    veil.setParent(None)
    window.setCentralWidget(content)
    window.menuBar().setEnabled(True)
