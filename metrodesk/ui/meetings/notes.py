"""The rich-text notes editor of a meeting: headings, lists, bold/italic/underline and links.

It is the form's `notes_html` field editor (an HtmlEditor, so the dialog's checking and saving
see it as any other field) with a toolbar above a roomy text area. The services sanitise what
is stored; pasted remote images are never fetched (QTextDocument does not load from the net).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextListFormat
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import QT_TR_NOOP, translated
from metrodesk.i18n import tr as _tr
from metrodesk.services.records.forms import Field
from metrodesk.ui.records.field_editors import HtmlEditor

#: the block styles of the Style box: (label, heading level; 0 = body text)
BLOCK_STYLES = (
    (QT_TR_NOOP("Body text"), 0),
    (QT_TR_NOOP("Heading 1"), 1),
    (QT_TR_NOOP("Heading 2"), 2),
    (QT_TR_NOOP("Heading 3"), 3),
)


class RichNotesEditor(HtmlEditor):
    def __init__(self, field: Field, on_change: Any) -> None:
        super().__init__(field, on_change)
        edit = self.edit
        edit.setMinimumHeight(260)
        edit.setMaximumHeight(16_777_215)
        edit.setTabChangesFocus(False)
        edit.setAcceptRichText(True)
        edit.setPlaceholderText(_tr("What was said, agreed and learnt…"))
        edit.setObjectName("notesText")

        container = QWidget()
        container.setObjectName("notesEditor")
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addLayout(self._toolbar())
        box.addWidget(edit, 1)
        edit.currentCharFormatChanged.connect(self._format_changed)
        self.widget = container

    def _toolbar(self) -> QHBoxLayout:
        """Paragraph style, bold/italic/underline, lists, link: what the notes' HTML keeps."""
        bar = QHBoxLayout()
        bar.setSpacing(4)
        self.style_box = QComboBox()
        self.style_box.setObjectName("notesStyle")
        for label, level in BLOCK_STYLES:
            self.style_box.addItem(translated(label), level)
        self.style_box.activated.connect(lambda i: self.set_heading(self.style_box.itemData(i)))
        bar.addWidget(self.style_box)
        self.bold, self.italic, self.underline = self._character_buttons()
        for b in (self.bold, self.italic, self.underline):
            bar.addWidget(b)
        bar.addSpacing(8)
        bar.addWidget(self._button("notesBullets", "•", _tr("Bulleted list"), self.bullets))
        bar.addWidget(self._button("notesNumbers", "1.", _tr("Numbered list"), self.numbers))
        bar.addSpacing(8)
        bar.addWidget(
            self._button("notesLink", _tr("Link…"), _tr("Link to a web page"), self.ask_link)
        )
        bar.addStretch(1)
        return bar

    def _character_buttons(self) -> tuple[QToolButton, QToolButton, QToolButton]:
        """Bold, italic and underline: checkable, with their shortcut, each shown in the
        style it sets."""
        made = []
        for name, text, tip, key, slot, style in (
            ("notesBold", _tr("B"), _tr("Bold (Ctrl+B)"), "Ctrl+B", self.toggle_bold,
             QFont.setBold),
            ("notesItalic", _tr("I"), _tr("Italic (Ctrl+I)"), "Ctrl+I", self.toggle_italic,
             QFont.setItalic),
            ("notesUnderline", _tr("U"), _tr("Underline (Ctrl+U)"), "Ctrl+U",
             self.toggle_underline, QFont.setUnderline),
        ):  # fmt: skip
            b = self._button(name, text, tip, slot)
            b.setShortcut(key)
            font = b.font()
            style(font, True)
            b.setFont(font)
            b.setCheckable(True)
            made.append(b)
        return made[0], made[1], made[2]

    def _button(self, name: str, text: str, tip: str, slot: Any) -> QToolButton:
        b = QToolButton()
        b.setObjectName(name)
        b.setText(text)
        b.setToolTip(tip)
        b.setAutoRaise(True)
        b.setMinimumWidth(28)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.clicked.connect(lambda *_: slot())
        return b

    # --- formatting -------------------------------------------------------------------------

    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.edit.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        cursor.mergeCharFormat(fmt)
        self.edit.mergeCurrentCharFormat(fmt)

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.edit.fontWeight() < QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.edit.fontItalic())
        self._merge(fmt)

    def toggle_underline(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontUnderline(not self.edit.fontUnderline())
        self._merge(fmt)

    def set_heading(self, level: int) -> None:
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        block = cursor.blockFormat()
        block.setHeadingLevel(level)
        cursor.setBlockFormat(block)
        fmt = QTextCharFormat()
        sizes = {1: 3, 2: 2, 3: 1}
        fmt.setProperty(QTextCharFormat.Property.FontSizeAdjustment, sizes.get(level, 0))
        fmt.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(fmt)
        cursor.endEditBlock()
        self.edit.mergeCurrentCharFormat(fmt)

    def _list(self, style: QTextListFormat.Style) -> None:
        cursor = self.edit.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            # pressing again takes the paragraph out of the list
            current.remove(cursor.block())
            block = cursor.blockFormat()
            block.setIndent(0)
            cursor.setBlockFormat(block)
            return
        fmt = QTextListFormat()
        fmt.setStyle(style)
        cursor.createList(fmt)

    def bullets(self) -> None:
        self._list(QTextListFormat.Style.ListDisc)

    def numbers(self) -> None:
        self._list(QTextListFormat.Style.ListDecimal)

    def ask_link(self) -> None:
        url, ok = QInputDialog.getText(
            self.widget, _tr("Link"), _tr("Address of the web page (https://…):")
        )
        if ok and url.strip():
            self.insert_link(url.strip())

    def insert_link(self, url: str, text: str | None = None) -> None:
        if not url.lower().startswith(("http://", "https://", "mailto:")):
            url = "https://" + url
        cursor = self.edit.textCursor()
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(url)
        fmt.setFontUnderline(True)
        fmt.setForeground(self.edit.palette().link())
        if cursor.hasSelection() and text is None:
            cursor.mergeCharFormat(fmt)
        else:
            cursor.insertText(text or url, fmt)
            cursor.setCharFormat(QTextCharFormat())
            self.edit.setTextCursor(cursor)

    def _format_changed(self, fmt: QTextCharFormat) -> None:
        self.bold.setChecked(fmt.fontWeight() >= QFont.Weight.Bold)
        self.italic.setChecked(fmt.fontItalic())
        self.underline.setChecked(fmt.fontUnderline())
        level = self.edit.textCursor().blockFormat().headingLevel()
        self.style_box.setCurrentIndex(max(self.style_box.findData(level), 0))
