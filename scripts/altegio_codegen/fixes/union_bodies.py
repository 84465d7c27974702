"""Body unions whose variants only refine sibling properties become one object."""

from __future__ import annotations

import copy
from typing import Any

from spec_walk import all_schemas

from ._shared import Report


def fold_union_siblings(spec: dict[str, Any]) -> Report:
    """Fold ``oneOf``/``anyOf`` variants that only refine sibling ``properties`` into one object.

    The folded object keeps every property (the parent's, then any a variant adds); a property is
    required when every variant requires it; the variants' rules are kept in the description.
    """
    report = []
    for where, schema in list(all_schemas(spec)):
        if not isinstance(schema.get("properties"), dict):
            continue
        for key in ("oneOf", "anyOf"):
            variants = schema.get(key)
            if not isinstance(variants, list) or not variants or not all(_refines(v) for v in variants):
                continue
            props = schema["properties"]
            for variant in variants:
                for name, prop in (variant.get("properties") or {}).items():
                    props.setdefault(name, copy.deepcopy(prop))
            required_sets = [set(v.get("required") or ()) for v in variants]
            always = set.intersection(*required_sets) | set(schema.get("required") or ())
            if always:
                schema["required"] = sorted(always)
            note = ""
            if any(v.get("required") for v in variants):
                rules = "; or ".join(", ".join(v.get("required") or ()) or "nothing more" for v in variants)
                note = f"Required: {rules}."
                description = str(schema.get("description") or "").rstrip()
                schema["description"] = f"{description} {note}".strip() if note not in description else description
            del schema[key]
            report.append(f"{where}: {key} of {len(variants)} variants folded into one object {note}".rstrip())
    return report


def _refines(variant: Any) -> bool:
    """Whether a union variant only restates or requires properties (no object of its own)."""
    if not isinstance(variant, dict):
        return False
    allowed = {"properties", "required", "description", "title", "type"}
    return set(variant) <= allowed and variant.get("type", "object") == "object" and "$ref" not in variant
