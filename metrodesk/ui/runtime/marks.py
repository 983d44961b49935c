"""Qt's translation marker, typed as what it returns: the source text itself (PySide6's stubs
say `object`). lupdate finds the texts by the marker's name, as before."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore

QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)
