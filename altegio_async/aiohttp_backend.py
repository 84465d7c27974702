"""Deprecated module path, kept for one release: import from ``altegio_async.backends.aiohttp``."""

from .backends.aiohttp import *  # noqa: F403
from .backends.aiohttp import __all__ as __all__
