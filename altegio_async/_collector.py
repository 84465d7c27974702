"""The garbage collector held off while a large answer is decoded and built into models.

Building 10,000 models allocates hundreds of thousands of containers; each allocation burst sets
off a collection that walks every tracked object in the process, including all built so far, and
none of it is garbage (the answer is a tree: it holds no cycles). Held off for the build, the
collector runs its usual course afterwards. Nested and concurrent builds (worker threads) share
one pause: the collector comes back when the last of them ends, and only if it was on before.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector off for the block (shared by concurrent holders)."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
