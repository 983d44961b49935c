"""The compact row of filters above a list (contacts: organisation, country, tag, language,
has an e-mail, has a consent in force); the choices are read on the worker from the records
in use."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from metrodesk.i18n import tr as _tr
from metrodesk.services.facade import Services
from metrodesk.services.lists.paging import FilterChoices
from metrodesk.services.records.validation import country_name
from metrodesk.ui.runtime.ops import OpRunner
from metrodesk.ui.window.flow_layout import FlowLayout
from metrodesk.ui.window.formatting import language_name


class FilterBar(QWidget):
    """Emits `changed(filters)` with the filters set (names of `services.lists.FILTERS`)."""

    changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.combos: dict[str, QComboBox] = {}
        # wraps onto a second line on a narrow window instead of widening it
        self.row = FlowLayout(self)
        caption = QLabel(_tr("Filter:"))
        caption.setObjectName("subtitle")
        self.row.addWidget(caption)

    def load_choices(self) -> None:
        """Read the values the filters offer (bars whose choices come from the data)."""

    def add_combo(self, name: str, everything: str, width: int = 130) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"{name}Filter")
        combo.addItem(everything, None)
        combo.setMinimumWidth(width)
        combo.setMaximumWidth(width * 2)
        combo.setToolTip(everything)
        combo.currentIndexChanged.connect(self._changed)
        self.combos[name] = combo
        self.row.addWidget(combo)
        return combo

    def finish(self) -> None:
        self.clear_button = QPushButton(_tr("Clear filters"))
        self.clear_button.setObjectName("clearFiltersButton")
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)
        self.row.addWidget(self.clear_button)

    def filters(self) -> dict[str, Any]:
        return {
            name: combo.currentData()
            for name, combo in self.combos.items()
            if combo.currentData() is not None
        }

    def set_filter(self, name: str, value: Any) -> None:
        combo = self.combos[name]
        combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)

    def clear(self) -> None:
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._changed()

    def _changed(self, *_: Any) -> None:
        filters = self.filters()
        self.clear_button.setEnabled(bool(filters))
        self.changed.emit(filters)

    @staticmethod
    def refill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        """New choices, keeping the current one when it is still offered."""
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)


class ContactFilterBar(FilterBar):
    def __init__(self, services: Services, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.add_combo("organisation", _tr("Any organisation"), 130).setMaximumWidth(240)
        self.add_combo("country", _tr("Any country"))
        self.add_combo("tag", _tr("Any tag"), 110)
        self.add_combo("language", _tr("Any language"), 120)
        email = self.add_combo("has_email", _tr("E-mail: any"), 110)
        email.addItem(_tr("With e-mail"), True)
        email.addItem(_tr("Without e-mail"), False)
        consent = self.add_combo("consent", _tr("Consent: any"), 120)
        consent.addItem(_tr("With consent in force"), "given")
        consent.addItem(_tr("Without consent"), "none")
        consent.setItemData(
            1, _tr("A consent on record that is not withdrawn"), Qt.ItemDataRole.ToolTipRole
        )
        consent.setItemData(
            2, _tr("No consent, or every consent withdrawn"), Qt.ItemDataRole.ToolTipRole
        )
        self.finish()

    def load_choices(self) -> None:
        """Read the values in use (on the worker), then offer them."""
        self.runner.read(
            self.services.lists.contact_filter_choices, success=self.show_choices, parent=self
        )

    def show_choices(self, choices: FilterChoices) -> None:
        self.refill(self.combos["organisation"], [(n, i) for i, n in choices.organisations])
        countries = sorted(((country_name(c), c) for c in choices.countries), key=_folded)
        self.refill(self.combos["country"], countries)
        self.refill(self.combos["tag"], [(t, t) for t in choices.tags])
        languages = sorted(((language_name(c), c) for c in choices.languages), key=_folded)
        self.refill(self.combos["language"], languages)


def _folded(item: tuple[str, Any]) -> str:
    return item[0].casefold()


def filter_bar_for(kind: str, services: Services, runner: OpRunner) -> FilterBar | None:
    """The filter row a section shows, or None for sections without one here."""
    if kind == "contact":
        return ContactFilterBar(services, runner)
    return None
