import sys
from typing import Any, cast

from ... import types as _types
from ...models.abonement_type import AbonementType
from ...models.get_membership_type_list_response import GetMembershipTypeListResponse
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    title: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["title"] = title

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/loyalty/abonement_types/search".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> GetMembershipTypeListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetMembershipTypeListResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    title: str | Unset = UNSET,
) -> list[AbonementType] | None:
    """Get a List of Available Membership Types

     A list of **membership types** available at a location can be obtained by requesting the location
    ID. The list can be filtered by membership type name by passing the title parameter. Pagination is
    supported, specified by the `page` and `page_size` parameters.

    Args:
        location_id (int):
        page (int | Unset):
        page_size (int | Unset):
        title (str | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[AbonementType] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            page=page,
            page_size=page_size,
            title=title,
        ),
    )
