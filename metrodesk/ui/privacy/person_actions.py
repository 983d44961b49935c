"""Edit › Export this person's data… and Erase this person…, on the contact selected in the
Contacts section. The erasure is confirmed first, with what will and will not remain and the
backups that still hold the person's data (which the user may delete at once)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from metrodesk.i18n import tr as _tr
from metrodesk.services.privacy.erasure import ErasurePlan, ErasureResult
from metrodesk.services.records.change_set import ChangeSet

if TYPE_CHECKING:
    from metrodesk.ui.window.main_window import MainWindow

#: the confirmation's answer: "erase", "purge" (erase and delete the backups) or None
Confirm = Callable[[ErasurePlan], str | None]


def selected_person(window: MainWindow) -> uuid.UUID | None:
    page = window.current_page()
    person = page.current_record_id() if page is not None and page.kind == "contact" else None
    if person is None:
        window.show_message(_tr("Select a person in Contacts first"))
    return person


def export_person(window: MainWindow, path: Path | None = None) -> None:
    person = selected_person(window)
    if person is None:
        return
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            window, _tr("Export this person's data"), "personal data.xlsx", "Excel (*.xlsx)"
        )
        if not chosen:
            return
        path = Path(chosen)
    target, service = path, window.services.personal_data
    window.runner.run(
        lambda _progress: service.export(person, target),
        success=lambda name: window.show_message(
            _tr("Everything held about {name} written to {file}").format(
                name=name, file=target.name
            )
        ),
        label=_tr("Writing the person's data…"),
        parent=window,
    )


def erase_person(window: MainWindow, confirm: Confirm | None = None) -> None:
    person = selected_person(window)
    if person is None:
        return
    service = window.services.personal_data
    window.runner.run(
        lambda: service.plan_erasure(person),
        success=lambda plan: _confirmed(window, plan, confirm or ask),
        parent=window,
    )


def _confirmed(window: MainWindow, plan: ErasurePlan, confirm: Confirm) -> None:
    answer = confirm(plan)
    if answer is None:
        return
    service, person = window.services.personal_data, plan.person_id

    def done(result: ErasureResult) -> None:
        window.changes.changed.emit(ChangeSet.of_everything())
        message = _tr("{name} was erased").format(name=plan.name)
        if result.backups_purged:
            message += _tr("; {n} backups deleted").format(n=len(result.backups_purged))
        window.show_message(message)

    window.runner.run(
        lambda _progress: service.erase(person, answer == "purge"),
        success=done,
        label=_tr("Erasing…"),
        parent=window,
    )


def ask(plan: ErasurePlan) -> str | None:
    """The confirmation: what goes, what stays, which backups still hold the data."""
    box = QMessageBox()
    box.setObjectName("confirmErasure")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Erase this person"))
    box.setText(_tr("Erase {name} for good? This cannot be undone.").format(name=plan.name))
    lines = [_tr("What leaves the database:")] + [f"• {line}" for line in plan.removed]
    lines += ["", _tr("What stays:")] + [f"• {line}" for line in plan.kept]
    if plan.backups:
        lines += ["", _tr("{n} backups made before still hold the data until they expire:").format(
            n=len(plan.backups))]  # fmt: skip
        lines += [f"• {b.path.name}" for b in plan.backups[:12]]
    box.setInformativeText("\n".join(lines))
    erase = box.addButton(_tr("&Erase"), QMessageBox.ButtonRole.DestructiveRole)
    purge = (
        box.addButton(
            _tr("Erase and &delete those backups"), QMessageBox.ButtonRole.DestructiveRole
        )
        if plan.backups
        else None
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is erase:
        return "erase"
    if purge is not None and clicked is purge:
        return "purge"
    return None
