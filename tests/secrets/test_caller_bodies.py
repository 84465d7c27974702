"""Caller input: a body JSON cannot carry is refused before sending."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from altegio_async import (
    AltegioClient,
)
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_create as create_type
from tests.bodies import certificate_type_body
from tests.support.respx_client import BASE, CREATE, OK


@pytest.mark.parametrize(
    ("value", "error", "where"),
    [
        ({1, 2}, TypeError, "body.service_ids"),
        (b"raw", TypeError, "body.title"),
        (float("nan"), ValueError, "body.balance"),
    ],
)
async def test_a_body_json_cannot_carry_is_refused_before_sending(
    client: AltegioClient, value: Any, error: type[Exception], where: str
) -> None:
    field = where.split(".")[1]
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        route = router.post(CREATE).respond(200, json=OK)
        with pytest.raises(error, match=rf"chain_loyalty_certificate_types_create: parameter '{where}'"):
            await client.chain(1).call(create_type, body=certificate_type_body(**{field: value}))
    assert route.call_count == 0
