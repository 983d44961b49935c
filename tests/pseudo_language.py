"""A pseudo-language for finding texts that never went through translation.

`PseudoTranslator` is generated from the catalogue lupdate extracts from the source: every text
it holds is shown as "⟦text⟧", and so is every text of Qt's own that Qt's French catalogue
translates. A text on screen that is not inside ⟦…⟧ was never translated (an f-string in
tr(), a label set from a plain string, a service's message that skipped `tr`), or was
translated under a text the catalogue does not hold (a variable passed to `translated`):
either way French and Spanish users would read it in English. `leaks(root)` lists them;
user data (words of the database), numbers and names that are never translated are let
through. Used by tests/test_ui_translations.py.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from conftest import connect_raw
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402

from metrodesk.ui.runtime import languages  # noqa: E402

OPEN, CLOSE = "⟦", "⟧"
_WRAPPED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_WORD = re.compile(r"[^\W\d_]{2,}")
#: names that stay as they are in every language
NEVER_TRANSLATED = {
    "metrodesk", "metropolis", "python", "qt", "pyside", "sqlite", "sqlalchemy", "alembic",
    "openpyxl", "lxml", "platformdirs", "phonenumbers", "pycountry", "icalendar", "rapidfuzz",
    "defusedxml", "mit", "email", "validator", "recurring", "ical", "events", "wr", "timezone",
    "excel", "outlook", "google", "vcard", "vcards", "csv", "xlsx", "pdf", "ics", "vcf", "sha",
    "utf", "iso", "url", "ok",
}  # fmt: skip


def catalogue_keys() -> set[tuple[str, str]]:
    """(context, source) of every text lupdate finds in the source now."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "pseudo.ts"
        translations.lupdate("fr", ts)
        keys = set()
        for key in translations.messages(ts):
            context, _, source = key[0].partition("\x04")
            keys.add((context, source))
        return keys


class PseudoTranslator(QTranslator):
    """Wraps what the catalogue holds, and Qt's own texts its French catalogue translates."""

    def __init__(self, keys: set[tuple[str, str]], parent: QCoreApplication) -> None:
        super().__init__(parent)
        self.keys = keys
        self.qt = QTranslator(self)
        self.qt.load(str(languages.qt_catalogue_folder() / "qtbase_fr.qm"))

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if (context, source) in self.keys:
            return OPEN + source + CLOSE
        if context.startswith("Q") and self.qt.translate(context, source, disambiguation, n):
            return OPEN + source + CLOSE
        return None  # Qt's null string: not translated here (an empty one would be a text)


#: tables that hold no one's data: the journal, the search index, the schema's own
_NOT_USER_DATA = ("journal_", "alembic_", "search_", "sqlite_", "meta")


class UserData:
    """What the database holds as text (user data, never translated), to tell it from texts of
    the interface. A word of the interface's own (one of the catalogue's English texts) is
    user data only where a whole value of the database reads so: else a header "Country"
    would pass because someone's notes say "country"."""

    def __init__(
        self, db_path: Path, keys: set[tuple[str, str]], files: Iterable[Path] = ()
    ) -> None:
        interface = {w.casefold() for _, source in keys for w in _WORD.findall(source)}
        #: the words of the interface's own texts
        self.interface = interface
        self.values = _values(db_path) | {str(db_path).casefold(), db_path.name.casefold()}
        for path in files:  # a file being imported: its cells are user data too
            self.values |= _file_values(path)
        self.values |= _world_names()
        self.words = (
            {w.casefold() for v in self.values for w in _WORD.findall(v)} - interface
            | NEVER_TRANSLATED
            | _calendar_words()
        )

    def holds_value(self, text: str) -> bool:
        """`text` is one value of the data, or the start of one cut short with "…"."""
        text = text.strip().casefold()
        if text in self.values:
            return True
        if text.endswith("…") and len(text) > 10:
            return any(v.startswith(text[:-1]) for v in self.values)
        return False

    def holds(self, segment: str) -> bool:
        if self.holds_value(segment):
            return True
        segment = segment.strip(" \t\n·—–-:;,.()[]'‘’\"«»…").casefold()
        if not _WORD.search(segment) or segment in self.values:
            return True
        return all(w.casefold() in self.words for w in _WORD.findall(segment))


