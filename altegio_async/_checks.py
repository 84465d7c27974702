"""Settings checked when they are given: a clear ``ValueError`` at construction, never a failure later.

``AltegioClient(...)`` and ``with_options(...)`` pass every setting through these, so a bad
URL, a negative or NaN timeout or a fractional retry count is refused before any request.
"""

from __future__ import annotations

import math
from typing import Any

__all__ = ["check_base_url", "check_count", "check_retries", "check_seconds", "check_timeout"]


def check_base_url(base_url: object) -> str:
    """The API root without a trailing slash; ValueError for anything that is not a plain http(s) URL.

    Refused: another scheme, no host, a bad port, an unclosed IPv6 bracket, whitespace or
    control characters, credentials, a query or a fragment (each would send every call elsewhere).
    """
    import httpx

    if not isinstance(base_url, str):
        raise ValueError(f"base_url must be a string, got {type(base_url).__name__}")
    text = base_url.rstrip("/")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise ValueError("base_url must not contain whitespace or control characters")
    if not text.startswith(("http://", "https://")):
        raise ValueError(f"base_url must be an http(s) URL, got {text!r}")
    try:
        url = httpx.URL(text)
        port = url.port
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise ValueError(f"base_url is not a valid URL ({exc})") from None
    if not url.host:
        raise ValueError(f"base_url has no host: {text!r}")
    if port is not None and not 0 < port < 65536:
        raise ValueError(f"base_url has a bad port: {port}")
    if "?" in text or "#" in text or url.query or url.fragment:
        raise ValueError("base_url must not have a query or a fragment: every call's path is added to it")
    if url.userinfo:
        raise ValueError("base_url must not carry credentials; tokens go in partner_token and user_token")
    return text


def check_seconds(name: str, value: object, *, allow_zero: bool = True) -> float:
    """``value`` as a finite, non-negative number of seconds (> 0 unless ``allow_zero``); ValueError otherwise."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{name} must be a number of seconds, got {value!r}")
    if not math.isfinite(value) or value < 0 or (value == 0 and not allow_zero):
        bound = ">= 0" if allow_zero else "> 0"
        raise ValueError(f"{name} must be a finite number of seconds {bound}, got {value!r}")
    return float(value)


def check_timeout(timeout: Any) -> Any:
    """A timeout in seconds (> 0, finite) or an ``httpx.Timeout`` whose parts are; ValueError otherwise."""
    import httpx

    if isinstance(timeout, httpx.Timeout):
        for part in (timeout.connect, timeout.read, timeout.write, timeout.pool):
            if part is not None:
                check_seconds("timeout", part, allow_zero=False)
        return timeout
    return check_seconds("timeout", timeout, allow_zero=False)


def check_count(name: str, value: object) -> int:
    """A whole number >= 1 (a size, a limit, a concurrency); ValueError for ``0``, ``1.5``, ``True``, ``inf``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be a whole number >= 1, got {value!r}")
    return value


def check_retries(value: object) -> int:
    """A whole number of retries >= 0; ValueError otherwise (``1.5``, ``True``, ``-1``)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_retries must be a whole number >= 0, got {value!r}")
    return value
