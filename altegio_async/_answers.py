"""Success answers beyond the envelope: binary bodies, and data that does not fit its description.

Both are decided from the operation's descriptor (``altegio_b2b.operation_index``): a binary
operation (a PDF receipt) returns its bytes as the generated ``File``, unless what came is a JSON
refusal or an HTML page. Any other operation's data is built into its models where it fits. The
server is right where it differs from the description: by default data of another shape is
returned as received (what fits still built into models) and a warning is logged once per
operation naming both shapes; a client made with ``strict=True`` raises ``ResponseFormatError``
carrying the decoded data instead.
"""

from __future__ import annotations

import io
import logging
from typing import TYPE_CHECKING, Any

from .envelope import decode_json, is_envelope, raise_for_error, unwrap
from .errors import ResponseFormatError
from .result import Result

if TYPE_CHECKING:
    from ._operations import OperationInfo
    from .envelope import Unwrapped
    from .wire import Response

__all__ = [
    "OFF_LOOP_BYTES",
    "binary_result",
    "fits_shape",
    "parse_data",
    "read_answer",
    "read_answer_off_loop",
    "shape_problem",
]

logger = logging.getLogger("altegio_async")
_WARNED: set[str] = set()  # operations whose mismatch was already logged (once per process)


def binary_result(operation: str, response: Response) -> Result[Any]:
    """A binary answer as a ``Result`` whose data is the generated ``File`` holding the bytes.

    An error status, or a JSON envelope saying ``success: false`` in place of the file, raises
    the matching error like any other operation.
    """
    from altegio_b2b.types import File

    if not 200 <= response.status_code <= 299:
        raise_for_error(operation, response)
    content_type = response.headers.get("Content-Type", "")
    content = response.content
    head = content[:512].lstrip().lower()
    if "json" in content_type.lower() or head[:1] in (b"{", b"["):
        body = decode_json(operation, response)
        if is_envelope(body) and body["success"] is not True:
            raise_for_error(operation, response, body, decoded=True)
        raise ResponseFormatError(
            "a JSON answer where a file is documented",
            operation=operation,
            status=response.status_code,
            response=response,
            json=body,
            data=body.get("data") if is_envelope(body) else body,
        )
    if "html" in content_type.lower() or head.startswith((b"<!doctype html", b"<html")):
        raise ResponseFormatError(
            "an HTML page where a file is documented",
            operation=operation,
            status=response.status_code,
            response=response,
        )
    file = File(payload=io.BytesIO(content), mime_type=content_type.split(";")[0].strip() or None)
    return Result(
        data=file, meta={}, status=response.status_code, headers=response.headers, response=response, raw=content
    )


def fits_shape(value: Any, shape: str) -> bool:
    """Whether a decoded JSON value is of the documented JSON type (``None`` always fits).

    PHP writes an empty object as ``[]`` and an empty list as ``{}``: both are accepted as empty.
    """
    if value is None or shape == "any":
        return True
    if shape == "object":
        return isinstance(value, dict) or value == []
    if shape == "array":
        return isinstance(value, list) or value == {}
    if shape == "string":
        return isinstance(value, str)
    if shape == "boolean":
        return isinstance(value, bool)
    if shape == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if shape == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return True


def shape_problem(info: OperationInfo, data: Any) -> str | None:
    """What is wrong with the data's shape as a whole (or an item of a documented list), or None."""
    entry = info.entry
    if not fits_shape(data, entry.data):
        return f"the data is {_json_type(data)}, the description documents {_article(entry.data)}"
    if entry.data == "array" and entry.items and isinstance(data, list):
        bad = next((i for i, item in enumerate(data) if not fits_shape(item, entry.items)), None)
        if bad is not None:
            documented = _article(entry.items)
            return f"item {bad} of the data is {_json_type(data[bad])}, the description documents {documented}"
    return None


def _article(shape: str) -> str:
    return {"array": "a list", "object": "an object", "integer": "an integer"}.get(shape, f"a {shape}")


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (int, float)):
        return "a number"
    return type(value).__name__


_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, RecursionError)

OFF_LOOP_BYTES = 256 * 1024
"""Bodies larger than this are decoded and parsed in a worker thread, so the event loop keeps
serving other tasks meanwhile (a 10,000-item answer takes a few hundred milliseconds)."""


def read_answer(info: OperationInfo, response: Response, parse: bool, strict: bool = False) -> tuple[Unwrapped, Any]:
    """The answer taken apart and its data parsed (or raw, without ``parse``), in this thread.

    For a body up to ``OFF_LOOP_BYTES``; a larger one goes to :func:`read_answer_off_loop`.
    """
    answer = unwrap(info.name, response)
    return answer, parse_data(info, response, answer, strict) if parse else answer.data


async def read_answer_off_loop(
    info: OperationInfo, response: Response, parse: bool, strict: bool = False
) -> tuple[Unwrapped, Any]:
    """:func:`read_answer` in a worker thread with the collector held off (a body over ``OFF_LOOP_BYTES``)."""
    import asyncio

    from ._collector import collector_paused

    def large_work() -> tuple[Unwrapped, Any]:
        with collector_paused():  # a tree of fresh objects: collections would find nothing to free
            return read_answer(info, response, parse, strict)

    return await asyncio.to_thread(large_work)


def parse_data(info: OperationInfo, response: Response, answer: Unwrapped, strict: bool = False) -> Any:
    """The answer's data built into the operation's models.

    Data that does not fit (another shape than documented, or a model that cannot be built) is
    returned as received, with what fits built into models and one warning per operation; with
    ``strict`` it is a ``ResponseFormatError`` carrying the decoded data.
    """
    if answer.data is None or info.answer == "none":
        return answer.data
    problem = shape_problem(info, answer.data)
    if problem is None:
        try:
            return _build(info, answer.data)
        except _PARSE_ERRORS as exc:
            problem = f"the data does not fit {info.name}'s model ({type(exc).__name__}: {exc})"
    if strict:
        raise ResponseFormatError(
            problem,
            operation=info.name,
            status=response.status_code,
            response=response,
            json=answer.body,
            data=answer.data,
        )
    if info.name not in _WARNED:
        _WARNED.add(info.name)
        logger.warning(
            "%s: %s; returned as received (this warning is logged once; strict=True makes it an error)",
            info.name,
            problem,
        )
    return _build_what_fits(info, answer.data)


def _build(info: OperationInfo, data: Any) -> Any:
    """``data`` built into the operation's documented success model (the generated ``parse_success``)."""
    return info.module.parse_success(data)


def _build_what_fits(info: OperationInfo, data: Any) -> Any:
    """Data of another shape than documented: each object built as the documented item, the rest raw.

    A list where one object is documented gives a list of those objects; one object where a list
    is documented gives that object, built as the list's item; anything else stays as it came.
    """

    def one(item: Any) -> Any:
        try:
            if info.entry.data == "array":
                built = _build(info, [item])
                return built[0] if isinstance(built, list) and built else item
            return _build(info, item) if isinstance(item, dict) else item
        except _PARSE_ERRORS:
            return item

    if isinstance(data, list) and info.entry.data == "object":
        return [one(item) for item in data]
    if isinstance(data, dict) and info.entry.data == "array":
        return one(data)
    if isinstance(data, list) and info.entry.data == "array":
        try:
            return _build(info, data)
        except _PARSE_ERRORS:
            return data
    return data
