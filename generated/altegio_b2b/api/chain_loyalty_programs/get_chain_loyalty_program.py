import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_chain_loyalty_program_include import GetChainLoyaltyProgramInclude
from ...models.program import Program
from ...types import UNSET, Unset


def build_request(
    chain_id: int,
    loyalty_program_id: int,
    *,
    include: GetChainLoyaltyProgramInclude | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = _types.to_json(include)

    params["include"] = json_include

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chain/{chain_id}/loyalty/programs/{loyalty_program_id}".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
            loyalty_program_id=_types.path_segment(loyalty_program_id, "loyalty_program_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> Program | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model(Program, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    loyalty_program_id: int,
    *,
    include: GetChainLoyaltyProgramInclude | Unset = UNSET,
) -> Program | None:
    """Get a Chain Promotion

    Args:
        chain_id (int):
        loyalty_program_id (int):
        include (GetChainLoyaltyProgramInclude | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Program: the answer's data.
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
