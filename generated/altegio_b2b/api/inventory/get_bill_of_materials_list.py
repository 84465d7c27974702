import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_bill_of_materials_list_response import GetBillOfMaterialsListResponse
from ...models.technological_card import TechnologicalCard
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["count"] = count

    params["page"] = page

    params["search"] = search

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/technological_cards/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> GetBillOfMaterialsListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetBillOfMaterialsListResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> list[TechnologicalCard] | None:
    """Retrieve a list of bill of materials and consumables

    Args:
        location_id (int):
        count (int | Unset):
        page (int | Unset):
        search (str | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[TechnologicalCard] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            count=count,
            page=page,
            search=search,
        ),
    )