def _file_values(path: Path) -> set[str]:
    """The file's name and every cell or property value of a CSV, vCard or calendar file."""
    raw = path.read_bytes()
    text = raw.decode("utf-8") if raw.startswith(b"\xef\xbb\xbf") else raw.decode("cp1252")
    values = {path.name.casefold()}
    for line in text.splitlines():
        cells = re.split(r"[;,\t]|^[A-Z-]+(?:;[^:]*)?:", line)
        values |= {c.strip().strip('"').casefold() for c in cells if c.strip()}
    return values


def _world_names() -> set[str]:
    """Countries and languages, named from pycountry's catalogues in the interface's language
    (not texts of ours: they have no ⟦…⟧)."""
    import pycountry

    names = {c.name for c in pycountry.countries}
    names |= {getattr(c, "common_name", c.name) for c in pycountry.countries}
    names |= {lang.name for lang in pycountry.languages}
    return {n.casefold() for n in names}


def _calendar_words() -> set[str]:
    """Names of months and days as the interface's QLocale writes dates ("Thursday, 3
    December 2026"): dates are formatted by the locale, not translated by us."""
    locale = QLocale()
    words = set()
    for i in range(1, 13):
        for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words.add(locale.monthName(i, kind).casefold())
            if i <= 7:
                words.add(locale.dayName(i, kind).casefold())
    return words


def _cell_texts(value: str) -> set[str]:
    """A text value, and the items of a list stored as JSON (a meeting's tags)."""
    out = {value.casefold()}
    if value.startswith("["):
        try:
            items = json.loads(value)
        except ValueError:
            return out
        if isinstance(items, list):
            out |= {str(item).casefold() for item in items}
    return out


