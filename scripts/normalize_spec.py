#!/usr/bin/env python3
"""Make any Altegio OpenAPI description (ours or the upstream bundle) generator-friendly.

Each fix is one small function ``fix(spec) -> list[str]`` that edits the spec in place and
returns one line per change it made; ``normalize`` runs them all in order and returns the
report. Every fix is idempotent: running the normaliser twice changes nothing the second time.

Usage: ``python scripts/normalize_spec.py IN OUT``
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from altegio_codegen.fixes.answer_fields import optional_answer_fields
from altegio_codegen.fixes.answer_models import name_answer_models
from altegio_codegen.fixes.answer_shapes import answer_shapes
from altegio_codegen.fixes.array_items import open_array_items
from altegio_codegen.fixes.binary_answers import binary_answers
from altegio_codegen.fixes.bracket_twins import merge_bracket_twins
from altegio_codegen.fixes.colliding_properties import drop_colliding_properties
from altegio_codegen.fixes.date_parameters import date_parameters
from altegio_codegen.fixes.datetime_spellings import datetime_spellings
from altegio_codegen.fixes.enum_names import name_enum_members
from altegio_codegen.fixes.envelopes import normalize_envelopes
from altegio_codegen.fixes.error_answers import shared_error_answers
from altegio_codegen.fixes.integer_ids import integer_ids
from altegio_codegen.fixes.json_bodies import json_request_bodies
from altegio_codegen.fixes.model_names import unique_model_names
from altegio_codegen.fixes.null_answers import null_answers
from altegio_codegen.fixes.nullable_types import nullable_type_lists
from altegio_codegen.fixes.operation_ids import unique_operation_ids
from altegio_codegen.fixes.optional_bodies import optional_bodies
from altegio_codegen.fixes.optional_path import optional_path_parameters
from altegio_codegen.fixes.overrides import apply_overrides, stale_overrides
from altegio_codegen.fixes.path_order import order_path_parameters
from altegio_codegen.fixes.safe_paths import safe_paths
from altegio_codegen.fixes.server_prefix import strip_server_prefix
from altegio_codegen.fixes.string_defaults import safe_string_defaults
from altegio_codegen.fixes.transport_headers import drop_transport_headers
from altegio_codegen.fixes.truncated_objects import open_truncated_objects
from altegio_codegen.fixes.union_bodies import fold_union_siblings
from altegio_codegen.fixes.unwrap_envelopes import unwrap_envelopes
from spec_io import SpecError, dump_spec, load_spec

Report = list[str]
Fix = Callable[[dict[str, Any]], Report]


FIXES: tuple[Fix, ...] = (
    safe_paths,
    strip_server_prefix,
    order_path_parameters,
    drop_transport_headers,
    merge_bracket_twins,
    unique_operation_ids,
    json_request_bodies,
    null_answers,
    fold_union_siblings,
    optional_path_parameters,
    apply_overrides,
    answer_shapes,
    date_parameters,
    optional_bodies,
    binary_answers,
    name_answer_models,
    open_array_items,
    nullable_type_lists,
    name_enum_members,
    safe_string_defaults,
    datetime_spellings,
    integer_ids,
    open_truncated_objects,
    normalize_envelopes,
    optional_answer_fields,
    drop_colliding_properties,
    shared_error_answers,
    unique_model_names,
    unwrap_envelopes,
)


def normalize(spec: dict[str, Any]) -> dict[str, Report]:
    """Apply every fix to ``spec`` in place; return each fix's report by fix name."""
    return {fix.__name__: fix(spec) for fix in FIXES}


def summary(reports: dict[str, Report], detail: int = 3) -> list[str]:
    """Printable lines: a count per fix and its first ``detail`` changes."""
    lines = []
    for name, report in reports.items():
        lines.append(f"{name}: {len(report)} change(s)")
        lines.extend(f"    {line}" for line in report[:detail])
        if len(report) > detail:
            lines.append(f"    … and {len(report) - detail} more")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: normalise IN into OUT and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--detail", type=int, default=3, help="changes listed per fix")
    args = parser.parse_args(argv)
    try:
        spec = load_spec(args.source)
        reports = normalize(spec)
    except SpecError as exc:
        print(f"regenerate: {exc}", file=sys.stderr)
        return 2
    dump_spec(spec, args.out)
    print("\n".join(summary(reports, args.detail)))
    for line in stale_overrides(spec):
        print(f"warning: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
