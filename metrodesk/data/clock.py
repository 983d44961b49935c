"""Hybrid logical clock: UTC wall time plus a counter, so one device's stamps are totally ordered
even when the system clock stands still or steps back, and a stamp received from another copy
is taken in so that every later local stamp sorts after it.

A stamp is one integer: milliseconds since 1970 shifted left by `COUNTER_BITS`, plus the
counter. Integers compare as the stamps should, take 8 bytes in SQLite, and are the same on
every copy (sync compares them, then the device id).
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

COUNTER_BITS = 16
_COUNTER_MAX = (1 << COUNTER_BITS) - 1

#: how far ahead of this computer's clock a received stamp may be and still be taken in (and
#: its change applied): a laptop set a year forward must not win every later edit
MAX_DRIFT_MS = 10 * 60 * 1000


def encode(wall_ms: int, counter: int) -> int:
    return (wall_ms << COUNTER_BITS) | counter


def decode(stamp: int) -> tuple[int, int]:
    return stamp >> COUNTER_BITS, stamp & _COUNTER_MAX


def stamp_time(stamp: int) -> datetime:
    """The moment a stamp was taken, as an aware UTC datetime."""
    return datetime.fromtimestamp((stamp >> COUNTER_BITS) / 1000, tz=UTC)


def wall_now_ms() -> int:
    return int(time.time() * 1000)


def too_far_ahead(stamp: int, wall_ms: int | None = None) -> bool:
    """Whether `stamp` lies more than MAX_DRIFT_MS ahead of this computer's clock."""
    now = wall_now_ms() if wall_ms is None else wall_ms
    return (stamp >> COUNTER_BITS) > now + MAX_DRIFT_MS


class HybridClock:
    def __init__(self, last: int | None = None) -> None:
        self._lock = threading.Lock()
        self._wall, self._counter = decode(last) if last else (0, 0)

    def now(self) -> int:
        with self._lock:
            wall = wall_now_ms()
            if wall > self._wall:
                self._wall, self._counter = wall, 0
            else:
                self._bump()
            return encode(self._wall, self._counter)

    def receive(self, stamp: int) -> None:
        """Take in a stamp from another copy: every later `now()` sorts after it. The caller
        has refused stamps that are `too_far_ahead`."""
        with self._lock:
            if stamp >= encode(self._wall, self._counter):
                self._wall, self._counter = decode(stamp)

    def _bump(self) -> None:
        # a counter that would overflow moves the clock one millisecond on instead
        if self._counter == _COUNTER_MAX:
            self._wall, self._counter = self._wall + 1, 0
        else:
            self._counter += 1
