import sys
from typing import Any, cast

from ... import types as _types
from ...models.delete_chain_loyalty_program_include import DeleteChainLoyaltyProgramInclude
from ...types import UNSET, Unset


def build_request(
    chain_id: int,
    loyalty_program_id: int,
    *,
    include: DeleteChainLoyaltyProgramInclude | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = _types.to_json(include)

    params["include"] = json_include

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/chain/{chain_id}/loyalty/programs/{loyalty_program_id}".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
            loyalty_program_id=_types.path_segment(loyalty_program_id, "loyalty_program_id"),
        ),
        "params": params,
    }

    return _kwargs


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    loyalty_program_id: int,
    *,
    include: DeleteChainLoyaltyProgramInclude | Unset = UNSET,
) -> Any | None:
    """Delete Chain Promotion

    Args:
        chain_id (int):
        loyalty_program_id (int):
        include (DeleteChainLoyaltyProgramInclude | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Any: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
            loyalty_program_id=loyalty_program_id,
            include=include,
        ),
    )
