"""Scopes bind the first path parameter; arguments are converted or refused before sending."""

from __future__ import annotations

import datetime

import pytest
import respx

from altegio_async import AltegioClient
from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_list as list_cert_types
from altegio_b2b.api.clients import deprecated_get_client_list
from altegio_b2b.api.locations import get_location_list
from altegio_b2b.api.schedule_resources import get_team_member_schedule_list
from altegio_b2b.api.subscriptions_certificates import get_gift_card_type_list_by_id
from tests.support.routes import path_of

OK = {"success": True, "data": [], "meta": []}


async def test_chain_scope_binds_chain_id(altegio: AltegioClient, router: respx.MockRouter) -> None:
    route = router.get(path_of("chain_loyalty_certificate_types_list", 706028)).respond(200, json=OK)
    await altegio.chain(706028).call(list_cert_types, title="Gift")
    assert route.calls.last.request.url.params["title"] == "Gift"
    assert repr(altegio.chain(706028)) == "ChainScope(706028)"


async def test_location_scope_binds_location_id(altegio: AltegioClient, router: respx.MockRouter) -> None:
    route = router.get(path_of("get_gift_card_type_list_by_id", 42)).respond(200, json=OK)
    assert await altegio.location(42).call(get_gift_card_type_list_by_id) == []
    assert route.called


async def test_unscoped_call_takes_the_id_itself(altegio: AltegioClient, router: respx.MockRouter) -> None:
    route = router.get(path_of("chain_loyalty_certificate_types_list", 5)).respond(200, json=OK)
    await altegio.call(list_cert_types, 5)
    await altegio.call(list_cert_types.asyncio, 5)  # the function works as well as the module
    assert route.call_count == 2


async def test_wrong_operation_for_the_scope_names_both(altegio: AltegioClient) -> None:
    with pytest.raises(TypeError) as caught:
        await altegio.location(42).call(list_cert_types)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "chain_loyalty_certificate_types_list" in message
    assert "'chain_id'" in message and "'location_id'" in message
    with pytest.raises(TypeError, match="get_location_list cannot run on a chain scope: it has no path parameter"):
        await altegio.chain(1).call(get_location_list)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["706028", 1.5, True, None])
def test_scope_ids_must_be_ints(altegio: AltegioClient, bad: object) -> None:
    with pytest.raises(TypeError, match="chain_id must be an int"):
        altegio.chain(bad)  # type: ignore[arg-type]


async def test_operation_as_a_string_is_refused(altegio: AltegioClient) -> None:
    with pytest.raises(TypeError, match="not as a string"):
        await altegio.call("chain_loyalty_certificate_types_list")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="expected a generated operation"):
        await altegio.call(print)  # type: ignore[arg-type]


async def test_enum_parameter_accepts_member_or_plain_value(altegio: AltegioClient, router: respx.MockRouter) -> None:
    from altegio_b2b.models import GetLocationListIncludeItem

    route = router.get(path_of("get_location_list")).respond(200, json=OK)
    await altegio.call(get_location_list, include=["staff", GetLocationListIncludeItem.POSITIONS])  # type: ignore[list-item]
    assert route.calls.last.request.url.params.get_list("include[]") == ["staff", "positions"]


async def test_unknown_enum_value_is_refused_before_sending(altegio: AltegioClient, router: respx.MockRouter) -> None:
    route = router.get(path_of("get_location_list")).respond(200, json=OK)
    with pytest.raises(ValueError) as caught:
        await altegio.call(get_location_list, include=["staf"])  # type: ignore[list-item]
    assert "get_location_list: parameter 'include'" in str(caught.value)
    assert "'staff'" in str(caught.value)
    assert not route.called


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"page": "2"}, "parameter 'page': expected int"),
        ({"page": True}, "parameter 'page': expected int"),
        ({"titl": "x"}, "unexpected keyword argument 'titl'"),
    ],
)
async def test_bad_arguments_raise_before_sending(
    altegio: AltegioClient, router: respx.MockRouter, kwargs: dict[str, object], needle: str
) -> None:
    route = router.get(path_of("chain_loyalty_certificate_types_list", 1)).respond(200, json=OK)
    with pytest.raises(TypeError, match=needle):
        await altegio.chain(1).call(list_cert_types, **kwargs)  # type: ignore[arg-type]
    assert not route.called


async def test_missing_path_argument(altegio: AltegioClient) -> None:
    with pytest.raises(
        TypeError, match="chain_loyalty_certificate_types_list: missing a required argument: 'chain_id'"
    ):
        await altegio.call(list_cert_types)  # type: ignore[call-arg]


async def test_body_accepts_a_dict_or_the_model(altegio: AltegioClient, router: respx.MockRouter) -> None:
    from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_membership_types_archive as archive
    from altegio_b2b.models import ChainLoyaltyMembershipTypesArchiveBody

    route = router.patch(path_of("chain_loyalty_membership_types_archive", 1, 2)).respond(200, content=b"null")
    await altegio.chain(1).call(archive, 2, body={"is_archived": True})
    await altegio.chain(1).call(archive, 2, body=ChainLoyaltyMembershipTypesArchiveBody(is_archived=False))
    assert [c.request.content for c in route.calls] == [b'{"is_archived":true}', b'{"is_archived":false}']


async def test_body_missing_a_required_field(altegio: AltegioClient) -> None:
    from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_membership_types_archive as archive

    with pytest.raises(TypeError, match=r"parameter 'body': .*missing the required field 'is_archived'"):
        await altegio.chain(1).call(archive, 2, body={})


async def test_dates_accept_iso_strings(altegio: AltegioClient, router: respx.MockRouter) -> None:
    route = router.get(path_of("get_team_member_schedule_list", 3)).respond(200, json=OK)
    await altegio.location(3).call(
        get_team_member_schedule_list, start_date="2026-05-01", end_date=datetime.date(2026, 5, 2), staff_ids=[1, 2]
    )  # type: ignore[arg-type]
    params = route.calls.last.request.url.params
    assert params["start_date"] == "2026-05-01" and params["end_date"] == "2026-05-02"
    assert params.get_list("staff_ids[]") == ["1", "2"]
    with pytest.raises(ValueError, match=r"parameter 'start_date': .*not an ISO 8601 date"):
        await altegio.location(3).call(get_team_member_schedule_list, start_date="May 1", end_date="2026-05-02")  # type: ignore[arg-type]


async def test_merged_bracket_parameter_takes_one_or_many(altegio: AltegioClient, router: respx.MockRouter) -> None:
    route = router.get(path_of("deprecated_get_client_list", 7)).respond(200, json=OK)
    await altegio.location(7).call(deprecated_get_client_list, id=5)
    assert route.calls.last.request.url.params.get_list("id") == ["5"]
    assert "id[]" not in route.calls.last.request.url.params
    await altegio.location(7).call(deprecated_get_client_list, id=[5, 6])
    assert route.calls.last.request.url.params.get_list("id[]") == ["5", "6"]


async def test_path_ids_must_be_ints(altegio: AltegioClient, router: respx.MockRouter) -> None:
    from altegio_b2b.api.chain_loyalty_programs import chain_loyalty_certificate_types_get as get_cert_type

    with pytest.raises(TypeError, match="parameter 'type_id': expected int"):
        await altegio.chain(1).call(get_cert_type, "../2")  # type: ignore[arg-type]
