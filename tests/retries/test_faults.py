"""Faults from the mock: every read gives its data or a typed error, no write arrives twice,
retries stay within max_retries."""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter
from typing import Any

from altegio_async import AltegioClient, AltegioError, APITimeoutError, RetryPolicy
from altegio_async._context import ATTEMPTS
from altegio_async.testing import MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, Faults, MockAltegio
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_create as create_type
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_get as get_type
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_types
from altegio_b2b.models import CertificateType
from tests.bodies import certificate_type_body
from tests.mock.conftest import (
    client_for,
    count_titles,
    free_port,  # noqa: F401 - re-exported for the served fixture
    served_mock,  # noqa: F401 - the mock on a real port
)
from tests.support.routes import path_of

MAX_RETRIES = 2


async def no_sleep(seconds: float) -> None:
    await asyncio.sleep(0)


async def counted(coroutine: Any) -> tuple[Any, BaseException | None, int]:
    """Run one call in its own task, counting its HTTP attempts."""

    async def run() -> tuple[Any, BaseException | None, int]:
        attempts = [0]
        ATTEMPTS.set(attempts)
        try:
            return await coroutine, None, attempts[0]
        except Exception as exc:
            return None, exc, attempts[0]

    return await asyncio.create_task(run())


async def test_1000_reads_and_200_writes_under_faults(tally: dict[str, Counter[str]]) -> None:
    mock = MockAltegio(seed=9, chains=20, locations_per_chain=1)
    mock.set_faults(
        Faults(
            rate_limit_every=11,
            retry_after=0,
            server_error_rate=0.08,
            reset_rate=0.04,
            drop_rate=0.04,
            malformed_rate=0.03,
        )
    )
    known = {c: next(iter(mock.store.chains[c].certificate_types)) for c in mock.chain_ids}
    async with client_for(mock, retry_policy=RetryPolicy(max_retries=MAX_RETRIES, sleep=no_sleep)) as altegio:
        chains = itertools.cycle(mock.chain_ids)
        reads = [counted(altegio.chain(c).call(get_type, known[c])) for c in itertools.islice(chains, 700)]
        reads += [counted(altegio.chain(c).call(list_types)) for c in itertools.islice(chains, 300)]
        writes = [
            counted(altegio.chain(c).call(create_type, body=certificate_type_body(f"write-{n}")))
            for n, c in zip(range(200), chains, strict=False)
        ]
        read_results = await asyncio.gather(*reads)
        write_results = await asyncio.gather(*writes)

    for value, error, attempts in read_results:
        assert 1 <= attempts <= MAX_RETRIES + 1
        if error is None:
            assert isinstance(value, (CertificateType, list))
        else:
            assert isinstance(error, AltegioError), repr(error)
            tally["raised"][type(error).__name__] += 1
    duplicated = 0
    for n, (value, error, attempts) in enumerate(write_results):
        arrived = count_titles(mock, f"write-{n}")
        duplicated += max(0, arrived - 1)
        assert arrived <= 1, f"write-{n} arrived {arrived} times"
        assert 1 <= attempts <= MAX_RETRIES + 1
        if error is None:
            assert isinstance(value, CertificateType) and arrived == 1
        else:
            assert isinstance(error, AltegioError), repr(error)
            tally["raised"][type(error).__name__] += 1
    assert sum(error is None for _, error, _ in read_results) > 800
    assert set(mock.plan.counts) == {"rate_limit", "server_error", "reset", "drop", "malformed"}
    tally["requests"]["in-process"] += sum(mock.requests.values())
    tally["faults"].update(mock.plan.counts)
    tally["writes"]["attempted"] += 200
    tally["writes"]["arrived"] += sum(count_titles(mock, f"write-{n}") for n in range(200))
    tally["writes"]["duplicated"] += duplicated


