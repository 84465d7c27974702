import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_product_category_list_by_ids_response import GetProductCategoryListByIdsResponse
from ...models.multiple import Multiple
from ...types import UNSET, Unset


def build_request(
    location_id_path: int,
    *,
    location_id_query: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["location_id"] = location_id_query

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/goods_categories/multiple/{location_id_path}".format(
            location_id_path=_types.path_segment(location_id_path, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> GetProductCategoryListByIdsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetProductCategoryListByIdsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id_path: int,
    *,
    location_id_query: int | Unset = UNSET,
) -> list[Multiple] | None:
    """Get a list of product categories by ID

    Args:
        location_id_path (int):
        location_id_query (int | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Multiple] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id_path=location_id_path,
            location_id_query=location_id_query,
        ),
    )
