import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_chain_service_category_list_include import GetChainServiceCategoryListInclude
from ...models.service_category import ServiceCategory
from ...types import UNSET, Unset


def build_request(
    chain_id: int,
    *,
    include: GetChainServiceCategoryListInclude | Unset = UNSET,
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
        "url": "/chain/{chain_id}/service_categories".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[ServiceCategory] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200_item(response_200_item_data: Any) -> Any:
        response_200_item = _types.parse_model(ServiceCategory, response_200_item_data)

        return response_200_item

    response_200 = _types.parse_list(data, _parse_response_200_item)

    return response_200


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    *,
    include: GetChainServiceCategoryListInclude | Unset = UNSET,
) -> list[ServiceCategory] | None:
    """Get a list of chain service categories

    Args:
        chain_id (int):
        include (GetChainServiceCategoryListInclude | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[ServiceCategory]: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
            include=include,
        ),
    )
