"""The app icon on every window, and crisp on a 200 % screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from ui_support import open_window

from metrodesk import resources
from metrodesk.ui.window.app_icon import app_icon


def test_icon_at_200_percent_draws_the_file_of_twice_the_size(qapp):
    icon = app_icon()
    files = resources.icon_files()
    for logical in (16, 24, 32, 64, 128):
        # when a 200 % screen asks for the icon at its logical size
        pixmap = icon.pixmap(QSize(logical, logical), 2.0)
        # then it gets the pixels of the drawing rendered at twice the size, not a blow-up
        assert pixmap.devicePixelRatio() == 2.0
        assert pixmap.size() == QSize(2 * logical, 2 * logical)
        premultiplied = QImage.Format.Format_ARGB32_Premultiplied
        want = QImage(str(files[2 * logical])).convertToFormat(premultiplied)
        want.setDevicePixelRatio(2.0)
        assert pixmap.toImage().convertToFormat(premultiplied) == want


def test_window_and_dialogs_show_the_app_icon(qtbot, db_path):
    window = open_window(qtbot, db_path)
    assert QApplication.windowIcon().cacheKey() == app_icon().cacheKey()
    assert window.windowIcon().cacheKey() == app_icon().cacheKey()
    dialog = window.check_database()
    qtbot.waitExposed(dialog)
    assert dialog.windowIcon().cacheKey() == app_icon().cacheKey()
    dialog.close()
