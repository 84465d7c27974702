"""End to end through AltegioClient against the in-process mock: the loyalty area's state."""

from __future__ import annotations

from typing import Any

import pytest

from altegio_async import (
    AltegioClient,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from altegio_async.testing import MOCK_BASE_URL, MOCK_LOGIN, MOCK_PARTNER_TOKEN, MOCK_PASSWORD, MockAltegio
from altegio_b2b.api.chain_loyalty_programs import (
    chain_loyalty_certificate_types_create as create_type,
)
from altegio_b2b.api.chain_loyalty_programs import (
    chain_loyalty_certificate_types_delete as delete_type,
)
from altegio_b2b.api.chain_loyalty_programs import (
    chain_loyalty_certificate_types_get as get_type,
)
from altegio_b2b.api.chain_loyalty_programs import (
    chain_loyalty_certificate_types_list as list_types,
)
from altegio_b2b.api.chain_loyalty_programs import (
    chain_loyalty_certificate_types_update as update_type,
)
from altegio_b2b.api.chain_loyalty_programs import (
    chain_loyalty_membership_types_archive,
    chain_loyalty_membership_types_clone,
    chain_loyalty_membership_types_delete,
    chain_loyalty_membership_types_list,
    chain_loyalty_membership_types_read,
    chain_loyalty_membership_types_restore,
    chain_loyalty_memberships_freeze,
    chain_loyalty_memberships_unfreeze,
    create_chain_loyalty_program,
    get_chain_loyalty_program,
)
from altegio_b2b.models import CertificateType

CERTIFICATE: dict[str, Any] = {
    "title": "Test Gift 300",
    "balance": 300,
    "is_multi": False,
    "item_type_id": 1,
    "balance_edit_type_id": 2,
    "is_allow_empty_code": True,
    "service_ids": [],
    "salon_ids": [],
    "expiration": {"type_id": 1, "date": "2026-12-31T23:59:59+00:00"},
    "online_sale": {"is_enabled": False},
}
PROMOTION: dict[str, Any] = {
    "title": "Cumulative discount",
    "type": "discount_accumulative_paid",
    "service_item_type": "custom_allowed",
    "good_item_type": "not_allowed",
    "value_unit": "percent",
    "rules": [{"parameter": 30, "value": 7.5, "service_id": 0}],
    "company_ids": [720441],
}


async def test_certificate_type_lifecycle(altegio: AltegioClient, mock: MockAltegio) -> None:
    chain = altegio.chain(mock.chain_ids[0])
    created = await chain.call(create_type, body=CERTIFICATE)
    assert isinstance(created, CertificateType) and isinstance(created.id, int)
    assert (created.title, created.balance, created.expiration_type_id) == ("Test Gift 300", 300, 1)

    fetched = await chain.call(get_type, created.id)
    assert fetched is not None and fetched.to_dict() == created.to_dict()

    updated = await chain.call(update_type, created.id, body={**CERTIFICATE, "title": "Test Gift 400", "balance": 400})
    assert updated is not None and (updated.title, updated.balance) == ("Test Gift 400", 400)

    listed = await chain.call_with_meta(list_types, title="test gift")
    assert [t.id for t in listed.data or []] == [created.id]
    assert listed.meta == {"total_count": 1}

    assert await chain.call(delete_type, created.id) is None
    with pytest.raises(NotFoundError):
        await chain.call(get_type, created.id)


async def test_list_pages_and_filters(altegio: AltegioClient, mock: MockAltegio) -> None:
    chain = altegio.chain(mock.chain_ids[0])
    first = await chain.call_with_meta(list_types, page=1, page_size=3)
    second = await chain.call_with_meta(list_types, page=2, page_size=3)
    assert len(first.data or []) == 3 and len(second.data or []) == 1
    assert first.meta["total_count"] == second.meta["total_count"] == 4
    with pytest.raises(ValidationError) as caught:
        await chain.call(list_types, page_size=101)
    assert caught.value.errors == {"page_size": ["Must not be greater than 100"]}


async def test_issued_certificate_type_cannot_be_changed(altegio: AltegioClient, mock: MockAltegio) -> None:
    chain_id = mock.chain_ids[0]
    issued = next(t for t in mock.store.chains[chain_id].certificate_types.values() if t["released_total"])
    with pytest.raises(BadRequestError, match="issued certificates"):
        await altegio.chain(chain_id).call(delete_type, issued["id"])
    with pytest.raises(BadRequestError, match="issued certificates"):
        await altegio.chain(chain_id).call(update_type, issued["id"], body=CERTIFICATE)
    assert issued["id"] in mock.store.chains[chain_id].certificate_types


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"item_type_id": 5}, "item_type_id"),
        ({"balance": 0}, "balance"),
        ({"title": "  "}, "title"),
        ({"expiration": {"type_id": 1}}, "expiration.date"),
        ({"expiration": {"type_id": 2, "timeout": 3, "timeout_unit_id": 9}}, "expiration.timeout_unit_id"),
        ({"balance_edit_type_id": 3}, "balance_edit_type_id"),
    ],
)
async def test_certificate_type_validation(
    altegio: AltegioClient, mock: MockAltegio, change: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        await altegio.chain(mock.chain_ids[0]).call(create_type, body={**CERTIFICATE, **change})
    assert caught.value.status == 422
    assert field in caught.value.errors


async def test_membership_type_archive_delete_restore_clone(altegio: AltegioClient, mock: MockAltegio) -> None:
    chain = altegio.chain(mock.chain_ids[1])
    kinds = await chain.call(chain_loyalty_membership_types_list) or []
    kind_id = kinds[0].id
    assert isinstance(kind_id, int)
    assert await chain.call(chain_loyalty_membership_types_archive, kind_id, body={"is_archived": True}) is None
    archived = await chain.call(chain_loyalty_membership_types_read, kind_id)
    assert archived is not None and archived.is_archived is True
    await chain.call(chain_loyalty_membership_types_archive, kind_id, body={"is_archived": False})

    await chain.call(chain_loyalty_membership_types_delete, kind_id)
    with pytest.raises(NotFoundError):
        await chain.call(chain_loyalty_membership_types_read, kind_id)
    await chain.call(chain_loyalty_membership_types_restore, kind_id, body={"restore_in_title": "Restored pass"})
    restored = await chain.call(chain_loyalty_membership_types_read, kind_id)
    assert restored is not None and restored.title == "Restored pass"

    clone = await chain.call(chain_loyalty_membership_types_clone, kind_id)
    assert clone is not None and clone.id != kind_id and clone.title == "Restored pass (copy)"


async def test_membership_freeze_and_unfreeze(altegio: AltegioClient, mock: MockAltegio) -> None:
    chain_id = mock.chain_ids[0]
    membership_id = next(iter(mock.store.chains[chain_id].memberships))
    chain = altegio.chain(chain_id)
    await chain.call(chain_loyalty_memberships_freeze, membership_id, body={"freeze_till": "2026-06-01"})
    assert mock.store.chains[chain_id].memberships[membership_id]["is_frozen"] is True
    with pytest.raises(BadRequestError, match="already frozen"):
        await chain.call(chain_loyalty_memberships_freeze, membership_id, body={"freeze_till": "2026-06-01"})
    await chain.call(chain_loyalty_memberships_unfreeze, membership_id, body={})
    assert mock.store.chains[chain_id].memberships[membership_id]["is_frozen"] is False


async def test_promotion_create_and_get(altegio: AltegioClient, mock: MockAltegio) -> None:
    chain = altegio.chain(mock.chain_ids[0])
    created = await chain.call(create_chain_loyalty_program, body=PROMOTION)
    assert created is not None and isinstance(created.id, int)
    fetched = await chain.call(get_chain_loyalty_program, created.id)
    assert fetched is not None
    assert fetched.title == "Cumulative discount"
    assert fetched.type_ == "discount_accumulative_paid"
    assert [c.id for c in fetched.companies or []] == [720441]
    with pytest.raises(ValidationError) as caught:
        await chain.call(create_chain_loyalty_program, body={**PROMOTION, "value_unit": "bananas"})
    assert "value_unit" in caught.value.errors


async def test_unknown_chain_is_not_found(altegio: AltegioClient) -> None:
    with pytest.raises(NotFoundError, match="Chain not found"):
        await altegio.chain(1).call(list_types)


async def test_authentication(mock: MockAltegio) -> None:
    async with mock.http_client() as http:
        async with AltegioClient("wrong", base_url=MOCK_BASE_URL, http_client=http, rate_limit=None) as client:
            with pytest.raises(AuthenticationError, match="partner"):
                await client.chain(mock.chain_ids[0]).call(list_types)
        async with AltegioClient(MOCK_PARTNER_TOKEN, base_url=MOCK_BASE_URL, http_client=http) as client:
            with pytest.raises(PermissionDeniedError, match="user token"):
                await client.chain(mock.chain_ids[0]).call(list_types)
            with pytest.raises(AuthenticationError, match="Wrong login"):
                await client.login(MOCK_LOGIN, "not-the-password")
            await client.login(MOCK_LOGIN, MOCK_PASSWORD)
            assert await client.chain(mock.chain_ids[0]).call(list_types)
        async with AltegioClient(MOCK_PARTNER_TOKEN, "stale", base_url=MOCK_BASE_URL, http_client=http) as client:
            with pytest.raises(AuthenticationError, match="unknown user token"):
                await client.chain(mock.chain_ids[0]).call(list_types)
