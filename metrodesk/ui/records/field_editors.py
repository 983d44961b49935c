"""The field editors of the record dialog, one per kind of field (line, date, long text,
rich text, choice, yes/no, a reference to another record picked from search's suggestions),
each with the same small interface (`FieldEditor`) the dialog and the other editors use."""

from __future__ import annotations

import uuid
from abc import ABC, abstractmethod
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import pycountry
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from metrodesk import i18n
from metrodesk.i18n import QT_TR_NOOP, translated
from metrodesk.i18n import tr as _tr
from metrodesk.services.errors import NotFound
from metrodesk.services.facade import Services
from metrodesk.services.lists.global_search import SearchHit
from metrodesk.services.records.forms import Field
from metrodesk.services.records.labels import record_label
from metrodesk.services.records.validation import phone_display
from metrodesk.services.records.world_names import country_name, language_name
from metrodesk.ui.records.date_edit import DateLineEdit
from metrodesk.ui.runtime.ops import LatestOnly, OpRunner
from metrodesk.ui.window.formatting import choice_text, short_date, short_datetime

REF_SEARCH_DELAY_MS = 150
REF_RESULTS = 12
#: a search hit's own label (its display text adds what tells it apart)
LABEL_ROLE = Qt.ItemDataRole.UserRole + 1


def field_label(f: Field) -> str:
    return translated(f.label)


PLACEHOLDERS = {
    "email": "name@example.org",
    "phone": "+34 933 42 87 50",
    "country": QT_TR_NOOP("Spain, ES"),
    "language": QT_TR_NOOP("English, en"),
    "tags": QT_TR_NOOP("New Urban Agenda, SDGs"),
    "year": "1985",
    "amount": "1250.00",
}


@lru_cache(maxsize=4)
def _country_names(language: str) -> list[str]:
    """Every country as the completer offers it, in the interface's language."""
    return sorted(country_name(str(c.alpha_2), language) for c in pycountry.countries)


@lru_cache(maxsize=4)
def _language_names(language: str) -> list[str]:
    codes = (str(lang.alpha_2) for lang in pycountry.languages if hasattr(lang, "alpha_2"))
    return sorted(language_name(code, language) for code in codes)


class FieldEditor(ABC):
    """One field's widget: what the user typed (`raw`) and how a stored value is shown."""

    widget: QWidget

    def __init__(self, field: Field, on_change: Any) -> None:
        self.field = field
        self.touched = False
        self._on_change = on_change

    def _changed(self, *_: Any) -> None:
        self.touched = True
        self._on_change(self.field.key)

    @abstractmethod
    def raw(self) -> Any: ...

    @abstractmethod
    def set_value(self, value: Any) -> None: ...

    def check(self) -> str | None:
        """A reason the widget itself knows of, before the services' rule is asked."""
        return None

    def modified(self, original: Any, cleaned: Any) -> bool:
        return bool(cleaned != original)


