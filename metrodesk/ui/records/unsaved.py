"""Asking before an editor's unsaved changes are thrown away (Esc, Cancel, closing it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from metrodesk.i18n import tr as _tr


def ask_to_discard(
    parent: QWidget, save: Callable[[], None], discard: Callable[[], None]
) -> QMessageBox:
    """Save, Discard or Keep editing; window-modal and not blocking (`open`), so the editor
    stays responsive and tests answer it like a person would. Keep editing is the default and
    what Esc answers: a second Esc never throws work away."""
    box = QMessageBox(parent)
    box.setObjectName("discardChangesBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Unsaved changes"))
    box.setText(_tr("This editor has changes that are not saved."))
    box.setInformativeText(_tr("Save them, or discard them and close the editor?"))
    save_button = box.addButton(_tr("Save"), QMessageBox.ButtonRole.AcceptRole)
    save_button.setObjectName("saveChangesButton")
    discard_button = box.addButton(_tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
    discard_button.setObjectName("discardChangesButton")
    keep = box.addButton(_tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepEditingButton")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)

    def answered() -> None:
        clicked = box.clickedButton()
        if clicked is save_button:
            save()
        elif clicked is discard_button:
            discard()

    box.finished.connect(answered)
    box.open()
    return box
