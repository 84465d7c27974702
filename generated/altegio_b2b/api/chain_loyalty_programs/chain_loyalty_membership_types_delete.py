import sys
from typing import Any, cast

from ... import types as _types
from ...models.chain_loyalty_membership_types_delete_response import ChainLoyaltyMembershipTypesDeleteResponse


def build_request(
    chain_id: int,
    loyalty_membership_type_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
            loyalty_membership_type_id=_types.path_segment(loyalty_membership_type_id, "loyalty_membership_type_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> ChainLoyaltyMembershipTypesDeleteResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_204 = _types.parse_model(ChainLoyaltyMembershipTypesDeleteResponse, data)

    return response_204


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    loyalty_membership_type_id: int,
) -> None:
    """Delete membership type

     Deletes a membership type from the chain.

    Args:
        chain_id (int):
        loyalty_membership_type_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
        ),
    )
