"""The ``altegio-async`` console script: says which extra to install instead of a traceback."""

from __future__ import annotations

import importlib.util
import sys

__all__ = ["main", "missing_extra"]

EXTRAS = {
    "cli": ("typer", "rich"),
    "mock": ("starlette", "uvicorn"),
    "redis": ("redis",),
    "aiohttp": ("aiohttp",),
}


def missing_extra(extra: str) -> str | None:
    """The install hint for ``extra`` when one of its packages is missing, else None."""
    missing = [name for name in EXTRAS[extra] if importlib.util.find_spec(name) is None]
    if not missing:
        return None
    return f"this needs the {extra} extra ({', '.join(missing)} missing): pip install 'altegio-async[{extra}]'"


def main() -> None:
    """Entry point of the ``altegio-async`` command."""
    hint = missing_extra("cli")
    if hint is not None:
        sys.stderr.write(f"altegio-async: {hint}\n")
        raise SystemExit(2)
    from .cli import main as run

    run()
