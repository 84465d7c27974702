#!/usr/bin/env python3
"""Rebuild Altegio's B2B v1 OpenAPI description from the public operation catalog.

The catalog (see ``shared/altegio/README.md``) lists every operation with its parameters,
request body and the schema of its success answer, but without the ``{success, data, meta}``
envelope, the error answers, the security schemes or named components. This script turns it
into an OpenAPI 3.1 description that says all of that, and prints what it skipped and why.

Only what is specific to the catalog lives here: the result is shaped like Altegio's own
bundle (schemas inline, ``*/*`` bodies kept). Everything the upstream bundle needs too (path
parameter order, the doubled ``/api/v1`` prefix, ``number`` ids, named components for answers,
error answers, envelope details) belongs to ``normalize_spec.py``, which runs on every source.

Usage: ``python scripts/import_catalog.py [--catalog PATH] [--out PATH]``
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spec_io import dump_spec

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CATALOG = ROOT.parent / "shared" / "altegio" / "catalog.json"
DEFAULT_SEEDS = ROOT.parent / "shared" / "altegio" / "seeds"
DEFAULT_OUT = ROOT / "openapi" / "altegio-b2b-v1.yaml"

SERVER_URL = "https://api.alteg.io/api/v1"
DOCS_BASE = "https://developer.alteg.io/en/b2b-v1/openapi"
SECURITY_SCHEMES = {
    "BearerPartnerUser": {
        "type": "http",
        "scheme": "bearer",
        "description": "`Authorization: Bearer <partner_token>, User <user_token>`",
    },
    "BearerPartner": {
        "type": "http",
        "scheme": "bearer",
        "description": "`Authorization: Bearer <partner_token>`",
    },
}


@dataclass
class ImportReport:
    """What the importer wrote and what it left out, for printing and for tests."""

    written: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    components: int = 0
    examples: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The report as printable lines."""
        out = [f"written: {len(self.written)} operations, {self.components} schema components"]
        out.append(f"skipped: {len(self.skipped)}")
        out.extend(f"  - {what}: {why}" for what, why in self.skipped)
        if self.examples:
            out.append(f"request body examples from the reference pages: {', '.join(self.examples)}")
        return out


def first_paragraph(text: str | None) -> str | None:
    """The opening paragraph of a Markdown description, or None when it is all structure."""
    if not text:
        return None
    para = text.strip().split("\n\n", 1)[0].strip()
    if not para or para.startswith(("|", "#", "-", "*", "`")):
        return None
    return " ".join(para.split())


