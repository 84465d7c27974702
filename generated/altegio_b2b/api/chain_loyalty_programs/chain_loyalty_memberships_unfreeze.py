import sys
from typing import Any, cast

from ... import types as _types
from ...models.abonement import Abonement
from ...models.chain_loyalty_memberships_unfreeze_body import ChainLoyaltyMembershipsUnfreezeBody
from ...models.chain_loyalty_memberships_unfreeze_response import ChainLoyaltyMembershipsUnfreezeResponse
from ...types import UNSET, Unset


def build_request(
    chain_id: int,
    membership_id: int,
    *,
    body: ChainLoyaltyMembershipsUnfreezeBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
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


def parse_success(data: Any) -> ChainLoyaltyMembershipsUnfreezeResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(ChainLoyaltyMembershipsUnfreezeResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    membership_id: int,
    *,
    body: ChainLoyaltyMembershipsUnfreezeBody | Unset | dict[str, Any] = UNSET,
) -> Abonement | None:
    """Unfreeze membership

     Removes the freeze from a subscription (membership).

    Args:
        chain_id (int):
        membership_id (int):
        body (ChainLoyaltyMembershipsUnfreezeBody | Unset): Empty body required (or omit entirely)

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Abonement | None: the answer's data.
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
