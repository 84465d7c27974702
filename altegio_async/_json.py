"""JSON decoding: msgspec where installed, the standard library's rule either way, and large bodies in pieces.

msgspec (a dependency on CPython) decodes about twice as fast as the standard library on a large
answer, keeps integers of any size exact (orjson, the other candidate, turns an integer past 64
bits into an inexact float) and refuses ``NaN`` and floats past a double's range. Whatever
msgspec refuses, the standard library decides (it reads a lone surrogate escape, which msgspec
refuses, and names the fault in what it refuses), so what is accepted and what is refused is the
standard library's rule on every interpreter.

A large body is decoded in pieces: one C call over 8 MB holds the interpreter's lock for tens of
milliseconds, and a worker thread decoding it would stall the event loop that long. The top
level is split first (each value, and the items of a large array, kept as raw bytes), then the
items are decoded a batch at a time, so the lock changes hands between batches. The values are
the same as one decode gives; any piece msgspec refuses sends the whole body to the standard
library.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

__all__ = ["PIECES_ABOVE", "loads", "loads_standard"]

PIECES_ABOVE = 1 << 20
"""Bodies larger than this (bytes) are decoded in pieces."""
_BATCH = 256  # array items decoded per call: about a millisecond of a large answer's items


class _Fast:
    """msgspec's decoders, made on first use (importing msgspec costs about 15 ms: not at import time)."""

    def __init__(self) -> None:
        import msgspec

        self.decode: Callable[[Any], Any] = msgspec.json.Decoder().decode
        self.split_object: Callable[[Any], dict[str, Any]] = msgspec.json.Decoder(dict[str, msgspec.Raw]).decode
        self.split_array: Callable[[Any], list[Any]] = msgspec.json.Decoder(list[msgspec.Raw]).decode
        self.refusals: tuple[type[Exception], ...] = (msgspec.DecodeError,)


_fast: _Fast | None = None
_fast_missing = False


def _fast_decoders() -> _Fast | None:
    """msgspec's decoders, or None where msgspec is not installed (PyPy)."""
    global _fast, _fast_missing
    if _fast is None and not _fast_missing:
        try:
            _fast = _Fast()
        except ImportError:
            _fast_missing = True
    return _fast


def loads(content: bytes | str) -> Any:
    """The decoded JSON value; ValueError (or UnicodeDecodeError, RecursionError) for what is not JSON."""
    fast = _fast or _fast_decoders()
    if fast is not None:
        try:
            if len(content) > PIECES_ABOVE and isinstance(content, bytes):
                return _in_pieces(fast, content)
            return fast.decode(content)
        except fast.refusals:
            pass
    return loads_standard(content)


def loads_standard(content: bytes | str) -> Any:
    """The standard library's decoding: ``NaN``/``Infinity`` and floats past a double's range raise ValueError.

    Every float is checked as it is decoded (a callback per float literal costs about 0.1 µs).
    Integers cannot overflow; Python refuses one of over 4,300 digits on its own (ValueError).
    """
    return json.loads(content, parse_constant=_refuse_constant, parse_float=_finite_float)


def _in_pieces(fast: _Fast, content: bytes) -> Any:
    stripped = content.lstrip()
    if stripped[:1] == b"{":
        return {name: _value(fast, raw) for name, raw in fast.split_object(content).items()}
    if stripped[:1] == b"[":
        return _items(fast, content)
    return fast.decode(content)


def _value(fast: _Fast, raw: Any) -> Any:
    if len(raw) > PIECES_ABOVE and bytes(memoryview(raw)[:1]) == b"[":
        return _items(fast, raw)
    return fast.decode(raw)


def _items(fast: _Fast, raw: Any) -> list[Any]:
    pieces = fast.split_array(raw)
    out: list[Any] = []
    for start in range(0, len(pieces), _BATCH):
        out.extend(fast.decode(b"[" + b",".join(pieces[start : start + _BATCH]) + b"]"))
    return out


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:40]} is too large for a float")
    return value