class LineEditor(FieldEditor):
    def __init__(self, field: Field, on_change: Any) -> None:
        super().__init__(field, on_change)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(translated(PLACEHOLDERS.get(field.type, "")))
        self.edit.setClearButtonEnabled(field.type not in ("int", "year"))
        names = {"country": _country_names, "language": _language_names}.get(field.type)
        if names is not None:
            completer = QCompleter(names(i18n.language()), self.edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.edit.setCompleter(completer)
        if field.type in ("int", "year"):
            self.edit.setMaximumWidth(160)
        self.edit.textChanged.connect(self._changed)
        self.widget = self.edit

    def raw(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText(_as_text(self.field.type, value))
        self.touched = False


def _as_text(kind: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        return short_datetime(value)
    if isinstance(value, date):
        return short_date(value)
    if kind == "phone":
        return phone_display(str(value))
    if kind == "country":
        return country_name(str(value))
    if kind == "language":
        return language_name(str(value))
    if kind == "tags" and isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


class DateEditor(FieldEditor):
    """A date (or date and time) in the user's format, with a calendar; ISO is read too."""

    def __init__(self, field: Field, on_change: Any) -> None:
        super().__init__(field, on_change)
        self.edit = DateLineEdit(with_time=field.type == "datetime")
        self.edit.setMaximumWidth(240 if field.type == "datetime" else 180)
        self.edit.textChanged.connect(self._changed)
        self.widget = self.edit

    def raw(self) -> Any:
        return self.edit.service_value()

    def check(self) -> str | None:
        if self.edit.is_readable():
            return None
        return _tr("is not a date: write it as {format}, or pick it from the calendar").format(
            format=self.edit.placeholderText()
        )

    def set_value(self, value: Any) -> None:
        self.edit.set_value(value if isinstance(value, date) else None)
        self.touched = False

    def modified(self, original: Any, cleaned: Any) -> bool:
        # shown to the minute: seconds stored by an import are not an edit
        return self.touched and bool(cleaned != original)


class LongEditor(FieldEditor):
    def __init__(self, field: Field, on_change: Any) -> None:
        super().__init__(field, on_change)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(72)
        self.edit.textChanged.connect(self._changed)
        self.widget = self.edit

    def raw(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(str(value or ""))
        self.touched = False


class HtmlEditor(FieldEditor):
    """Rich notes (stored as Qt's HTML subset); written back only when edited."""

    def __init__(self, field: Field, on_change: Any) -> None:
        super().__init__(field, on_change)
        self.edit = QTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(96)
        self.edit.textChanged.connect(self._changed)
        self.widget = self.edit

    def raw(self) -> Any:
        return self.edit.toHtml() if self.edit.toPlainText().strip() else ""

    def set_value(self, value: Any) -> None:
        self.edit.setHtml(str(value or ""))
        self.edit.document().setModified(False)
        self.touched = False

    def modified(self, original: Any, cleaned: Any) -> bool:
        return self.edit.document().isModified()


class ChoiceEditor(FieldEditor):
    def __init__(self, field: Field, on_change: Any) -> None:
        super().__init__(field, on_change)
        self.combo = QComboBox()
        for value in field.choices:
            self.combo.addItem(choice_text(value), value)
        self.combo.currentIndexChanged.connect(self._changed)
        self.widget = self.combo

    def raw(self) -> Any:
        return self.combo.currentData() or ""

    def set_value(self, value: Any) -> None:
        if value and self.combo.findData(value) < 0:
            self.combo.addItem(_capitalised(str(value)), value)  # a value from an older list
        self.combo.setCurrentIndex(max(self.combo.findData(value), 0))
        self.touched = False


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class BoolEditor(FieldEditor):
    def __init__(self, field: Field, on_change: Any) -> None:
        super().__init__(field, on_change)
        self.box = QCheckBox()
        self.box.toggled.connect(self._changed)
        self.widget = self.box

    def raw(self) -> Any:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))
        self.touched = False


class RefEditor(FieldEditor):
    """A link to another record, picked from search results as the user types.

    A line edit with a completer rather than an editable QComboBox: a combo box rewrites its
    edit text whenever its items change, which fights with typing. Only the hits of the typed
    words are ever loaded, never a whole table.
    """

    def __init__(self, field: Field, on_change: Any, services: Services, runner: OpRunner) -> None:
        super().__init__(field, on_change)
        self.services = services
        self.runner = runner
        self.record_id: uuid.UUID | None = None
        self.label = ""
        self.edit = QLineEdit()
        self.queries = LatestOnly(runner, self.edit)
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(_tr("Type a few letters to search…"))
        self.hits = QStandardItemModel(self.edit)
        self.completer = QCompleter(self.hits, self.edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setWidget(self.edit)
        # the overload for an index, not a text: PySide6's stubs do not type the indexing
        self.completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        self._timer = QTimer(self.edit)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REF_SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.edit.textEdited.connect(self._typed)
        self.edit.textChanged.connect(self._changed)
        self.widget = self.edit

    def _typed(self, text: str) -> None:
        if text.strip() != self.label:
            self._timer.start()

    def search(self) -> None:
        """Hits for the typed words, found on the worker."""
        text = self.edit.text().strip()
        find, kind = self.services.search.find, self.field.ref_kind
        self.queries.run(
            lambda: (text, find(text, REF_RESULTS, kinds=(kind,), hints=True)), self._found
        )

    def _found(self, result: tuple[str, list[SearchHit]]) -> None:
        text, hits = result
        if text != self.edit.text().strip():
            return
        self.hits.clear()
        for hit in hits:
            # "Agnès Bickart — Metropolis · abickart@metropolis.org · Barcelona": namesakes differ
            item = QStandardItem(f"{hit.label} — {hit.hint}" if hit.hint else hit.label)
            item.setData(hit.id, Qt.ItemDataRole.UserRole)
            item.setData(hit.label, LABEL_ROLE)
            item.setToolTip(hit.hint)
            self.hits.appendRow(item)
        if self.hits.rowCount() and self.edit.hasFocus():
            self.completer.setCompletionPrefix("")
            self.completer.complete()
        self._changed()

    def _picked(self, index: QModelIndex) -> None:
        self.pick(index.data(Qt.ItemDataRole.UserRole), index.data(LABEL_ROLE) or index.data())

    def pick(self, record_id: uuid.UUID, label: str) -> None:
        self.record_id, self.label = record_id, label
        self.edit.setText(label)
        self._changed()

    def _matching_hit(self, text: str) -> uuid.UUID | None:
        """A typed text naming exactly one hit picks it, as if chosen from the list."""
        found = [
            self.hits.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.hits.rowCount())
            if str(self.hits.item(r).data(LABEL_ROLE) or "").casefold() == text.casefold()
        ]
        return found[0] if len(found) == 1 else None

    def raw(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        if self.record_id is not None and text == self.label:
            return self.record_id
        return self._matching_hit(text)

    def check(self) -> str | None:
        if self.edit.text().strip() and self.raw() is None:
            return _tr("pick one of the suggestions, or leave it empty")
        return None

    def set_value(self, value: Any) -> None:
        self.record_id, self.label = None, ""
        if isinstance(value, uuid.UUID):
            records, kind = self.services.records, self.field.ref_kind
            try:
                values = self.runner.read_now(lambda: records.get(kind, value))
            except NotFound:  # a link to a purged record shows as its id
                values = {}
            self.record_id = value
            self.label = record_label(self.field.ref_kind, values) if values else str(value)
        self.edit.setText(self.label)
        self.touched = False
