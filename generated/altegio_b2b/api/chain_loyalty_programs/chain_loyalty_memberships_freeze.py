import sys
from typing import Any, cast

from ... import types as _types
from ...models.abonement import Abonement
from ...models.chain_loyalty_memberships_freeze_body import ChainLoyaltyMembershipsFreezeBody
from ...models.chain_loyalty_memberships_freeze_response import ChainLoyaltyMembershipsFreezeResponse


def build_request(
    chain_id: int,
    membership_id: int,
    *,
    body: ChainLoyaltyMembershipsFreezeBody | dict[str, Any],
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chain/{chain_id}/loyalty/abonements/{membership_id}/freeze".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
            membership_id=_types.path_segment(membership_id, "membership_id"),
        ),
    }

    if isinstance(body, dict):
        body = ChainLoyaltyMembershipsFreezeBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> ChainLoyaltyMembershipsFreezeResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(ChainLoyaltyMembershipsFreezeResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    membership_id: int,
    *,
    body: ChainLoyaltyMembershipsFreezeBody | dict[str, Any],
) -> Abonement | None:
    """Freeze membership

     Freezes a subscription (membership) until the specified date.

    Args:
        chain_id (int):
        membership_id (int):
        body (ChainLoyaltyMembershipsFreezeBody):

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
