"""The exceptions the client raises, one class per kind of failure.

``AltegioError`` is the root. ``APIError`` and its subclasses mean Altegio answered and said
no; they carry the status, ``meta.message``, ``meta.errors`` (field → messages) and the raw
:class:`~altegio_async.wire.Response`. ``APIConnectionError``/``APITimeoutError`` mean no usable answer arrived.
``ResponseFormatError`` means an answer arrived that cannot be read (not JSON, not the shape
the operation documents); it keeps the decoded body so nothing is lost.

No message built here contains a token: they hold the operation, method, path and status.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .wire import Request, Response

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AltegioError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitConfigError",
    "RateLimitError",
    "RateLimiterUnavailable",
    "ResponseFormatError",
    "ResponseTooLargeError",
    "ServerError",
    "ValidationError",
    "error_for_status",
]


class AltegioError(Exception):
    """Base class of every error the client raises.

    Every error pickles (Celery, arq and process pools send exceptions between processes) with
    its type, message and fields; the HTTP request and response stay behind (they hold the
    connection's objects, and the request its ``Authorization`` header), so a pickled error
    holds no token.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        state = {k: None if k in _NOT_PICKLED else v for k, v in self.__dict__.items()}
        return (_restore, (type(self), self.args, state))


class APIError(AltegioError):
    """Altegio answered with an error: a 4xx/5xx status, or ``success: false``.

    Attributes:
        status: the HTTP status code.
        message: ``meta.message`` when the answer has one, else a short description.
        errors: ``meta.errors``: field name → list of messages (empty when not given).
        meta: the whole ``meta`` object of the answer (``{}`` when absent).
        body: the decoded JSON body, or ``None`` when it was not JSON.
        response: the whole answer (:class:`~altegio_async.wire.Response`).
        operation: the operation's name (its generated module).
    """

    def __init__(
        self,
        message: str,
        *,
        status: int,
        operation: str,
        response: Response | None = None,
        meta: Mapping[str, Any] | None = None,
        errors: Mapping[str, list[str]] | None = None,
        body: Any = None,
    ) -> None:
        self.message = message
        self.status = status
        self.operation = operation
        self.response = response
        self.meta: dict[str, Any] = dict(meta or {})
        self.errors: dict[str, list[str]] = dict(errors or {})
        self.body = body
        super().__init__(self._describe())

    def _describe(self) -> str:
        text = f"{self.operation}: HTTP {self.status}: {self.message}"
        if self.errors:
            details = "; ".join(f"{field}: {', '.join(msgs)}" for field, msgs in self.errors.items())
            text = f"{text} ({details})"
        return text


class BadRequestError(APIError):
    """400: the parameters or the body were refused."""


class AuthenticationError(APIError):
    """401: the partner or user token is missing, unknown or expired."""


class PermissionDeniedError(APIError):
    """403: the user may not do this."""


class NotFoundError(APIError):
    """404: no such resource."""


class ValidationError(APIError):
    """422: the body did not validate; see ``errors`` for the fields."""


class RateLimitError(APIError):
    """429: too many requests. ``retry_after`` is the wait Altegio asked for, in seconds."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)

    def _describe(self) -> str:
        text = super()._describe()
        return f"{text} (retry after {self.retry_after:g} s)" if self.retry_after is not None else text


class ServerError(APIError):
    """5xx: Altegio failed to answer the request."""


class APIConnectionError(AltegioError):
    """No answer: the connection could not be made or broke off."""

    def __init__(self, message: str, *, operation: str, request: Request | None = None) -> None:
        self.operation = operation
        self.request = request
        super().__init__(f"{operation}: {message}")


class APITimeoutError(APIConnectionError):
    """No whole answer within the timeout (connect, headers and body of one attempt)."""


class ClientClosedError(AltegioError):
    """The client was closed (``aclose()``, or its ``async with`` block ended) before this call."""


class RateLimiterUnavailable(AltegioError):
    """The shared rate limiter (Redis) could not be reached, so the request was not sent.

    Attributes:
        limiter: the limiter's description (its URL without credentials, and its key).
    """

    def __init__(self, message: str, *, limiter: str) -> None:
        self.limiter = limiter
        super().__init__(f"{message} ({limiter}); the request was not sent")


class RateLimitConfigError(AltegioError):
    """A shared budget is held with other windows than this limiter's: the request was not sent.

    Every client sharing one Redis budget must use the same ``limits``; otherwise the stricter
    client's promise would not hold.

    Attributes:
        limiter: the limiter's description (its URL without credentials, and its key).
    """

    def __init__(self, message: str, *, limiter: str) -> None:
        self.limiter = limiter
        super().__init__(f"{message} ({limiter}); the request was not sent")


class ResponseTooLargeError(AltegioError):
    """The answer's body grew past ``max_response_bytes`` (counted after decompression).

    Attributes:
        operation: the operation's name.
        limit: the limit in bytes.
    """

    def __init__(self, *, operation: str, limit: int, request: Request | None = None) -> None:
        self.operation = operation
        self.limit = limit
        self.request = request
        super().__init__(f"{operation}: the answer is larger than max_response_bytes={limit}; reading stopped")


class ResponseFormatError(AltegioError):
    """An answer that cannot be read: not JSON, not an envelope, or data not matching the model.

    Attributes:
        operation: the operation's name.
        status: the HTTP status code.
        excerpt: the first 200 characters of the body.
        json: the decoded JSON body when it was JSON (so no data is lost), else ``None``.
        data: the decoded data (the envelope's ``data``, or the whole bare body) when the answer
            was readable but not of the documented shape (``strict=True``), else ``None``.
        response: the whole answer (:class:`~altegio_async.wire.Response`).
    """

    def __init__(
        self,
        reason: str,
        *,
        operation: str,
        status: int,
        response: Response | None = None,
        json: Any = None,
        data: Any = None,
    ) -> None:
        self.operation = operation
        self.status = status
        self.response = response
        self.json = json
        self.data = data
        self.excerpt = response.text[:200] if response is not None else ""
        super().__init__(f"{operation}: HTTP {status}: {reason}; body starts {self.excerpt!r}")


_NOT_PICKLED = frozenset({"request", "response"})


def _restore(cls: type[AltegioError], args: tuple[Any, ...], state: dict[str, Any]) -> AltegioError:
    """An unpickled error: its class, args and fields; ``request``/``response`` are ``None``."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: ValidationError,
    429: RateLimitError,
}


def error_for_status(status: int) -> type[APIError]:
    """The exception class for an error status (``APIError`` for one without its own class)."""
    if status >= 500:
        return ServerError
    return _BY_STATUS.get(status, APIError)
