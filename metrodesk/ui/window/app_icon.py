"""The app's icon, for the application (so every window and dialog shows it) and the About box."""

from __future__ import annotations

import functools

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from metrodesk import resources

#: windows and dialogs draw the icon at 256 pixels at most (128 at 200 %); the 512-pixel file is
#: for the desktop's launcher, and decoding it would only cost start time
MAX_SIDE = 256


@functools.cache
def app_icon() -> QIcon:
    """Every rendered size of the drawing: Qt picks the one that matches the size and the
    screen's pixel ratio (a 16-pixel icon at 200 % draws the 32-pixel file, not 16 scaled up)."""
    icon = QIcon()
    for side, path in resources.icon_files().items():
        if side > MAX_SIDE:
            continue
        # pixmaps, not addFile: Qt 6.11's lazily read files answer every size with the first
        # one it was asked for (a 24-pixel icon at 200 % got the 32-pixel file)
        icon.addPixmap(QPixmap(str(path)))
    return icon


def install(app: QApplication) -> None:
    """Give the application its icon once; windows and dialogs without one of their own show it."""
    if app.windowIcon().cacheKey() != app_icon().cacheKey():
        app.setWindowIcon(app_icon())
