"""Per-request settings as a frozen value: :class:`RequestOptions`.

``AltegioClient.with_options(...)`` makes a view whose options are ``dataclasses.replace`` of
its own; the view shares the connection, the limiter and the tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = ["RequestOptions"]


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """What each request of a client (or of a view from ``with_options``) is sent with.

    Attributes:
        timeout: the whole-attempt bound in seconds (connect, headers and body of one attempt,
            abandoning included), or an ``httpx.Timeout``; ``None``: the HTTP client's own.
        max_retries: retries after the first attempt; ``None``: the client's ``RetryPolicy``.
        max_response_bytes: the largest decoded body read; ``None``: the client's limit.
        strict: data that does not fit its description raises ``ResponseFormatError``
            instead of being returned as received.
    """

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    max_response_bytes: int | None = None
    strict: bool = False

    def __post_init__(self) -> None:
        from ._checks import check_retries, check_timeout
        from ._transport import check_max_response_bytes

        if self.timeout is not None:
            check_timeout(self.timeout)
        if self.max_retries is not None:
            check_retries(self.max_retries)
        if self.max_response_bytes is not None:
            check_max_response_bytes(self.max_response_bytes)
        if not isinstance(self.strict, bool):
            raise TypeError(f"strict must be True or False, got {self.strict!r}")

    def changed(self, **changes: Any) -> RequestOptions:
        """A copy with the given settings changed (``None`` leaves a setting as it is)."""
        import dataclasses

        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})
