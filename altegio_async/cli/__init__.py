"""The ``altegio-async`` command and the demo (extra ``[cli]``): ``app`` (the typer app) and ``main``.

Importing this package imports nothing of the extra; ``app`` and ``main`` load it on first use,
so the console script can say which extra is missing instead of failing on an import.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .command import app, main

__all__ = ["app", "main"]


def __getattr__(name: str) -> Any:
    """``app`` and ``main`` come from ``cli.command``, imported on first use."""
    if name in ("app", "main"):
        from . import command as module

        return getattr(module, name)
    raise AttributeError(f"module 'altegio_async.cli' has no attribute {name!r}")
