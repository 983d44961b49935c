"""File › Export contacts as vCard…, run on the worker (Import vCards… opens the import
wizard on the file).

Export writes the selected contacts of the Contacts list, or when none is selected every
contact matching its current search; the file dialog's filter chooses vCard 3.0 or 4.0.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from metrodesk.i18n import tr as _tr
from metrodesk.services.facade import Services
from metrodesk.ui.lists.section_page import SectionPage
from metrodesk.ui.runtime.ops import OpRunner


def _filters() -> tuple[str, str]:
    return _tr("vCard 3.0 (*.vcf *.vcard)"), _tr("vCard 4.0 (*.vcf *.vcard)")


def selected_contacts(page: SectionPage) -> list[uuid.UUID]:
    rows = sorted(index.row() for index in page.table.selectionModel().selectedRows())
    return [page.model.record_id(row) for row in rows]


def export_contacts(
    parent: QWidget,
    services: Services,
    runner: OpRunner,
    page: SectionPage,
    path: Path | None = None,
    version: int | None = None,
    done: Any = None,
) -> None:
    """Ask for a file (unless `path` is given) and write the cards; `done(count)` after."""
    if path is None:
        v3, v4 = _filters()
        name, chosen = QFileDialog.getSaveFileName(
            parent, _tr("Export contacts as vCard"), "contacts.vcf", f"{v3};;{v4}"
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".vcf", ".vcard"):
            path = path.with_suffix(".vcf")
        version = 4 if chosen == v4 else 3
    target, chosen_version = path, version or 3
    ids = selected_contacts(page)
    query = page.model.query
    filters = dict(getattr(page.model, "filters", {}) or {})
    lists, vcards = services.lists, services.vcards

    def work(progress: Any) -> int:
        wanted = ids
        if not wanted:
            total = lists.count("contact", query, filters=filters)
            wanted = [r.id for r in lists.page("contact", query, 0, total, filters=filters)]
        return vcards.export_file(wanted, target, chosen_version, progress)

    runner.read(
        work,
        success=done,
        label=_tr("Writing vCards…"),
        parent=parent,
    )


def vcard_filters() -> str:
    """The file dialog's filters for File › Import vCards… (the import wizard reads them)."""
    v3, _ = _filters()
    return f"{v3.split(' (')[0]} (*.vcf *.vcard);;* (*)"