def fault_certificate_types(mock: MockAltegio, chain_id: int, faults: Faults) -> None:
    """Set ``faults`` on a chain's certificate-type list and create paths (one path today; two if renamed)."""
    for operation in ("chain_loyalty_certificate_types_list", "chain_loyalty_certificate_types_create"):
        mock.set_faults(faults, path=path_of(operation, chain_id))


async def test_read_timeouts_on_a_real_port(
    served_mock: tuple[str, MockAltegio],  # noqa: F811
    tally: dict[str, Counter[str]],
) -> None:
    base_url, mock = served_mock
    chain_id = mock.chain_ids[0]
    fault_certificate_types(mock, chain_id, Faults(latency=0.4))
    handled_before = Counter(mock.handled)
    try:
        async with AltegioClient(
            MOCK_PARTNER_TOKEN,
            MOCK_USER_TOKEN,
            base_url=base_url,
            rate_limit=None,
            timeout=0.1,
            retry_policy=RetryPolicy(max_retries=MAX_RETRIES, sleep=no_sleep),
        ) as altegio:
            _, read_error, read_attempts = await counted(altegio.chain(chain_id).call(list_types))
            _, write_error, write_attempts = await counted(
                altegio.chain(chain_id).call(create_type, body=certificate_type_body("slow write"))
            )
        await asyncio.sleep(0.6)  # let the server finish what the client gave up on
    finally:
        fault_certificate_types(mock, chain_id, Faults())
    assert isinstance(read_error, APITimeoutError) and read_attempts == MAX_RETRIES + 1
    assert isinstance(write_error, APITimeoutError) and write_attempts == 1
    arrived = (
        mock.handled["chain_loyalty_certificate_types_create"]
        - handled_before["chain_loyalty_certificate_types_create"]
    )
    assert arrived == 1 == count_titles(mock, "slow write"), "the timed-out write was processed once and not resent"
    tally["requests"]["real port"] += read_attempts + write_attempts
    tally["faults"]["read_timeout"] += read_attempts + write_attempts
    tally["writes"]["attempted"] += 1
    tally["writes"]["arrived"] += arrived
    tally["raised"]["APITimeoutError"] += 2


async def test_slow_bodies_on_a_real_port(
    served_mock: tuple[str, MockAltegio],  # noqa: F811
    tally: dict[str, Counter[str]],
) -> None:
    base_url, mock = served_mock
    chain_id = mock.chain_ids[0]
    handled_before = mock.handled["chain_loyalty_certificate_types_create"]
    fault_certificate_types(mock, chain_id, Faults(slow_body=0.3))
    try:
        async with AltegioClient(
            MOCK_PARTNER_TOKEN,
            MOCK_USER_TOKEN,
            base_url=base_url,
            rate_limit=None,
            timeout=0.1,
            retry_policy=RetryPolicy(max_retries=MAX_RETRIES, sleep=no_sleep),
        ) as hasty:
            _, read_error, read_attempts = await counted(hasty.chain(chain_id).call(list_types))
            _, write_error, write_attempts = await counted(
                hasty.chain(chain_id).call(create_type, body=certificate_type_body("slow body write"))
            )
        async with AltegioClient(
            MOCK_PARTNER_TOKEN, MOCK_USER_TOKEN, base_url=base_url, rate_limit=None, timeout=5
        ) as patient:
            listed = await patient.chain(chain_id).call(list_types)
    finally:
        fault_certificate_types(mock, chain_id, Faults())
    assert isinstance(read_error, APITimeoutError) and read_attempts == MAX_RETRIES + 1
    assert isinstance(write_error, APITimeoutError) and write_attempts == 1
    assert mock.handled["chain_loyalty_certificate_types_create"] - handled_before == 1
    assert count_titles(mock, "slow body write") == 1
    assert listed and len(listed) == len(mock.store.chains[chain_id].certificate_types)
    tally["requests"]["real port"] += read_attempts + write_attempts + 1
    tally["faults"]["slow_body"] += read_attempts + write_attempts + 1
    tally["writes"]["attempted"] += 1
    tally["writes"]["arrived"] += 1
    tally["raised"]["APITimeoutError"] += 2
