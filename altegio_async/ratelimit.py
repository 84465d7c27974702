"""Deprecated module path, kept for one release: import from ``altegio_async.limits.local``."""

from .limits.local import *  # noqa: F403
from .limits.local import __all__ as __all__
