import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_service_category_list_response import GetServiceCategoryListResponse
from ...models.service_category import ServiceCategory
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    id: int | Unset = UNSET,
    *,
    staff_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["staff_id"] = staff_id

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/service_categories/{id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            id=_types.path_segment(id, "id"),
        )
        if not isinstance(id, Unset)
        else "/company/{location_id}/service_categories".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> GetServiceCategoryListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetServiceCategoryListResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    id: int | Unset = UNSET,
    *,
    staff_id: int | Unset = UNSET,
) -> list[ServiceCategory] | None | ServiceCategory:
    """Get a list of service categories

     + Options + company_id (required, number) - location ID + id (optional, number) - service category
    ID (to work with a specific category) + staff_id (optional, number) - team member ID (to get
    categories associated with a team member)

    Args:
        location_id (int):
        id (int):
        staff_id (int | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[ServiceCategory] | None | ServiceCategory: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            id=id,
            staff_id=staff_id,
        ),
    )
