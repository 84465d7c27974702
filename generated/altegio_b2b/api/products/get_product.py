import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_product_response import GetProductResponse
from ...models.good import Good
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    product_id: int,
    *,
    category_id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
    term: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["category_id"] = category_id

    params["changed_after"] = changed_after

    params["changed_before"] = changed_before

    params["count"] = count

    params["page"] = page

    params["term"] = term

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/goods/{location_id}/{product_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            product_id=_types.path_segment(product_id, "product_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> GetProductResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetProductResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    product_id: int,
    *,
    category_id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
    term: str | Unset = UNSET,
) -> Good | None:
    """Get Products

     + term: Name, article or barcode

    Args:
        location_id (int):
        product_id (int):
        category_id (int | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):
        count (int | Unset):
        page (int | Unset):
        term (str | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Good | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            product_id=product_id,
            category_id=category_id,
            changed_after=changed_after,
            changed_before=changed_before,
            count=count,
            page=page,
            term=term,
        ),
    )
