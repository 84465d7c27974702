"""Checked by mypy (``make typecheck``), not run: what mypy infers for facade calls.

Each ``assert_type`` fails the type check if the inferred type differs; each
``# type: ignore[...]`` fails it (as unused) if mypy stops reporting the mistake.
"""

from __future__ import annotations

from typing import assert_type

from altegio_async import AltegioClient, Result
from altegio_async.fanout import FanOut
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_get as get_cert_type
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_cert_types
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_membership_types_delete as delete_membership_type
from altegio_b2b.api.chain_loyalty_programs import get_chain_loyalty_program
from altegio_b2b.api.subscriptions_certificates import get_gift_card_type_list_by_id
from altegio_b2b.models import CertificateType, Program


async def inferred_types(altegio: AltegioClient) -> None:
    chain = altegio.chain(706028)
    assert_type(await chain.call(list_cert_types, title="Gift"), list[CertificateType] | None)
    assert_type(await chain.call(list_cert_types, page=2, page_size=100), list[CertificateType] | None)
    assert_type(await altegio.call(list_cert_types, 706028), list[CertificateType] | None)
    assert_type(await altegio.call(list_cert_types.asyncio, 706028), list[CertificateType] | None)
    assert_type(await chain.call_with_meta(list_cert_types), Result[list[CertificateType] | None])
    assert_type(await chain.call(get_cert_type, 289056), CertificateType | None)
    assert_type(await chain.call(delete_membership_type, 3), None)
    # answers documented bare (no envelope): the data's own model
    assert_type(await chain.call(get_chain_loyalty_program, 5), Program | None)
    assert_type(await chain.call_with_meta(get_chain_loyalty_program, 5), Result[Program | None])
    # the raw layer sends through the client too, typed the same way
    assert_type(await list_cert_types.asyncio(altegio, 706028, title="Gift"), list[CertificateType] | None)
    location = altegio.location(42)
    assert_type(await location.call(get_gift_card_type_list_by_id), list[CertificateType] | None)


async def mistakes_mypy_reports(altegio: AltegioClient) -> None:
    chain = altegio.chain(706028)
    await chain.call(list_cert_types, titl="Gift")  # type: ignore[arg-type]
    await chain.call(list_cert_types, page="2")  # type: ignore[arg-type]
    await altegio.call(list_cert_types)  # type: ignore[arg-type]
    await chain.call(get_cert_type)  # type: ignore[arg-type]
    await chain.call(get_chain_loyalty_program)  # type: ignore[arg-type]


async def fan_out_types(altegio: AltegioClient) -> None:
    chains = altegio.fan_out([1, 2], lambda chain: chain.call(list_cert_types))
    assert_type(chains, FanOut[list[CertificateType] | None])
    locations = altegio.fan_out([3], lambda location: location.call(get_gift_card_type_list_by_id), scope="location")
    assert_type(locations, FanOut[list[CertificateType] | None])


async def paged_types(altegio: AltegioClient) -> None:
    chain = altegio.chain(706028)
    async for item in chain.paginate(list_cert_types, page_size=100):
        assert_type(item, CertificateType)
    async for page in chain.pages(list_cert_types):
        assert_type(page, Result[list[CertificateType]])
    assert_type(await altegio.paginate(list_cert_types, 706028).collect(), list[CertificateType])
    chain.paginate(list_cert_types, page_sise=100)  # type: ignore[arg-type]
