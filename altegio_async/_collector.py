"""The garbage collector held off while a large answer is decoded and built into models.

Building 10,000 models allocates hundreds of thousands of containers; each allocation burst sets
off a collection that walks every tracked object in the process, including all built so far, and
none of it is garbage (the answer is a tree: it holds no cycles). Held off for the build, the
collector then has all of them in its youngest generation, and its next young collection would
walk them all at once (30-50 ms with the interpreter's lock held: the event loop stalls). So at
the end they join the oldest generation directly (``gc.freeze()`` then ``gc.unfreeze()``: two
list moves, no walk), where only the full collections the interpreter runs anyway see them.
That move is skipped when the process keeps objects frozen itself (a pre-fork server's
``gc.freeze()``), which ``gc.unfreeze()`` would undo.

Nested and concurrent builds (worker threads) share one pause: the collector comes back when
the last of them ends, and only if it was on before.
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
            if _holders == 0:
                if gc.get_freeze_count() == 0:
                    gc.freeze()  # every young object into the permanent generation...
                    gc.unfreeze()  # ...and from there into the oldest: moved, never walked
                if _was_enabled:
                    gc.enable()
