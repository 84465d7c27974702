"""Example JSON for any generated model, read from its type hints.

The mock server answers operations it keeps no state for with a value built here: every field
of the model filled in, deterministic for a given seed, so the same request gets the same
answer and the answer parses back into the model.
"""

from __future__ import annotations

import datetime
import enum
import functools
import hashlib
import types
import typing
from dataclasses import dataclass
from typing import Any

from .._operations import model_annotations

__all__ = ["Example", "model_hints", "stable_int", "success_type"]

_MAX_DEPTH = 6


def stable_int(*parts: object, modulo: int = 1_000_000) -> int:
    """A number in ``[1, modulo]`` that depends only on ``parts`` (not on the process)."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big") % modulo + 1


@functools.cache
def model_hints(cls: type) -> dict[str, Any]:
    """Field name (as the wire spells it) → type, for a generated attrs model."""
    hints = model_annotations(cls)
    fields = getattr(cls, "__attrs_attrs__", ())
    wire: dict[str, str] = dict(getattr(cls, "WIRE_NAMES", {}))  # declared by every generated model
    return {wire.get(f.name, f.name): hints[f.name] for f in fields if f.name != "additional_properties"}


class Example:
    """Builds example JSON from type hints; ``seed`` varies the values, not the shape."""

    def __init__(self, seed: object) -> None:
        self.seed = seed

    def value(self, hint: Any, name: str = "value", depth: int = 0) -> Any:
        """A JSON value of type ``hint`` (a field called ``name``)."""
        from altegio_b2b.types import File, Unset

        origin = typing.get_origin(hint)
        if origin in (typing.Union, types.UnionType):
            options = [o for o in typing.get_args(hint) if o not in (type(None), Unset)]
            models = [o for o in options if hasattr(o, "from_dict")]
            if not options:
                return None
            return self.value((models or options)[0], name, depth)
        if origin is list:
            (item,) = typing.get_args(hint) or (Any,)
            return [] if depth >= _MAX_DEPTH else [self.value(item, name, depth + 1)]
        if origin is dict:
            return {}
        if hint is Any or hint is object:
            return f"{name}-{stable_int(self.seed, name, modulo=999)}"
        if not isinstance(hint, type):
            return None
        if issubclass(hint, enum.Enum):
            return next(iter(hint)).value
        if hint is bool:
            return stable_int(self.seed, name) % 2 == 0
        if hint is int:
            return stable_int(self.seed, name, modulo=99_999)
        if hint is float:
            return stable_int(self.seed, name, modulo=9_999) / 4
        if hint is str:
            return f"{name.replace('_', ' ').capitalize()} {stable_int(self.seed, name, modulo=999)}"
        if hint is datetime.datetime:
            day = stable_int(self.seed, name, modulo=28)
            return f"2026-03-{day:02d}T10:30:00+00:00"
        if hint is datetime.date:
            return f"2026-03-{stable_int(self.seed, name, modulo=28):02d}"
        if hint is File:
            return None
        if hasattr(hint, "from_dict"):
            return self.model(hint, depth)
        return None

    def model(self, cls: type, depth: int = 0) -> dict[str, Any]:
        """Every field of a model filled in (nested models to a bounded depth)."""
        if depth >= _MAX_DEPTH:
            return {}
        return {key: self.value(hint, key, depth + 1) for key, hint in model_hints(cls).items()}


@dataclass(frozen=True)
class Binary:
    """A non-JSON answer body (a PDF receipt), served with its media type."""

    content: bytes
    media_type: str


def receipt_pdf(title: str) -> Binary:
    """A small, valid one-page PDF showing ``title`` (with a correct cross-reference table)."""
    text = title.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return Binary(bytes(out), "application/pdf")


def success_type(module: Any) -> Any:
    """The Python type an operation's data is built into, for making an example of it (None: no JSON body).

    Read from the generated ``parse_success`` annotation: the mock builds example answers from
    types, which is its job; the client itself never reads type hints to learn about an answer.
    """
    parser = getattr(module, "parse_success", None)
    if parser is None:
        return None
    answers = typing.get_type_hints(parser).get("return")
    success = [a for a in typing.get_args(answers) or (answers,) if a is not type(None) and a is not Any]
    if len(success) == 1:
        return success[0]
    return typing.Union[tuple(success)] if success else None  # noqa: UP007 - built at run time
