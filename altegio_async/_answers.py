"""Success answers beyond the envelope: binary bodies, and the data's documented JSON shape.

Both are decided from the operation's descriptor (``altegio_b2b.operation_index``): a binary
operation (a PDF receipt) returns its bytes as the generated ``File``; any other operation's
data must, as a whole, be the JSON type its description documents (fields inside stay lenient).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from .envelope import decode_json, is_envelope, raise_for_error, unwrap
from .errors import ResponseFormatError
from .result import Result

if TYPE_CHECKING:
    import httpx

    from ._operations import OperationInfo
    from .envelope import Unwrapped

__all__ = ["OFF_LOOP_BYTES", "binary_result", "check_data_shape", "fits_shape", "parse_data", "read_answer"]


def binary_result(operation: str, response: httpx.Response) -> Result[Any]:
    """A binary answer as a ``Result`` whose data is the generated ``File`` holding the bytes.

    An error status, or a JSON envelope saying ``success: false`` in place of the file, raises
    the matching error like any other operation.
    """
    from altegio_b2b.types import File

    if not 200 <= response.status_code <= 299:
        raise_for_error(operation, response)
    content_type = response.headers.get("Content-Type", "")
    if "json" in content_type.lower():
        body = decode_json(operation, response)
        if is_envelope(body) and body["success"] is not True:
            raise_for_error(operation, response, body, decoded=True)
    content = response.content
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


def check_data_shape(info: OperationInfo, response: httpx.Response, answer: Any) -> None:
    """ResponseFormatError when the data as a whole (or an item of a documented list) is not its type."""
    entry = info.entry
    data = answer.data
    problem = None
    if not fits_shape(data, entry.data):
        problem = f"the data is {_json_type(data)}, not the documented {entry.data}"
    elif entry.data == "array" and entry.items and isinstance(data, list):
        bad = next((i for i, item in enumerate(data) if not fits_shape(item, entry.items)), None)
        if bad is not None:
            problem = f"item {bad} of the data is {_json_type(data[bad])}, not the documented {entry.items}"
    if problem is not None:
        raise ResponseFormatError(
            problem, operation=info.name, status=response.status_code, response=response, json=answer.body
        )


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


async def read_answer(info: OperationInfo, response: httpx.Response, parse: bool) -> tuple[Unwrapped, Any]:
    """The answer taken apart and its data parsed (or raw, without ``parse``), off the loop when large."""

    def work() -> tuple[Unwrapped, Any]:
        answer = unwrap(info.name, response)
        return answer, parse_data(info, response, answer) if parse else answer.data

    if len(response.content) <= OFF_LOOP_BYTES:
        return work()
    import asyncio

    return await asyncio.to_thread(work)


def parse_data(info: OperationInfo, response: httpx.Response, answer: Unwrapped) -> Any:
    """The answer's data as the operation's model; ResponseFormatError if it cannot be read.

    Field-level leniency stays (a field that does not fit is kept raw), but the data as a
    whole must be what the descriptor documents: an object, a list of objects, a string...
    """
    if answer.data is None or info.answer == "none":
        return answer.data
    check_data_shape(info, response, answer)
    try:
        if info.answer == "envelope":
            body = answer.body if answer.enveloped else {"success": True, "data": answer.data, "meta": []}
            return info.envelope.from_dict(body).data
        return info.module.parse_success(answer.data)
    except _PARSE_ERRORS as exc:
        raise ResponseFormatError(
            f"the data does not match {info.name}'s model ({type(exc).__name__}: {exc})",
            operation=info.name,
            status=response.status_code,
            response=response,
            json=answer.body,
        ) from None
