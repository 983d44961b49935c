"""Python's cyclic garbage collector, run on the UI thread only.

Left automatic, a collection can start on the database worker thread (any allocation there may
trigger it) and finalise Qt objects that belong to the UI thread, which crashes Qt. So automatic
collection is switched off and the same generational thresholds are checked from a UI-thread
timer instead (the pattern PyQt applications use for this).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class GarbageCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        gen0, gen1, gen2 = gc.get_count()
        if gen0 > self.threshold[0]:
            gc.collect(0)
            if gen1 > self.threshold[1]:
                gc.collect(1)
                if gen2 > self.threshold[2]:
                    gc.collect(2)


def install() -> None:
    """Once per application: the collector lives as long as the QApplication."""
    app = QCoreApplication.instance()
    if app is None or app.findChild(GarbageCollector) is not None:
        return
    GarbageCollector(app)
