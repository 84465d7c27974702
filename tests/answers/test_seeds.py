"""The seed pages' examples called through the facade: the data returned equals the example's."""

from __future__ import annotations

import json
from typing import Any

import pytest
import respx

from altegio_async import AltegioClient
from altegio_b2b import types as b2b_types
from tests.seeds import SEEDS_DIR, load_seed_examples, match_seed
from tests.spec_support import build_call, operation_index, operation_modules

SEEDS = [s for s in load_seed_examples() if s.has_response] if SEEDS_DIR.is_dir() else []


@pytest.mark.skipif(not SEEDS, reason=f"seed pages not found at {SEEDS_DIR}")
@pytest.mark.parametrize("seed", SEEDS, ids=lambda s: f"{s.method} {s.path}")
async def test_seed_through_the_facade(altegio: AltegioClient, router: respx.MockRouter, seed: Any) -> None:
    op_id, ids = match_seed(seed.method, seed.path)
    _, _, op = operation_index()[op_id]
    kwargs, _, _, _ = build_call(op_id)
    kwargs.update({name: int(value) for name, value in ids.items() if value.isdigit()})
    if seed.body is not None:
        kwargs["body"] = seed.body  # a plain dict: the facade builds the model
    status = int(next(code for code in op["responses"] if code.startswith("2")))
    route = router.route(method=seed.method).respond(status, content=json.dumps(seed.response).encode())

    data = await altegio.call(operation_modules()[op_id], **kwargs)

    if seed.body is not None:
        assert json.loads(route.calls.last.request.content) == seed.body
    enveloped = isinstance(seed.response, dict) and "success" in seed.response
    expected = seed.response["data"] if enveloped else seed.response
    assert b2b_types.to_json(data) == expected
