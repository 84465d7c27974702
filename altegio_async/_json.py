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

_decode: Callable[[bytes | str], Any] | None
_REFUSALS: tuple[type[Exception], ...]
try:
    import msgspec
except ImportError:  # not on this interpreter (PyPy): the standard library decodes
    _decode, _REFUSALS = None, ()
else:
    _decode = msgspec.json.Decoder().decode
    _REFUSALS = (msgspec.DecodeError,)
    _split_object = msgspec.json.Decoder(dict[str, msgspec.Raw]).decode
    _split_array = msgspec.json.Decoder(list[msgspec.Raw]).decode


def loads(content: bytes | str) -> Any:
    """The decoded JSON value; ValueError (or UnicodeDecodeError, RecursionError) for what is not JSON."""
    if _decode is not None:
        try:
            if len(content) > PIECES_ABOVE and isinstance(content, bytes):
                return _in_pieces(content)
            return _decode(content)
        except _REFUSALS:
            pass
    return loads_standard(content)


def loads_standard(content: bytes | str) -> Any:
    """The standard library's decoding: ``NaN``/``Infinity`` and floats past a double's range raise ValueError.

    Every float is checked as it is decoded (a callback per float literal costs about 0.1 µs).
    Integers cannot overflow; Python refuses one of over 4,300 digits on its own (ValueError).
    """
    return json.loads(content, parse_constant=_refuse_constant, parse_float=_finite_float)


def _in_pieces(content: bytes) -> Any:
    stripped = content.lstrip()
    if stripped[:1] == b"{":
        return {name: _value(raw) for name, raw in _split_object(content).items()}
    if stripped[:1] == b"[":
        return _items(content)
    return _decode(content)  # type: ignore[misc]


def _value(raw: Any) -> Any:
    if len(raw) > PIECES_ABOVE and bytes(memoryview(raw)[:1]) == b"[":
        return _items(raw)
    return _decode(raw)  # type: ignore[misc]


def _items(raw: Any) -> list[Any]:
    pieces = _split_array(raw)
    out: list[Any] = []
    for start in range(0, len(pieces), _BATCH):
        out.extend(_decode(b"[" + b",".join(pieces[start : start + _BATCH]) + b"]"))  # type: ignore[misc]
    return out


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:40]} is too large for a float")
    return value
