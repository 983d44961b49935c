"""Hybrid logical clock: UTC wall time plus a counter, so one device's entries are totally ordered
even when the system clock stands still or steps back."""

from __future__ import annotations

import threading
import time


def encode(wall_ms: int, counter: int) -> str:
    return f"{wall_ms:015d}-{counter:05d}"


def decode(stamp: str) -> tuple[int, int]:
    wall, counter = stamp.split("-")
    return int(wall), int(counter)


class HybridClock:
    def __init__(self, last: str | None = None) -> None:
        self._lock = threading.Lock()
        self._wall, self._counter = decode(last) if last else (0, 0)

    def now(self) -> str:
        with self._lock:
            wall = int(time.time() * 1000)
            if wall > self._wall:
                self._wall, self._counter = wall, 0
            else:
                self._counter += 1
            return encode(self._wall, self._counter)
