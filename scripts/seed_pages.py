"""Read the request and response examples out of Altegio's reference pages (shared/altegio/seeds).

Each page shows curl commands (method, URL on the documentation's mock server, headers and a
``-d`` JSON body) followed by a response example. Examples elide nested values as ``{ … }``
and ``[ … ]``; those become ``{}`` and ``[]``. An example cut short on the page is left out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

SEEDS_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "altegio" / "seeds"
"""Where the pages are kept beside the project (the importer's default, and the tests' fixtures)."""
MOCK_PREFIX = "/_mock/en/b2b-v1/openapi"
_CURL = re.compile(r"curl -i -X (\w+) \\\s*'?(\S+?)'?\s*\\", re.S)
_ELIDED = re.compile(r"\{\s*…\s*\}|\[\s*…\s*\]")


@dataclass(frozen=True)
class SeedExample:
    """One documented call: what was sent and, when the page shows it whole, what came back."""

    source: str
    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    body: Any
    response: Any
    has_response: bool


def _balanced_json(text: str, start: int) -> Any:
    """Parse the JSON value that opens at ``text[start]``; raise ValueError if cut short."""
    depth, in_string, escaped = 0, False, False
    for i in range(start, len(text)):
        ch = text[i]
        if in_string:
            escaped = ch == "\\" and not escaped
            if ch == '"' and not escaped:
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth == 0:
                return json.loads(_ELIDED.sub(lambda m: "{}" if m.group(0)[0] == "{" else "[]", text[start : i + 1]))
    raise ValueError("example cut short")


def _response_after(text: str, start: int, end: int) -> tuple[bool, Any]:
    window = text[start:end]
    match = re.search(r'\{ "|^null$', window, re.M)
    if not match:
        return False, None
    if match.group(0) == "null":
        return True, None
    try:
        return True, _balanced_json(window, match.start())
    except ValueError:
        return False, None


def load_seed_examples(seeds_dir: Path = SEEDS_DIR) -> list[SeedExample]:
    """Every curl example of every reference page in ``seeds_dir``, de-duplicated."""
    found: dict[tuple[Any, ...], SeedExample] = {}
    for page in sorted(seeds_dir.glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        matches = list(_CURL.finditer(text))
        for n, match in enumerate(matches):
            method, url = match.group(1), match.group(2)
            parts = urlsplit(url)
            path = parts.path.removeprefix(MOCK_PREFIX)
            block_end = matches[n + 1].start() if n + 1 < len(matches) else len(text)
            body = None
            cursor = match.end()
            body_at = text.find("-d '", cursor, block_end)
            if body_at != -1:
                closing = text.index("'", body_at + 4)
                body = json.loads(text[body_at + 4 : closing])
                cursor = closing + 1
            else:
                last_header = text.rfind("-H '", cursor, block_end)
                cursor = text.index("'", text.index("'", last_header) + 1) + 1 if last_header != -1 else cursor
            has_response, response = _response_after(text, cursor, block_end)
            example = SeedExample(
                source=page.name,
                method=method.upper(),
                path=path,
                query=tuple(parse_qsl(parts.query, keep_blank_values=True)),
                body=body,
                response=response,
                has_response=has_response,
            )
            key = (example.method, example.path, example.query, json.dumps(body, sort_keys=True))
            if key not in found or (has_response and not found[key].has_response):
                found[key] = example
    return list(found.values())


def template_pattern(template: str) -> re.Pattern[str]:
    """A path template (``/chain/{chain_id}/...``) as a regex whose groups are its parameters."""
    return re.compile("^" + re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$")
