"""The reference pages' examples as test fixtures: read by ``scripts/seed_pages.py``, matched here
to the operations of the description the client was generated from."""

from __future__ import annotations

from seed_pages import MOCK_PREFIX, SEEDS_DIR, SeedExample, load_seed_examples, template_pattern

__all__ = ["MOCK_PREFIX", "SEEDS_DIR", "SeedExample", "load_seed_examples", "match_operation", "match_seed"]


def match_seed(method: str, path: str) -> tuple[str, dict[str, str]]:
    """(operationId, path parameter → the seed's value) for a seed's concrete call.

    Matched against the description the client was generated from; a seed recorded before an
    accepted upstream change of the path is matched against the catalog import it was recorded
    with, and its operationId (which a path rename keeps) names the operation today.
    """
    from tests.spec_support import catalog_operation_index, operation_index

    for index in (operation_index(), catalog_operation_index()):
        found = []
        for op_id, (template, op_method, _) in index.items():
            hit = template_pattern(template).match(path)
            if op_method.upper() == method and hit and op_id in operation_index():
                found.append((template.count("{"), op_id, hit.groupdict()))
        if found:
            # A literal path beats one with placeholders (``/certificate_types/fetch`` vs ``/{id}``).
            _, op_id, ids = min(found)
            return op_id, ids
    raise AssertionError(f"no operation for {method} {path}")


def match_operation(method: str, path: str) -> str:
    """The operationId whose method and path template match a seed's concrete call."""
    return match_seed(method, path)[0]
