"""The ``altegio-async`` console script: says which extra to install instead of a traceback."""

from __future__ import annotations

import sys

from ._extras import missing_extra

__all__ = ["main"]


def main() -> None:
    """Entry point of the ``altegio-async`` command."""
    hint = missing_extra("cli")
    if hint is not None:
        sys.stderr.write(f"altegio-async: {hint}\n")
        raise SystemExit(2)
    from .cli import main as run

    run()
