"""altegio-async: the asyncio client for the Altegio Business Management (B2B) API v1.

``AltegioClient`` runs any generated operation of ``altegio_b2b.api`` (passed as its module)
through one transport that authenticates, rate-limits, retries what is safe and unwraps the
``{success, data, meta}`` envelope into typed data or a typed error. Importing this package
does not import the generated operations.
"""

from typing import TYPE_CHECKING

from .client import DEFAULT_BASE_URL, AltegioClient
from .errors import (
    AltegioError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitConfigError,
    RateLimitError,
    RateLimiterUnavailable,
    ResponseFormatError,
    ResponseTooLargeError,
    ServerError,
    ValidationError,
)
from .fanout import Outcome
from .limits.local import DEFAULT_LIMITS, Limiter, RateLimiter, Slot
from .options import RequestOptions
from .pagination import PaginationError, Paginator
from .result import Result
from .retry import RetryPolicy
from .scopes import ChainScope, LocationScope
from .wire import Headers, Request, Response

if TYPE_CHECKING:
    from .backends.aiohttp import AiohttpClient
    from .limits.redis import RedisRateLimiter

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_LIMITS",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AiohttpClient",
    "AltegioClient",
    "AltegioError",
    "AuthenticationError",
    "BadRequestError",
    "ChainScope",
    "ClientClosedError",
    "Headers",
    "Limiter",
    "LocationScope",
    "NotFoundError",
    "Outcome",
    "PaginationError",
    "Paginator",
    "PermissionDeniedError",
    "RateLimitConfigError",
    "RateLimitError",
    "RateLimiter",
    "RateLimiterUnavailable",
    "RedisRateLimiter",
    "Request",
    "RequestOptions",
    "Response",
    "ResponseFormatError",
    "ResponseTooLargeError",
    "Result",
    "RetryPolicy",
    "ServerError",
    "Slot",
    "ValidationError",
    "__version__",
]


def __getattr__(name: str) -> object:
    """``RedisRateLimiter`` and ``AiohttpClient`` are imported on first use: their extras are optional."""
    if name == "RedisRateLimiter":
        from .limits.redis import RedisRateLimiter

        return RedisRateLimiter
    if name == "AiohttpClient":
        from .backends.aiohttp import AiohttpClient

        return AiohttpClient
    raise AttributeError(f"module 'altegio_async' has no attribute {name!r}")
