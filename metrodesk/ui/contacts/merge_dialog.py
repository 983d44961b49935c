"""Merge two contacts: each field of both side by side, a radio button to choose, one Merge."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from metrodesk.data.enums import NameOrder
from metrodesk.i18n import tr as _tr
from metrodesk.i18n import translated
from metrodesk.services.contacts.merge import MergeField, MergePreview, MergeResult
from metrodesk.services.facade import Services
from metrodesk.ui.runtime.ops import OpRunner

#: how much of a long value (notes) a radio button shows
SHOWN_CHARS = 40


def _shown(value: str) -> str:
    """A value as the reader sees it: a name order ("given-first") in their language."""
    return translated(value) if value in _NAME_ORDERS else value


_NAME_ORDERS = frozenset(order.value for order in NameOrder)


def _short(value: str) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= SHOWN_CHARS else flat[: SHOWN_CHARS - 1] + "…"


class MergeDialog(QDialog):
    """`merged(MergeResult)` follows a successful merge (one undo step)."""

    merged = Signal(object)

    def __init__(
        self,
        services: Services,
        runner: OpRunner,
        keep_id: uuid.UUID,
        other_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(_tr("Merge contacts"))
        self.resize(820, 560)
        self.services = services
        self.runner = runner
        self.preview: MergePreview | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.keep_id, self.other_id = keep_id, other_id

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 18, 20, 16)
        outer.setSpacing(10)
        self.heading = QLabel(_tr("Merge contacts"))
        self.heading.setObjectName("dialogHeading")
        self.explain = QLabel(
            _tr(
                "Choose the value to keep for each field. E-mails, phones, organisations, "
                "meetings and trainings of both are kept; the second contact goes to the "
                "trash. Undo reverts the whole merge."
            )
        )
        self.explain.setWordWrap(True)
        scroll = self._build_choices()
        self.error = QLabel()
        self.error.setObjectName("error_form")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        buttons = self._build_buttons()
        outer.addWidget(self.heading)
        outer.addWidget(self.explain)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.error)
        outer.addWidget(buttons)
        self._load()

    def _build_choices(self) -> QScrollArea:
        """The grid of fields and their two values, filled when the preview arrives."""
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside are the tab stops
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.viewport().setAutoFillBackground(False)
        self.body.setAutoFillBackground(False)
        return scroll

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.swap_button = QPushButton(_tr("Keep the other one"))
        self.swap_button.setObjectName("swapButton")
        self.swap_button.setToolTip(_tr("Keep the second contact and move the first into it"))
        self.swap_button.clicked.connect(self.swap)
        self.confirm_button = QPushButton(_tr("Merge"))
        self.confirm_button.setObjectName("mergeConfirmButton")
        self.confirm_button.setDefault(True)
        self.confirm_button.setEnabled(False)
        buttons.addButton(self.swap_button, QDialogButtonBox.ButtonRole.ActionRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        return buttons

    def _load(self) -> None:
        self.confirm_button.setEnabled(False)
        merge, keep, other = self.services.merge, self.keep_id, self.other_id
        self.runner.read(lambda: merge.preview(keep, other), success=self.show_preview, parent=self)

    def swap(self) -> None:
        self.keep_id, self.other_id = self.other_id, self.keep_id
        self._load()

    def show_preview(self, preview: MergePreview) -> None:
        self.preview = preview
        self._clear_grid()
        self.heading.setText(
            _tr("Merge {other} into {keep}").format(
                other=preview.other_name, keep=preview.keep_name
            )
        )
        for column, (title, name) in enumerate(
            ((_tr("Keep"), preview.keep_name), (_tr("Merge into it"), preview.other_name)),
            start=1,
        ):
            label = QLabel(f"<b>{title}</b><br>{name}")
            label.setObjectName(f"mergeSide{column}")
            self.grid.addWidget(label, 0, column)
        for row, f in enumerate(preview.fields, start=1):
            self._add_choice(row, f)
        first = self.groups[preview.fields[0].key].checkedButton() if preview.fields else None
        if first is not None:
            # the choices come after the dialog opened: the first takes the focus (shown now,
            # not on the layout's next turn, so that it can)
            first.show()
            first.setFocus()
        self._add_links(len(preview.fields) + 1, preview)
        self.confirm_button.setEnabled(True)

    def _clear_grid(self) -> None:
        """The previous preview's rows gone (after "Keep the other one")."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.groups = {}

    def _add_choice(self, row: int, f: MergeField) -> None:
        """One field: its name, and a radio button for each contact's value."""
        field_name = translated(f.label)
        label = QLabel(field_name)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        group = QButtonGroup(self)
        group.setObjectName(f"choice_{f.key}")
        kept, others = _shown(f.keep), _shown(f.other)
        keep = QRadioButton(_short(kept) or _tr("(empty)"))
        keep.setObjectName(f"keep_{f.key}")
        other = QRadioButton(_short(others) or _tr("(empty)"))
        other.setObjectName(f"other_{f.key}")
        for button, value in ((keep, kept), (other, others)):
            button.setToolTip(value)
            # a screen reader says which field the choice is for, not the value alone
            button.setAccessibleName(
                _tr("{field}: {value}").format(field=field_name, value=value or _tr("(empty)"))
            )
            if not value:
                button.setProperty("empty", True)
        group.addButton(keep, 0)
        group.addButton(other, 1)
        # the kept value by default, unless only the other has one
        (other if f.other and not f.keep else keep).setChecked(True)
        if f.keep == f.other:
            other.setEnabled(False)
        self.groups[f.key] = group
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(keep, row, 1)
        self.grid.addWidget(other, row, 2)

    def _add_links(self, row: int, preview: MergePreview) -> None:
        """What is kept from both whatever is chosen: e-mails, phones, organisations."""
        both = QLabel(_tr("Kept from both"))
        both.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(both, row, 0)
        for column, links in enumerate((preview.keep_links, preview.other_links), start=1):
            text = QLabel("\n".join(links) or _tr("(no e-mail, phone or organisation)"))
            text.setObjectName(f"mergeLinks{column}")
            text.setWordWrap(True)
            self.grid.addWidget(text, row, column, Qt.AlignmentFlag.AlignTop)
        self.grid.setRowStretch(row + 1, 1)

    def choices(self) -> dict[str, str]:
        return {
            key: "other" if group.checkedId() == 1 else "keep" for key, group in self.groups.items()
        }

    def choose(self, key: str, side: str) -> None:
        self.groups[key].button(1 if side == "other" else 0).setChecked(True)

    def confirm(self) -> None:
        if self.preview is None:
            return
        self.confirm_button.setEnabled(False)
        merge, keep, other, choices = (
            self.services.merge,
            self.keep_id,
            self.other_id,
            self.choices(),
        )
        self.runner.write(
            lambda: merge.merge_contacts(keep, other, choices),
            success=self._merged,
            failure=self._failed,
            parent=self,
        )

    def _merged(self, result: MergeResult) -> None:
        self.merged.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.confirm_button.setEnabled(True)
        self.error.setText(str(exc))
        self.error.setVisible(True)
