"""altegio-async: the asyncio client for the Altegio Business Management (B2B) API v1.

``AltegioClient`` runs any generated operation of ``altegio_b2b.api`` (passed as its module)
through one transport that authenticates, rate-limits, retries what is safe and unwraps the
``{success, data, meta}`` envelope into typed data or a typed error. Importing this package
does not import the generated operations.
"""

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
    RateLimitError,
    RateLimiterUnavailable,
    ResponseFormatError,
    ResponseTooLargeError,
    ServerError,
    ValidationError,
)
from .fanout import Outcome
from .pagination import PaginationError, Paginator
from .ratelimit import DEFAULT_LIMITS, Limiter, RateLimiter, Slot
from .result import Result
from .scopes import ChainScope, LocationScope

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_LIMITS",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AltegioClient",
    "AltegioError",
    "AuthenticationError",
    "BadRequestError",
    "ChainScope",
    "ClientClosedError",
    "Limiter",
    "LocationScope",
    "NotFoundError",
    "Outcome",
    "PaginationError",
    "Paginator",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "RateLimiterUnavailable",
    "ResponseFormatError",
    "ResponseTooLargeError",
    "Result",
    "ServerError",
    "Slot",
    "ValidationError",
    "__version__",
]
