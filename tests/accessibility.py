"""What a screen reader is told about a window: the focusable widgets it would announce with
no name. Used by tests/test_ui_accessibility.py (and handy to audit a new dialog by hand)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def describe(widget: QWidget) -> str:
    parents = []
    parent = widget.parentWidget()
    while parent is not None and len(parents) < 3:
        parents.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    name = widget.objectName() or "(no objectName)"
    return f"{type(widget).__name__} {name} in {' < '.join(parents)}"


def focusable(root: QWidget) -> list[QWidget]:
    """The widgets Tab can reach in `root` as it is shown now."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if (
            isinstance(widget.parentWidget(), QAbstractScrollArea)
            and widget is getattr(widget.parentWidget(), "viewport", lambda: None)()
        ):
            continue  # a scroll area's viewport: the area itself is what is announced
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the editor inside a spin box or combo box: announced as that box
        found.append(widget)
    return found


def nameless(root: QWidget) -> list[str]:
    return [describe(w) for w in focusable(root) if not accessible_name(w)]
