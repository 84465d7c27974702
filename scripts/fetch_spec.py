#!/usr/bin/env python3
"""Download an OpenAPI description (Altegio's bundle) and check it is one, with one-line errors.

Usage: ``python scripts/fetch_spec.py URL OUT``. Exit 0 and write OUT (``.yaml`` or ``.json``,
as the body is) when the answer is a 200 holding an OpenAPI document; otherwise print one line
saying why (HTTP status, an HTML page, not YAML/JSON, not OpenAPI, unreachable) and exit 2.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import httpx
import yaml


class FetchError(Exception):
    """Why a download is not a usable OpenAPI description (one line)."""


def fetch(url: str, timeout: float = 60.0) -> bytes:
    """The body at ``url``; FetchError for anything but a 200."""
    try:
        response = httpx.get(url, follow_redirects=True, timeout=timeout)
    except httpx.HTTPError as exc:
        raise FetchError(f"cannot download {url}: {type(exc).__name__}: {exc}") from None
    if response.status_code != 200:
        raise FetchError(f"cannot download {url}: HTTP {response.status_code} {response.reason_phrase}")
    return response.content


def parse(content: bytes, where: str) -> tuple[dict[str, Any], str]:
    """(the document, ``.json`` or ``.yaml``); FetchError when it is not an OpenAPI document."""
    text = content.decode("utf-8", errors="replace")
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")) or "<html" in head:
        raise FetchError(f"{where} is an HTML page, not an OpenAPI description")
    suffix = ".json" if head.startswith("{") else ".yaml"
    try:
        document = json.loads(text) if suffix == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise FetchError(f"{where} is not valid {suffix[1:].upper()}: {first}") from None
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
