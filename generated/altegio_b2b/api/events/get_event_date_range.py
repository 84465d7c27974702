import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_event_date_range_response import GetEventDateRangeResponse
from ...models.search_dates_range import SearchDatesRange
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    resource_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

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

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity/{location_id}/search_dates_range".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> GetEventDateRangeResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetEventDateRangeResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    resource_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
) -> None | SearchDatesRange | None:
    """Get Event Date Range

    Args:
        location_id (int):
        resource_ids (list[int] | Unset):
        service_ids (list[int] | Unset):
        staff_ids (list[int] | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        None | SearchDatesRange: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            resource_ids=resource_ids,
            service_ids=service_ids,
            staff_ids=staff_ids,
        ),
    )
