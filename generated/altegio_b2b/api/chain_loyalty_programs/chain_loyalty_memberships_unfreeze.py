import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.chain_loyalty_memberships_unfreeze_body import ChainLoyaltyMembershipsUnfreezeBody
from ...models.loyalty_abonement import LoyaltyAbonement
from ...types import UNSET, Unset


def build_request(
    chain_id: int,
    membership_id: int,
    *,
    body: ChainLoyaltyMembershipsUnfreezeBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chain/{chain_id}/loyalty/abonements/{membership_id}/unfreeze".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
            membership_id=_types.path_segment(membership_id, "membership_id"),
        ),
    }

    if isinstance(body, dict):
        body = ChainLoyaltyMembershipsUnfreezeBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> LoyaltyAbonement | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> LoyaltyAbonement | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(LoyaltyAbonement, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(LoyaltyAbonement | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    membership_id: int,
    *,
    body: ChainLoyaltyMembershipsUnfreezeBody | Unset | dict[str, Any] = UNSET,
) -> LoyaltyAbonement | None:
    """Unfreeze membership

     Removes the freeze from a subscription (membership).

    Args:
        chain_id (int):
        membership_id (int):
        body (ChainLoyaltyMembershipsUnfreezeBody | Unset): Empty body required (or omit entirely)

    Returns the answer's data (LoyaltyAbonement | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
            membership_id=membership_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.chain_loyalty_programs.chain_loyalty_memberships_unfreeze', method='POST', path='/chain/{chain_id}/loyalty/abonements/{membership_id}/unfreeze', summary='Unfreeze membership', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='chain_id', python_name='chain_id', location='path', required=True, type='integer'), _Parameter(name='membership_id', python_name='membership_id', location='path', required=True, type='integer')), body='json', body_required=False, answer='envelope', data='object', items='', model='LoyaltyAbonement', paging='')  # fmt: skip
