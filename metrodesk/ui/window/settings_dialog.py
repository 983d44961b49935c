"""Edit › Settings… (the Preferences role on macOS): the preferences of the settings table,
built from it, and the lists' remembered columns.

Nothing is stored until OK; Esc or Cancel leaves everything as it was (asking first when
something was changed). `applied` says which preferences OK changed, for the window to follow.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.i18n import translated
from metrodesk.ui.runtime.settings import (
    HIDDEN_COLUMNS,
    Preferences,
    Setting,
    shown_settings,
)
from metrodesk.ui.window.sections import SECTIONS

Editor = QComboBox | QCheckBox | QSpinBox


def _plain(label: str) -> str:
    """A label without its mnemonic, for accessible names."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


class SettingsDialog(QDialog):
    applied = Signal(list)

    def __init__(self, prefs: Preferences | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(_tr("Settings"))
        self.setMinimumWidth(440)
        self.prefs = prefs or Preferences()
        self.editors: dict[str, tuple[Setting, Editor]] = {}
        #: the sections whose hidden columns OK will forget
        self.reset_columns = False
        layout = QVBoxLayout(self)
        groups: dict[str, QFormLayout] = {}
        for setting in shown_settings():
            form = groups.get(setting.group)
            if form is None:
                box = QGroupBox(translated(setting.group))
                form = groups[setting.group] = QFormLayout(box)
                layout.addWidget(box)
            editor = self._editor(setting)
            label = QLabel(translated(setting.label))
            label.setBuddy(editor)
            editor.setAccessibleName(_plain(translated(setting.label)))
            form.addRow(label, editor)
            self.editors[setting.key] = (setting, editor)
        layout.addWidget(self._lists_box())
        layout.addStretch(1)
        layout.addWidget(self._buttons())
        first = next(iter(self.editors.values()), None)
        if first is not None:
            first[1].setFocus()

    # --- building ---------------------------------------------------------------------------

    def _editor(self, setting: Setting) -> Editor:
        value = self.prefs.get(setting)
        editor: Editor
        if setting.choices:
            editor = QComboBox()
            for stored, text in setting.choices:
                editor.addItem(translated(text), stored)
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif setting.type is bool:
            editor = QCheckBox()
            editor.setChecked(bool(value))
        else:
            editor = QSpinBox()
            editor.setRange(0, 1_000_000)
            editor.setValue(int(value))
        editor.setObjectName("setting_" + setting.key.replace("/", "_"))
        if setting.help:
            editor.setToolTip(translated(setting.help))
        return editor

    def _lists_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Lists"))
        form = QVBoxLayout(box)
        self.columns_summary = QLabel()
        self.columns_summary.setObjectName("hiddenColumnsSummary")
        self.columns_summary.setWordWrap(True)
        self.reset_columns_button = QPushButton(_tr("&Show every column again"))
        self.reset_columns_button.setObjectName("resetColumnsButton")
        self.reset_columns_button.clicked.connect(self._forget_columns)
        form.addWidget(self.columns_summary)
        form.addWidget(self.reset_columns_button)
        self._show_columns_summary()
        return box

    def _buttons(self) -> QDialogButtonBox:
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel | standard.RestoreDefaults)
        buttons.setObjectName("settingsButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        defaults = buttons.button(standard.RestoreDefaults)
        defaults.setObjectName("restoreDefaultsButton")
        defaults.clicked.connect(self.restore_defaults)
        return buttons

    # --- state ------------------------------------------------------------------------------

    def _hidden_kinds(self) -> list[str]:
        if self.reset_columns:
            return []
        return [
            k for k in self.prefs.kinds_with(HIDDEN_COLUMNS) if self.prefs.get(HIDDEN_COLUMNS, k)
        ]

    def _show_columns_summary(self) -> None:
        kinds = self._hidden_kinds()
        titles = [s.text(s.title) for s in SECTIONS if s.kind in kinds]
        if titles:
            self.columns_summary.setText(
                _tr("Columns are hidden in: {sections}.").format(sections=", ".join(titles))
            )
        else:
            self.columns_summary.setText(_tr("Every list shows all its columns."))
        self.reset_columns_button.setEnabled(bool(titles))

    def _forget_columns(self) -> None:
        self.reset_columns = True
        self._show_columns_summary()

    def value(self, setting: Setting) -> Any:
        editor = self.editors[setting.key][1]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        return editor.value()

    def set_value(self, setting: Setting, value: Any) -> None:
        editor = self.editors[setting.key][1]
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        else:
            editor.setValue(int(value))

    def changed_settings(self) -> list[Setting]:
        return [s for s, _ in self.editors.values() if self.value(s) != self.prefs.get(s)]

    def is_modified(self) -> bool:
        return bool(self.changed_settings()) or (self.reset_columns and bool(self._columns_set()))

    def _columns_set(self) -> list[str]:
        return self.prefs.kinds_with(HIDDEN_COLUMNS)

    def restore_defaults(self) -> None:
        for setting, _ in self.editors.values():
            self.set_value(setting, setting.default)
        self._forget_columns()

    # --- closing ----------------------------------------------------------------------------

    def accept(self) -> None:
        keys = []
        for setting in self.changed_settings():
            self.prefs.set(setting, self.value(setting))
            keys.append(setting.key)
        if self.reset_columns:
            for kind in self._columns_set():
                self.prefs.set(HIDDEN_COLUMNS, [], kind)
            keys.append(HIDDEN_COLUMNS.key)
        super().accept()
        if keys:
            self.applied.emit(keys)

    def reject(self) -> None:
        if self.is_modified() and not self._discard_confirmed():
            return
        super().reject()

    def _discard_confirmed(self) -> bool:
        """Esc, Cancel or the window's close button with changes made: ask first (QDialog's
        close event goes through `reject` too)."""
        box = QMessageBox(self)
        box.setObjectName("discardSettingsBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Discard changes?"))
        box.setText(_tr("Close the settings without keeping your changes?"))
        box.setStandardButtons(
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard
