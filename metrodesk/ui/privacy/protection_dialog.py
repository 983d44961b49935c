"""File › Protect with a passphrase…: protect the open database, change its passphrase, remove
the protection, and the lock after inactivity. Each change is made after a backup, on the
worker with progress; a passphrase that is too short, repeated wrongly or wrong is said under
its field."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from metrodesk.data.errors import WrongPassphrase
from metrodesk.i18n import tr as _tr
from metrodesk.services.privacy.protection import ProtectionChange, passphrase_problem
from metrodesk.ui.privacy.passphrase_prompt import PassphraseField
from metrodesk.ui.privacy.window_privacy import (
    WindowPrivacy,
    lock_minutes,
    lock_with_keychain,
    save_lock_settings,
)
from metrodesk.ui.runtime.ops import report_failure

DEFAULT_LOCK_MINUTES = 10


class ProtectionDialog(QDialog):
    def __init__(self, privacy: WindowPrivacy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("protectionDialog")
        self.privacy = privacy
        self.protection = privacy.protection
        self.name = privacy.window.services.path.name
        self.setWindowTitle(_tr("Passphrase protection"))
        self.layout_ = QVBoxLayout(self)
        self.fields: list[PassphraseField] = []
        if self.protection.protected:
            self._build_protected()
        else:
            self._build_plain()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)
        self.fields[0].edit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fields[0].edit.setFocus()

    def _field(self, label: str, name: str, into: QVBoxLayout) -> PassphraseField:
        field = PassphraseField(label, name)
        self.fields.append(field)
        into.addWidget(field)
        return field

    def _heading(self, text: str, explanation: str) -> None:
        heading = QLabel(text)
        heading.setObjectName("dialogHeading")
        body = QLabel(explanation)
        body.setWordWrap(True)
        self.layout_.addWidget(heading)
        self.layout_.addWidget(body)

    # --- a plain database -------------------------------------------------------------------

    def _build_plain(self) -> None:
        self._heading(
            _tr("Protect {name} with a passphrase").format(name=self.name),
            _tr(
                "The database, its backups, its log and its attached files are then encrypted "
                "(AES-256): a lost laptop gives nothing away. This computer's keychain keeps "
                "the key, so MetroDesk opens as before; the passphrase opens the file anywhere "
                "else. Without the passphrase and without this computer, the data cannot be "
                "recovered by anyone: keep it safe."
            ),
        )
        box = QVBoxLayout()
        self.new = self._field(_tr("&New passphrase (8 characters or more):"), "newPassphrase", box)
        self.repeat = self._field(_tr("&Repeat it:"), "repeatPassphrase", box)
        self.layout_.addLayout(box)
        self.protect_button = QPushButton(_tr("&Protect"))
        self.protect_button.setObjectName("protectButton")
        self.protect_button.setDefault(True)
        self.protect_button.clicked.connect(self.protect)
        self.layout_.addWidget(self.protect_button)

    def _new_passphrase(self, new: PassphraseField, repeat: PassphraseField) -> str | None:
        problem = passphrase_problem(new.text())
        if problem:
            new.say(_tr("The passphrase needs {problem}.").format(problem=problem))
            return None
        if repeat.text() != new.text():
            repeat.say(_tr("The two passphrases differ."))
            return None
        return new.text()

    def protect(self) -> None:
        passphrase = self._new_passphrase(self.new, self.repeat)
        if passphrase is None:
            return
        self.setEnabled(False)
        self.privacy.convert(
            lambda report: self.protection.protect(passphrase, report),
            _tr("Protecting {name}…").format(name=self.name),
            self._protected,
            self._failed,
        )

    def _protected(self, change: ProtectionChange) -> None:
        self.privacy.window.show_message(
            _tr("{name} is protected with a passphrase").format(name=self.name)
        )
        self.accept()

    # --- a protected database ---------------------------------------------------------------

    def _build_protected(self) -> None:
        self._heading(
            _tr("{name} is protected with a passphrase").format(name=self.name),
            _tr(
                "The database, its backups, its log and its attached files are encrypted (AES-256)."
            ),
        )
        change = QGroupBox(_tr("Change the passphrase"))
        box = QVBoxLayout(change)
        self.current = self._field(_tr("&Current passphrase:"), "currentPassphrase", box)
        self.new = self._field(_tr("&New passphrase:"), "newPassphrase", box)
        self.repeat = self._field(_tr("&Repeat it:"), "repeatPassphrase", box)
        self.change_button = QPushButton(_tr("C&hange passphrase"))
        self.change_button.setObjectName("changeButton")
        self.change_button.clicked.connect(self.change)
        box.addWidget(self.change_button)
        self.layout_.addWidget(change)

        remove = QGroupBox(_tr("Remove the protection"))
        box = QVBoxLayout(remove)
        self.removal = self._field(_tr("Pass&phrase:"), "removePassphrase", box)
        self.remove_button = QPushButton(_tr("Re&move protection"))
        self.remove_button.setObjectName("removeButton")
        self.remove_button.clicked.connect(self.remove)
        box.addWidget(self.remove_button)
        self.layout_.addWidget(remove)
        self._build_lock()

    def _build_lock(self) -> None:
        group = QGroupBox(_tr("Lock after inactivity"))
        box = QVBoxLayout(group)
        row = QHBoxLayout()
        minutes = lock_minutes()
        self.lock_check = QCheckBox(_tr("&Lock the window after"))
        self.lock_check.setObjectName("lockCheck")
        self.lock_check.setChecked(minutes > 0)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setObjectName("lockMinutes")
        self.lock_minutes.setRange(1, 240)
        self.lock_minutes.setValue(minutes or DEFAULT_LOCK_MINUTES)
        self.lock_minutes.setSuffix(_tr(" minutes without use"))
        self.lock_minutes.setAccessibleName(_tr("Minutes before the window locks"))
        row.addWidget(self.lock_check)
        row.addWidget(self.lock_minutes)
        row.addStretch(1)
        box.addLayout(row)
        self.lock_keychain = QCheckBox(
            _tr("Let my computer account unlock it (the system keychain), not only the passphrase")
        )
        self.lock_keychain.setObjectName("lockKeychain")
        self.lock_keychain.setChecked(lock_with_keychain())
        box.addWidget(self.lock_keychain)
        self.layout_.addWidget(group)
        for signal in (self.lock_check.toggled, self.lock_keychain.toggled):
            signal.connect(self._save_lock)
        self.lock_minutes.valueChanged.connect(self._save_lock)

    def _save_lock(self, *_: object) -> None:
        minutes = self.lock_minutes.value() if self.lock_check.isChecked() else 0
        save_lock_settings(minutes, self.lock_keychain.isChecked())
        self.privacy.apply_settings()

    def change(self) -> None:
        if not self.current.text():
            self.current.say(_tr("Type the current passphrase."))
            return
        new = self._new_passphrase(self.new, self.repeat)
        if new is None:
            return
        old = self.current.text()
        self.setEnabled(False)
        self.privacy.window.runner.run(
            lambda _progress: self.protection.change_passphrase(old, new),
            success=self._changed,
            failure=self._failed,
            label=_tr("Changing the passphrase…"),
            parent=self,
        )

    def _changed(self, change: ProtectionChange) -> None:
        self.setEnabled(True)
        for field in (self.current, self.new, self.repeat):
            field.edit.clear()
        self.privacy.window.show_message(_tr("Passphrase changed"))
        self.accept()

    def remove(self) -> None:
        passphrase = self.removal.text()
        if not passphrase:
            self.removal.say(_tr("Type the passphrase to remove the protection."))
            return
        sure = QMessageBox.question(
            self,
            _tr("Remove the protection"),
            _tr("Decrypt {name} and its backups? Anyone with the files can then read them.").format(
                name=self.name
            ),
        )
        if sure != QMessageBox.StandardButton.Yes:
            return
        self.setEnabled(False)
        self.privacy.convert(
            lambda report: self.protection.unprotect(passphrase, report),
            _tr("Removing the protection of {name}…").format(name=self.name),
            self._removed,
            self._failed,
        )

    def _removed(self, change: ProtectionChange) -> None:
        self.privacy.window.show_message(
            _tr("{name} is no longer protected").format(name=self.name)
        )
        self.accept()

    # --- both -------------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        if isinstance(exc, WrongPassphrase):
            field = self.removal if self.removal_asked() else self.current
            field.say(_tr("That passphrase does not open {name}.").format(name=self.name))
            return
        report_failure(self, exc)

    def removal_asked(self) -> bool:
        return hasattr(self, "removal") and bool(self.removal.text())

    def reject(self) -> None:
        typed = any(field.text() for field in self.fields)
        if typed:
            sure = QMessageBox.question(
                self, _tr("Close"), _tr("Close without changing the protection?")
            )
            if sure != QMessageBox.StandardButton.Yes:
                return
        super().reject()
