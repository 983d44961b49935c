"""Cyclic garbage is collected on the UI thread, never on the worker (which would crash Qt)."""

import gc
import threading

from ui_support import open_window


def test_collection_runs_on_the_ui_thread_only(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    assert not gc.isenabled()
    threads: list[str] = []

    def note(phase: str, _info: dict) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        for _ in range(3000):  # cyclic garbage past the first threshold
            a: list = []
            a.append(a)
        window.services.lists.page("contact", "a")
        qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    finally:
        gc.callbacks.remove(note)
    assert set(threads) == {threading.main_thread().name}
