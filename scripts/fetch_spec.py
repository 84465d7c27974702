#!/usr/bin/env python3
"""Download an OpenAPI description (Altegio's bundle) and check it is one, with one-line errors.

Usage: ``python scripts/fetch_spec.py URL OUT``. Exit 0 and write OUT (``.yaml`` or ``.json``,
as the body is) when the answer is a 200 holding an OpenAPI document; otherwise print one line
saying why (HTTP status, an HTML page, not YAML/JSON, not OpenAPI, unreachable) and exit 2.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

import httpx


class FetchError(Exception):
    """Why a download is not a usable OpenAPI description (one line)."""


MAX_BYTES = 32 * 1024 * 1024
"""The largest description accepted, counted after decompression (Altegio's bundle is a few MB)."""
MAX_SECONDS = 120.0
"""The longest a whole download may take, however slowly the bytes trickle in."""


def fetch(url: str, timeout: float = 30.0, max_bytes: int = MAX_BYTES, max_seconds: float = MAX_SECONDS) -> bytes:
    """The body at ``url``; FetchError for anything but a 200, a body past ``max_bytes`` (decoded:
    a small gzip cannot inflate past it) or a download longer than ``max_seconds``."""
    import time

    started = time.monotonic()
    chunks: list[bytes] = []
    size = 0
    try:
        with httpx.stream("GET", url, follow_redirects=True, timeout=timeout) as response:
            if response.status_code != 200:
                raise FetchError(f"cannot download {url}: HTTP {response.status_code} {response.reason_phrase}")
            for chunk in response.iter_bytes(chunk_size=64 * 1024):
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"cannot download {url}: larger than {max_bytes} bytes (decoded); refused")
                if time.monotonic() - started > max_seconds:
                    raise FetchError(f"cannot download {url}: still downloading after {max_seconds:g} s; refused")
                chunks.append(chunk)
    except httpx.HTTPError as exc:
        raise FetchError(f"cannot download {url}: {type(exc).__name__}: {str(exc)[:120]}") from None
    return b"".join(chunks)


def parse(content: bytes, where: str) -> tuple[dict[str, Any], str]:
    """(the document, ``.json`` or ``.yaml``); FetchError when it is not an OpenAPI document."""
    text = content.decode("utf-8", errors="replace")
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")) or "<html" in head:
        raise FetchError(f"{where} is an HTML page, not an OpenAPI description")
    suffix = ".json" if head.startswith("{") else ".yaml"
    import tempfile

    from spec_io import SpecError, load_spec

    with tempfile.TemporaryDirectory() as folder:  # the same bounded reading as every description
        probe = Path(folder) / f"downloaded{suffix}"
        probe.write_bytes(content)
        try:
            document: Any = load_spec(probe)
        except SpecError as exc:
            reason = str(exc).split(": ", 1)[-1]
            raise FetchError(f"{where}: {reason}") from None
    if not isinstance(document, dict) or "openapi" not in document or not isinstance(document.get("paths"), dict):
        raise FetchError(f"{where} is not an OpenAPI description (no 'openapi' version and 'paths')")
    return document, suffix


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: download URL, check it, write OUT with the right suffix; print its path."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: fetch_spec.py URL OUT", file=sys.stderr)
        return 2
    url, out = args
    try:
        content = fetch(url)
        _document, suffix = parse(content, url)
    except FetchError as exc:
        print(f"regenerate: {exc}", file=sys.stderr)
        return 2
    target = Path(out).with_suffix(suffix)
    target.write_bytes(content)
    print(f"{target}\t{hashlib.sha256(content).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
