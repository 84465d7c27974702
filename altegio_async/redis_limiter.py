"""Deprecated module path, kept for one release: import from ``altegio_async.limits.redis``."""

from .limits.redis import *  # noqa: F403
from .limits.redis import __all__ as __all__
