"""What the server computes from the store, kept until the store changes.

Overviews aggregate tens of thousands of facts; they change only when reports arrive. The store's
version is cheap to read but not free, so it is looked at no more than once per ``interval`` (and at
once after a write through this server): a report ingested by another process shows within a second.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")
MAX_ENTRIES = 1024  # least recently used results are dropped past this


class Snapshot:
    def __init__(self, version: Callable[[], Hashable], on_change: Callable[[], object],
                 interval: float = 1.0) -> None:
        self._version = version
        self._on_change = on_change
        self._interval = interval
        self._lock = threading.Lock()
        self._current: Hashable | None = None
        self._next_check = 0.0
        self._generation = 0
        self._memo: OrderedDict[Hashable, Any] = OrderedDict()

    def check(self) -> None:
        """Notice a change of the store; on one, forget every computed result and run ``on_change``
        (say, index the new reports, then recompute what is costly)."""
        if time.monotonic() < self._next_check:
            return
        with self._lock:
            if time.monotonic() < self._next_check:
                return
            version = self._version()
            if version != self._current:
                self._memo.clear()
                self._generation += 1
                self._current = version
                self._on_change()
            self._next_check = time.monotonic() + self._interval

    def expire(self) -> None:
        """Look at the store again on the next request (after a write through this server)."""
        self._next_check = 0.0

    def get(self, key: Hashable, compute: Callable[[], T], keep: Callable[[T], bool] | None = None) -> T:
        """``compute()``, once per version of the store. A result computed while the store changed, or
        that ``keep`` says is not worth keeping, is returned but not kept."""
        self.check()
        with self._lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]
            generation = self._generation
        value = compute()
        if keep is not None and not keep(value):
            return value
        with self._lock:
            if generation == self._generation:
                self._memo[key] = value
                while len(self._memo) > MAX_ENTRIES:
                    self._memo.popitem(last=False)
        return value
