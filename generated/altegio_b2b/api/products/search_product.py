import sys
from typing import Any, cast

from ... import types as _types
from ...models.good import Good
from ...models.search_product_response import SearchProductResponse
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    count: int | Unset = UNSET,
    term: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["count"] = count

    params["term"] = term

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/goods/search/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> SearchProductResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(SearchProductResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    count: int | Unset = UNSET,
    term: str | Unset = UNSET,
) -> list[Good] | None:
    """Search products and categories

    Args:
        location_id (int):
        count (int | Unset):
        term (str | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Good] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            count=count,
            term=term,
        ),
    )
