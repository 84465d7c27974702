"""The shipped pytest fixtures, used as a user's test suite would use them (tests/conftest.py enables them)."""

from __future__ import annotations

import pytest

from altegio_async import AltegioClient, ServerError
from altegio_async.testing import Faults, MockAltegio
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_create as create_type
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types
from tests.bodies import certificate_type_body


async def test_the_client_fixture_talks_to_the_mock_fixture(
    altegio_client: AltegioClient, altegio_mock: MockAltegio
) -> None:
    chain = altegio_client.chain(altegio_mock.chain_ids[0])
    before = len(await chain.call(list_types) or [])
    await chain.call(create_type, body=certificate_type_body("from a fixture"))
    assert len(await chain.call(list_types) or []) == before + 1
    assert altegio_mock.stats()["handled"] == 3


async def test_a_fault_makes_a_typed_error_and_retries_do_not_sleep(
    altegio_client: AltegioClient, altegio_mock: MockAltegio
) -> None:
    altegio_mock.set_faults(Faults(server_error_rate=1.0, server_error_statuses=(503,)))
    with pytest.raises(ServerError):
        await altegio_client.chain(altegio_mock.chain_ids[0]).call(list_types)
    assert altegio_mock.stats()["requests"] > 1, "a read that met a 503 was retried"
