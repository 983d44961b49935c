"""Edit › Conflicts…: the values sync set aside, one by one: the record, the field, both values,
who set each and when; keep the one shown, take the other, or type a third. Each choice is an
ordinary change (one undo step) that syncs to every copy, where the conflict then ends too."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import QT_TR_NOOP, translated
from metrodesk.i18n import tr as _tr
from metrodesk.services.errors import ServiceError, ValidationError
from metrodesk.services.records.kinds import kind_texts
from metrodesk.services.sync.inbox import ConflictView, Inbox, Side
from metrodesk.ui.records.history_view import field_label, value_text
from metrodesk.ui.runtime.ops import OpRunner, report_failure
from metrodesk.ui.window.formatting import short_datetime

#: what each kind of conflict is, for the person looking at it (translated when shown)
KIND_TEXT = {
    "field": QT_TR_NOOP("Changed on two computers at about the same time."),
    "deleted": QT_TR_NOOP("Changed on one computer while another moved it to the Trash."),
    "purged": QT_TR_NOOP("Changed on one computer while another deleted it for good."),
    "link": QT_TR_NOOP("Linked on one computer to a record another moved to the Trash."),
}


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


#: a value longer than this is shown cut short (the whole value in its tooltip)
SHOWN_CHARS = 400


def _show_value(label: QLabel, text: str) -> None:
    cut = len(text) > SHOWN_CHARS
    label.setText(text[:SHOWN_CHARS] + "…" if cut else text)
    label.setToolTip(text if cut else "")


def _kept_text(c: ConflictView) -> str:
    if c.kind == "deleted":
        return _tr("In the Trash")
    if c.kind == "purged":
        return _tr("Deleted for good")
    if c.kind == "link":
        return _tr("The linked record is in the Trash")
    return value_text(c.field, c.kept.value, None)


def _by(side: Side) -> str:
    if not side.author:
        return ""
    where = side.device or _tr("this computer")
    if side.when is None:
        return _tr("by {author} on {copy}").format(author=side.author, copy=where)
    when = short_datetime(side.when.astimezone().replace(tzinfo=None))
    return _tr("by {author} on {copy}, {when}").format(author=side.author, copy=where, when=when)


def _short(value: object, c: ConflictView) -> str:
    """A value on a button: short, and its "&" shown as typed (not a shortcut key)."""
    return value_text(c.field, value, 24).replace("&", "&&")


class ConflictsDialog(QDialog):
    #: a conflict was settled (the window's views refresh)
    settled = Signal()

    def __init__(
        self,
        inbox: Inbox,
        runner: OpRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(_tr("Conflicts"))
        self.resize(820, 480)
        self.inbox = inbox
        self.runner = runner
        self.conflicts: list[ConflictView] = []
        self._build()
        self.reload()

    def _build(self) -> None:
        box = QVBoxLayout(self)
        self.pages = QStackedWidget()
        self.empty = QLabel(
            _tr(
                "No conflicts. When two computers change the same thing without knowing of "
                "each other's change, the value set aside waits here for you."
            )
        )
        self.empty.setObjectName("conflictsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        split = QSplitter()
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.setAccessibleName(_tr("Conflicts"))
        self.list.currentRowChanged.connect(self._show)
        split.addWidget(self.list)
        split.addWidget(self._details())
        split.setSizes([280, 520])
        self.pages.addWidget(self.empty)
        self.pages.addWidget(split)
        box.addWidget(self.pages, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def _details(self) -> QWidget:
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(8, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("conflictRecord")
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.what = QLabel()
        self.what.setObjectName("conflictWhat")
        self.what.setWordWrap(True)
        box.addWidget(self.title)
        box.addWidget(self.what)
        kept_box, self.kept, self.kept_by = self._value_box(
            _tr("Kept (the record holds it)"), "keptValue", "keptBy"
        )
        aside_box, self.aside, self.aside_by = self._value_box(
            _tr("Set aside"), "asideValue", "asideBy"
        )
        box.addWidget(kept_box)
        box.addWidget(aside_box)
        box.addLayout(self._choice_row())
        box.addLayout(self._third_value_row())
        self.message = QLabel()
        self.message.setObjectName("error_conflict")
        self.message.setWordWrap(True)
        self.message.hide()
        box.addWidget(self.message)
        box.addStretch(1)
        return panel

    def _value_box(self, title: str, value: str, by: str) -> tuple[QGroupBox, QLabel, QLabel]:
        """One side of the conflict: its value, and who set it where and when."""
        group = QGroupBox(title)
        form = QFormLayout(group)
        value_label = self._value_label(value)
        by_label = self._value_label(by)
        form.addRow(value_label)
        form.addRow(by_label)
        return group, value_label, by_label

    def _choice_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.keep_button = QPushButton(_tr("&Keep"))
        self.keep_button.setObjectName("keepButton")
        self.keep_button.clicked.connect(lambda: self._settle("keep"))
        self.take_button = QPushButton(_tr("&Take the other"))
        self.take_button.setObjectName("takeOtherButton")
        self.take_button.clicked.connect(lambda: self._settle("other"))
        row.addWidget(self.keep_button)
        row.addWidget(self.take_button)
        row.addStretch(1)
        return row

    def _third_value_row(self) -> QHBoxLayout:
        """A value of the user's own instead of either side's (Enter uses it)."""
        third = QHBoxLayout()
        self.third_label = QLabel(_tr("Or &another value:"))
        self.third = QLineEdit()
        self.third.setObjectName("thirdValue")
        self.third_label.setBuddy(self.third)
        self.third.returnPressed.connect(lambda: self._settle("value"))
        self.use_button = QPushButton(_tr("&Use it"))
        self.use_button.setObjectName("useValueButton")
        self.use_button.clicked.connect(lambda: self._settle("value"))
        third.addWidget(self.third_label)
        third.addWidget(self.third, 1)
        third.addWidget(self.use_button)
        return third

    def _value_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # a value is never read as markup
        # wrapped within the dialog's width, never widening it (a run without spaces is cut)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # --- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        self.runner.read(self.inbox.list, success=self._loaded, parent=self)

    def _loaded(self, conflicts: list[ConflictView]) -> None:
        keep = self.current.id if self.current is not None else None
        self.conflicts = conflicts
        self.list.clear()
        for c in conflicts:
            name = c.label or _capitalised(translated(kind_texts(c.record_kind).noun))
            text = f"{name} — {field_label(c.record_kind, c.field)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(item)
        self.pages.setCurrentIndex(1 if conflicts else 0)
        ids = [c.id for c in conflicts]
        self.list.setCurrentRow(ids.index(keep) if keep in ids else 0 if ids else -1)
        (self.list if conflicts else self.empty).setFocus()

    @property
    def current(self) -> ConflictView | None:
        row = self.list.currentRow() if hasattr(self, "list") else -1
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, row: int) -> None:
        self.message.hide()
        self.third.clear()
        c = self.current
        if c is None:
            return
        name = c.label or _capitalised(translated(kind_texts(c.record_kind).noun))
        self.title.setText(
            _tr("<b>{record}</b> — {field}").format(
                record=html.escape(name), field=html.escape(field_label(c.record_kind, c.field))
            )
        )
        self.what.setText(translated(KIND_TEXT[c.kind]) if c.kind in KIND_TEXT else "")
        _show_value(self.kept, _kept_text(c))
        self.kept_by.setText(_by(c.kept))
        _show_value(self.aside, value_text(c.field, c.aside.value, None))
        self.aside_by.setText(_by(c.aside))
        self.take_button.setEnabled(c.can_take_other)
        if c.kind in ("deleted", "link"):
            self.take_button.setText(_tr("&Restore it"))
        else:
            self.take_button.setText(_tr("&Take “{value}”").format(value=_short(c.aside.value, c)))
        if c.kind in ("deleted", "purged"):
            self.keep_button.setText(_tr("&Keep it deleted"))
        elif c.kind == "link":
            self.keep_button.setText(_tr("&Keep the link"))
        else:
            self.keep_button.setText(_tr("&Keep “{value}”").format(value=_short(c.kept.value, c)))
        for widget in (self.third_label, self.third, self.use_button):
            widget.setVisible(c.can_type)

    # --- settling ----------------------------------------------------------------------------

    def _settle(self, how: str) -> None:
        c = self.current
        if c is None:
            return
        inbox = self.inbox
        if how == "keep":
            work = lambda: inbox.keep(c.id)  # noqa: E731
        elif how == "other":
            work = lambda: inbox.take_other(c.id)  # noqa: E731
        else:
            raw = self.third.text()
            work = lambda: inbox.set_value(c.id, raw)  # noqa: E731
        self.runner.run(
            work, success=lambda _r: self._settled(), failure=self._refused, parent=self
        )

    def _settled(self) -> None:
        # the runner announced what was written (the journal holds the settled value)
        self.settled.emit()
        self.reload()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.message.setText(f"{exc.field}: {exc.message}")
        elif isinstance(exc, ServiceError):
            self.message.setText(str(exc))
            self.reload()
        else:
            report_failure(self, exc)
            return
        self.message.show()
        self.third.setFocus()