class CatalogImporter:
    """Turns the catalog's V1 operations into one OpenAPI 3.1 document, schemas inline.

    The result is shaped like Altegio's own bundle (inline envelopes and answers); naming
    components, error answers and every other fix is the normaliser's job, for any source.
    """

    def __init__(self, catalog: dict[str, Any]) -> None:
        self.catalog = catalog
        self.report = ImportReport()

    def selected(self) -> list[dict[str, Any]]:
        """The requestable V1 operations; every other entry goes to the skip list."""
        chosen = []
        for op in self.catalog["operations"]:
            label = f"{op.get('method', '?')} {op.get('path', '?')} ({op.get('operationId', '?')})"
            if op.get("source") != "v1":
                self.report.skipped.append((label, f"source {op.get('source')!r} is the V3 preview, not V1"))
            elif not str(op.get("path", "")).startswith("/") or "://" in op["path"]:
                self.report.skipped.append((label, "a callback Altegio sends to the partner's server, not an endpoint"))
            else:
                chosen.append(op)
        return chosen

    def build(self) -> dict[str, Any]:
        """The whole OpenAPI document."""
        ops = self.selected()
        paths: dict[str, dict[str, Any]] = {}
        for op in ops:
            paths.setdefault(op["path"], {})[op["method"].lower()] = self._operation(op)
            self.report.written.append(op["operationId"])
        tags = sorted({tag for op in ops for tag in op.get("tags", [])})
        source = next((s for s in self.catalog.get("sources", []) if s.get("source") == "v1"), {})
        return {
            "openapi": "3.1.0",
            "info": {
                "title": "Altegio Business Management API",
                "version": str(source.get("version", "1.0.0")),
                "description": "Altegio B2B API v1, rebuilt by scripts/import_catalog.py from the public "
                "operation catalog. Every answer is wrapped in the {success, data, meta} envelope "
                "unless documented bare.",
            },
            "servers": [{"url": SERVER_URL}],
            "tags": [{"name": t} for t in tags],
            "paths": paths,
            "components": {"securitySchemes": SECURITY_SCHEMES},
        }

    def _operation(self, op: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"operationId": op["operationId"]}
        if op.get("summary"):
            out["summary"] = op["summary"]
        description = first_paragraph(op.get("description"))
        if description and description != op.get("summary"):
            out["description"] = description
        out["tags"] = list(op.get("tags", []))
        if op.get("deprecated"):
            out["deprecated"] = True
        out["security"] = self._security(op)
        out["externalDocs"] = {
            "description": "Altegio reference",
            "url": f"{DOCS_BASE}/{slug(op['tags'][0]) if op.get('tags') else 'operations'}/{op['operationId']}",
        }
        if op.get("parameters"):
            out["parameters"] = [self._parameter(p) for p in op["parameters"]]
        if op.get("requestBody"):
            out["requestBody"] = self._request_body(op["requestBody"])
        out["responses"] = self._responses(op)
        return out

    @staticmethod
    def _security(op: dict[str, Any]) -> list[dict[str, list[str]]]:
        security = op.get("security") or {}
        return [{scheme: []} for scheme in security.get("schemes", [])]

    @staticmethod
    def _parameter(param: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"name": param["name"], "in": param["in"]}
        if param.get("description"):
            out["description"] = param["description"]
        out["required"] = bool(param.get("required")) or param["in"] == "path"
        out["schema"] = copy.deepcopy(param.get("schema") or {})
        return out

    @staticmethod
    def _request_body(body: dict[str, Any]) -> dict[str, Any]:
        content_type = body.get("contentType") or "application/json"
        schema = copy.deepcopy(body.get("schema") or {"type": "object"})
        if content_type == "multipart/form-data":
            schema.setdefault("type", "object")
        return {"required": bool(body.get("required")), "content": {content_type: {"schema": schema}}}

    @staticmethod
    def _responses(op: dict[str, Any]) -> dict[str, Any]:
        response = op.get("response") or {}
        status = str(response.get("statusCode") or "200")
        answer = copy.deepcopy(response.get("schema"))
        success: dict[str, Any] = {"description": "Success"}
        content_type = response.get("contentType") or "application/json"
        if response.get("envelope") == "v1":
            success["description"] = "Success, in the {success, data, meta} envelope"
            envelope = {
                "type": "object",
                "required": ["success", "data"],
                "properties": {
                    "success": {"type": "boolean"},
                    "data": answer if answer is not None else {},
                    "meta": {"description": "Totals and messages: an object, or an empty array"},
                },
            }
            success["content"] = {content_type: {"schema": envelope}}
        elif answer is not None:
            success["description"] = "Success (documented without the envelope)"
            success["content"] = {content_type: {"schema": answer}}
        elif content_type != "application/json":
            success["content"] = {content_type: {"schema": {"type": "string", "format": "binary"}}}
        else:
            success["description"] = "Success (no body documented; the API may answer an envelope or null)"
        return {status: success}


def slug(text: str) -> str:
    """``Chain Loyalty Programs`` → ``chain-loyalty-programs``."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def import_catalog(catalog: dict[str, Any], seeds: Path | None = None) -> tuple[dict[str, Any], ImportReport]:
    """Build the OpenAPI document from a loaded catalog; return it with the report.

    With ``seeds`` (a folder of Altegio's reference pages), the request bodies those pages show
    become the ``example`` of their operations' JSON bodies, as Altegio's own bundle carries them.
    """
    importer = CatalogImporter(catalog)
    spec = importer.build()
    if seeds is not None and seeds.is_dir():
        importer.report.examples = attach_examples(spec, seeds)
    return spec, importer.report


def attach_examples(spec: dict[str, Any], seeds: Path) -> list[str]:
    """Each reference page's request body as its operation's JSON body ``example``; the operationIds."""
    from seed_pages import MOCK_PREFIX, load_seed_examples, template_pattern

    patterns = [
        (template_pattern(path), path.count("{"), method.upper(), operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
    ]
    attached: list[str] = []
    for seed in load_seed_examples(seeds):
        if not isinstance(seed.body, dict) or not seed.body:
            continue
        path = seed.path.removeprefix(MOCK_PREFIX).removeprefix("/api/v1")
        matches = [
            (fixed, op) for pattern, fixed, method, op in patterns if method == seed.method and pattern.match(path)
        ]
        if not matches:
            continue
        _, operation = min(matches, key=lambda m: m[0])  # a literal path beats one with placeholders
        media = operation.get("requestBody", {}).get("content", {}).get("application/json")
        if media is not None and "example" not in media:
            media["example"] = seed.body
            attached.append(operation["operationId"])
    return sorted(attached)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: read the catalog, write the description, print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--seeds", type=Path, default=DEFAULT_SEEDS, help="Altegio's reference pages, for request body examples"
    )
    args = parser.parse_args(argv)
    if not args.catalog.is_file():
        print(f"error: catalog not found at {args.catalog}", file=sys.stderr)
        return 2
    catalog = json.loads(args.catalog.read_text(encoding="utf-8"))
    spec, report = import_catalog(catalog, args.seeds)
    dump_spec(spec, args.out)
    print("\n".join(report.lines()))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
