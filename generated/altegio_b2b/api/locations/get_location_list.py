import sys
from typing import Any, cast

from ... import types as _types
from ...models.company import Company
from ...models.get_location_list_include_item import GetLocationListIncludeItem
from ...models.get_location_list_response import GetLocationListResponse
from ...types import UNSET, Unset


def build_request(
    *,
    active: float | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    count: int | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    group_id: int | Unset = UNSET,
    hide_record_type_activity: float | Unset = UNSET,
    hide_record_type_mixed: float | Unset = UNSET,
    hide_record_type_single: float | Unset = UNSET,
    id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    min_id: int | Unset = UNSET,
    my: float | Unset = UNSET,
    page: int | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    show_deleted: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["active"] = active

    params["business_group_id"] = business_group_id

    params["business_type_id"] = business_type_id

    params["city_id"] = city_id

    params["count"] = count

    params["forBooking"] = for_booking

    params["group_id"] = group_id

    params["hide_record_type_activity"] = hide_record_type_activity

    params["hide_record_type_mixed"] = hide_record_type_mixed

    params["hide_record_type_single"] = hide_record_type_single

    params["id"] = id

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = _types.to_json(include)

    params["include"] = json_include

    params["min_id"] = min_id

    params["my"] = my

    params["page"] = page

    params["showBookforms"] = show_bookforms

    params["show_deleted"] = show_deleted

    params["show_groups"] = show_groups

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/companies",
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> GetLocationListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetLocationListResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    *,
    active: float | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    city_id: int | Unset = UNSET,
    count: int | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    group_id: int | Unset = UNSET,
    hide_record_type_activity: float | Unset = UNSET,
    hide_record_type_mixed: float | Unset = UNSET,
    hide_record_type_single: float | Unset = UNSET,
    id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    min_id: int | Unset = UNSET,
    my: float | Unset = UNSET,
    page: int | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    show_deleted: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
) -> list[Company] | None:
    """Get a list of locations

     Get a list of locations with data

    Args:
        active (float | Unset):
        business_group_id (int | Unset):
        business_type_id (int | Unset):
        city_id (int | Unset):
        count (int | Unset):
        for_booking (float | Unset):
        group_id (int | Unset):
        hide_record_type_activity (float | Unset):
        hide_record_type_mixed (float | Unset):
        hide_record_type_single (float | Unset):
        id (int | Unset):
        include (list[GetLocationListIncludeItem] | Unset):
        min_id (int | Unset):
        my (float | Unset):
        page (int | Unset):
        show_bookforms (float | Unset):
        show_deleted (float | Unset):
        show_groups (float | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Company] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            active=active,
            business_group_id=business_group_id,
            business_type_id=business_type_id,
            city_id=city_id,
            count=count,
            for_booking=for_booking,
            group_id=group_id,
            hide_record_type_activity=hide_record_type_activity,
            hide_record_type_mixed=hide_record_type_mixed,
            hide_record_type_single=hide_record_type_single,
            id=id,
            include=include,
            min_id=min_id,
            my=my,
            page=page,
            show_bookforms=show_bookforms,
            show_deleted=show_deleted,
            show_groups=show_groups,
        ),
    )
