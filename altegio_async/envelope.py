"""Altegio's ``{success, data, meta}`` envelope → the data, or a typed error.

The API answers most operations with the envelope, some with a bare body, some with nothing;
errors come as ``{"success": false, "data": null, "meta": {"message", "errors"}}`` with a
4xx/5xx status, and sometimes with 200. This module turns one final :class:`~altegio_async.wire.Response` into
the raw ``data`` and ``meta``, or raises the matching :mod:`altegio_async.errors` exception.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, NoReturn

from ._headers import parse_retry_after
from ._json import loads
from .errors import APIError, RateLimitError, ResponseFormatError, error_for_status
from .rules import is_envelope

if TYPE_CHECKING:
    from .wire import Response

__all__ = ["Unwrapped", "decode_json", "is_envelope", "load_json", "raise_for_error", "unwrap"]


class Unwrapped(NamedTuple):
    """A successful answer taken apart.

    Attributes:
        data: the envelope's ``data`` (or the whole bare body; ``None`` for no body), as JSON.
        meta: the envelope's ``meta`` as a dict (``{}`` for ``[]`` or no envelope; a new dict each time).
        enveloped: whether the answer came in the envelope.
        body: the whole decoded body.
    """

    data: Any
    meta: dict[str, Any]
    enveloped: bool = False
    body: Any = None


def decode_json(operation: str, response: Response) -> Any:
    """The decoded JSON body (``None`` for an empty one); ResponseFormatError if not JSON."""
    content = response.content
    if not content or (content[:1].isspace() and not content.strip()):
        return None
    try:
        return loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise ResponseFormatError(
            f"the body is not JSON ({exc.__class__.__name__}: {str(exc)[:80]})",
            operation=operation,
            status=response.status_code,
            response=response,
        ) from None


def load_json(content: bytes | str) -> Any:
    """JSON as the standard allows it (``altegio_async._json``): ``NaN``/``Infinity`` and floats past a
    double's range raise ValueError; msgspec decodes where installed, a large body in pieces."""
    return loads(content)


def _meta_dict(meta: Any) -> dict[str, Any]:
    kind = type(meta)
    if kind is dict:
        return meta.copy()  # type: ignore[no-any-return]
    if kind is list or meta is None:  # PHP's empty object, or none
        return {}
    return dict(meta) if isinstance(meta, Mapping) else {}


def _field_errors(raw: Any) -> dict[str, list[str]]:
    """``meta.errors`` as field → list of messages, whatever shape it came in."""
    if isinstance(raw, Mapping):
        out: dict[str, list[str]] = {}
        for name, messages in raw.items():
            if isinstance(messages, list):
                out[str(name)] = [str(m) for m in messages]
            else:
                out[str(name)] = [str(messages)]
        return out
    if isinstance(raw, list) and raw:
        return {"": [str(m) for m in raw]}
    if isinstance(raw, str) and raw:
        return {"": [raw]}
    return {}


def raise_for_error(operation: str, response: Response, body: Any = None, *, decoded: bool = False) -> NoReturn:
    """Raise the APIError subclass for an error answer (a 4xx/5xx, or ``success: false``)."""
    if not decoded:
        try:
            body = decode_json(operation, response)
        except ResponseFormatError:
            body = None
    meta = _meta_dict(body.get("meta")) if isinstance(body, dict) else {}
    message = meta.get("message") or (body.get("message") if isinstance(body, dict) else None)
    if not isinstance(message, str) or not message:
        message = response.reason_phrase or "request failed"
    status = response.status_code
    kwargs: dict[str, Any] = {
        "status": status,
        "operation": operation,
        "response": response,
        "meta": meta,
        "errors": _field_errors(meta.get("errors")),
        "body": body,
    }
    cls = error_for_status(status) if status >= 400 else APIError
    if cls is RateLimitError:
        raise RateLimitError(message, retry_after=parse_retry_after(response.headers.get("Retry-After")), **kwargs)
    raise cls(message, **kwargs)


def unwrap(operation: str, response: Response) -> Unwrapped:
    """Take a final answer apart: any 2xx succeeds; anything else raises its error."""
    if not 200 <= response.status_code <= 299:
        raise_for_error(operation, response)
    body = decode_json(operation, response)
    if type(body) is dict and body.get("success") is True and ("data" in body or "meta" in body):
        return Unwrapped(body.get("data"), _meta_dict(body.get("meta")), True, body)  # the common case
    if isinstance(body, dict) and "success" in body and ("data" in body or "meta" in body) and not is_envelope(body):
        raise ResponseFormatError(
            f"a malformed envelope: success is {type(body['success']).__name__}, not a boolean",
            operation=operation,
            status=response.status_code,
            response=response,
            json=body,
        )
    if is_envelope(body):
        if body["success"] is not True:
            raise_for_error(operation, response, body, decoded=True)
        return Unwrapped(body.get("data"), _meta_dict(body.get("meta")), True, body)
    return Unwrapped(body, {}, False, body)