def _values(db_path: Path) -> set[str]:
    """Every text value of the records, and each contact's name as the lists show it; values
    of closed vocabularies ("active", "in person") are shown translated, so they are left out."""
    from enum import StrEnum

    from metrodesk.data import enums

    vocabulary = {
        member.value
        for e in vars(enums).values()
        if isinstance(e, type) and issubclass(e, StrEnum) and e is not StrEnum
        for member in e
    } | {"inactive"}
    values: set[str] = set()
    con = connect_raw(db_path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            if table.startswith(_NOT_USER_DATA):
                continue
            for row in con.execute(f'SELECT * FROM "{table}"'):
                for v in row:
                    if isinstance(v, str) and v not in vocabulary:
                        values |= _cell_texts(v)
        for given, family in con.execute("SELECT given_name, family_name FROM contact"):
            values.add(f"{given or ''} {family or ''}".strip().casefold())
            values.add(f"{family or ''} {given or ''}".strip().casefold())
    finally:
        con.close()
    return values


def untranslated(text: str, data: UserData, loose: bool = False) -> str:
    """What of `text` is outside ⟦…⟧ and not user data; "" when nothing. `loose` (a table's
    cells, where user data mixes with the interface's texts: "Name <address>", "Title
    (date)") flags only what reads as the interface's own words ("Phone", "City")."""
    if data.holds_value(text):
        return ""
    plain = re.sub(r"&(?=\w)", "", text.replace("&&", ""))
    while True:
        stripped = _WRAPPED.sub("\x00", plain)
        if stripped == plain:
            break
        plain = stripped
    plain = re.sub(r"\S+@\S+|https?://\S+|[\w./~-]*/[\w./~-]+", " ", plain)  # addresses, paths
    parts = re.split(r"(\x00|\n| · | — | – |: )", plain)
    segments, separators = parts[0::2], parts[1::2]
    bad, i = [], 0
    while i < len(segments):
        # the longest run of segments that is one value of the data ("Meeting: its subject")
        for j in range(len(segments), i + 1, -1):
            run = segments[i] + "".join(separators[k] + segments[k + 1] for k in range(i, j - 1))
            if "\x00" not in run and data.holds_value(run):
                i = j
                break
        else:
            if not data.holds(segments[i]) and (not loose or _interface_words(segments[i], data)):
                bad.append(segments[i].strip())
            i += 1
    return " | ".join(bad)


def _interface_words(segment: str, data: UserData) -> bool:
    """Every word of `segment` is a word of the interface's texts (and there is one)."""
    words = [w.casefold() for w in _WORD.findall(segment)]
    return bool(words) and all(w in data.interface for w in words)


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def texts(root: QWidget) -> Iterable[tuple[str, str]]:
    """(where, text) of everything `root` shows as it is now: titles, labels, buttons, tabs,
    menus, headers, placeholders, tooltips, choices, the status bar."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w is not root and not w.isVisibleTo(root) and not isinstance(w, QMenu):
            continue
        where = f"{type(w).__name__} {w.objectName()}".strip()
        if w.isWindow():
            yield where + " title", w.windowTitle()
        if w.toolTip():
            yield where + " tooltip", _plain(w.toolTip())
        yield from _own_texts(w, where)


def _own_texts(w: QWidget, where: str) -> Iterable[tuple[str, str]]:
    if isinstance(w, QLabel):
        yield where, _plain(w.text())
    elif isinstance(w, QAbstractButton):
        yield where, w.text()
    elif isinstance(w, QGroupBox):
        yield where, w.title()
    elif isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):
        yield where + " placeholder", w.placeholderText()
    elif isinstance(w, QTabBar):
        for i in range(w.count()):
            yield where + f" tab {i}", w.tabText(i)
            yield where + f" tab {i} tooltip", w.tabToolTip(i)
    elif isinstance(w, QComboBox) and not w.isEditable():
        for i in range(w.count()):
            yield where + f" item {i}", w.itemText(i)
    elif isinstance(w, QListWidget):
        for i in range(min(w.count(), 50)):
            yield where + f" item {i}", w.item(i).text()
    elif (
        isinstance(w, QAbstractItemView)
        and w.model() is not None
        and not isinstance(w, QHeaderView)
    ):
        model = w.model()
        for col in range(model.columnCount()):
            yield (
                where + f" header {col}",
                str(model.headerData(col, Qt.Orientation.Horizontal) or ""),
            )
        # the cells of the first rows: user data, and the states, kinds and reasons beside it
        for row in range(min(model.rowCount(), 30)):
            for col in range(model.columnCount()):
                value = model.index(row, col).data(Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    yield where + f" cell {row},{col}", value
    elif isinstance(w, QAbstractSpinBox):
        yield where + " special", w.specialValueText()
        if isinstance(w, QSpinBox):
            yield where + " suffix", w.suffix()
    elif isinstance(w, QMenu):
        for action in w.actions():
            yield where + " action", action.text()
    elif isinstance(w, QWizard):
        page = w.currentPage()
        if page is not None:
            yield where + " page title", page.title()
            yield where + " page subtitle", page.subTitle()
    elif isinstance(w, QMainWindow):
        for action in w.menuBar().actions():
            yield where + " menu", action.text()
            if action.menu() is not None:
                for sub in action.menu().actions():
                    yield where + " menu item", sub.text()
        yield where + " status", w.statusBar().currentMessage()


def leaks(root: QWidget, data: UserData) -> list[str]:
    found = []
    for where, text in texts(root):
        bad = untranslated(text, data, loose=" cell " in where) if text else ""
        if bad:
            found.append(f"{where}: {text!r} ({bad})")
    return found
