import sys
from typing import Any, cast

from ... import types as _types
from ...models.activity import Activity
from ...models.search_events_response import SearchEventsResponse
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    count: int | Unset = UNSET,
    from_: str,
    page: int | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    till: str,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["count"] = count

    params["from"] = from_

    params["page"] = page

    json_resource_ids: list[int] | Unset = UNSET
    if not isinstance(resource_ids, Unset):
        json_resource_ids = resource_ids

    params["resource_ids"] = json_resource_ids

    json_service_ids: list[int] | Unset = UNSET
    if not isinstance(service_ids, Unset):
        json_service_ids = service_ids

    params["service_ids"] = json_service_ids

    json_staff_ids: list[int] | Unset = UNSET
    if not isinstance(staff_ids, Unset):
        json_staff_ids = staff_ids

    params["staff_ids"] = json_staff_ids

    params["till"] = till

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity/{location_id}/search".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> SearchEventsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(SearchEventsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    count: int | Unset = UNSET,
    from_: str,
    page: int | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    till: str,
) -> list[Activity] | None:
    """Search Events

    Args:
        location_id (int):
        count (int | Unset):
        from_ (str):
        page (int | Unset):
        resource_ids (list[int] | Unset):
        service_ids (list[int] | Unset):
        staff_ids (list[int] | Unset):
        till (str):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Activity] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            count=count,
            from_=from_,
            page=page,
            resource_ids=resource_ids,
            service_ids=service_ids,
            staff_ids=staff_ids,
            till=till,
        ),
    )
