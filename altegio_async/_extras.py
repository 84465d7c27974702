"""Which optional parts (extras) are installed, and the one-line hint when one is missing."""

from __future__ import annotations

import importlib.util

__all__ = ["EXTRAS", "missing_extra"]

EXTRAS = {
    "cli": ("typer", "rich"),
    "mock": ("starlette", "uvicorn"),
    "redis": ("redis",),
    "aiohttp": ("aiohttp",),
    "workers": ("redis", "taskiq", "taskiq_redis"),
}


def missing_extra(extra: str) -> str | None:
    """The install hint for ``extra`` when one of its packages is missing, else None."""
    missing = [name for name in EXTRAS[extra] if importlib.util.find_spec(name) is None]
    if not missing:
        return None
    return f"this needs the {extra} extra ({', '.join(missing)} missing): pip install 'altegio-async[{extra}]'"
