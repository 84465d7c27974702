"""Rate limits held where Altegio counts them: the :class:`Limiter` protocol, the in-process
:class:`RateLimiter` (``limits.local``) and the Redis-shared ``RedisRateLimiter`` (``limits.redis``,
extra ``[redis]``, imported on first use)."""

from typing import TYPE_CHECKING

from .local import DEFAULT_LIMITS, Limiter, RateLimiter, Slot

if TYPE_CHECKING:
    from .redis import RedisRateLimiter

__all__ = ["DEFAULT_LIMITS", "Limiter", "RateLimiter", "RedisRateLimiter", "Slot"]


def __getattr__(name: str) -> object:
    """``RedisRateLimiter`` is imported on first use: its extra is optional."""
    if name == "RedisRateLimiter":
        from .redis import RedisRateLimiter

        return RedisRateLimiter
    raise AttributeError(f"module 'altegio_async.limits' has no attribute {name!r}")
