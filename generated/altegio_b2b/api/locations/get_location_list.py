import sys
from typing import Any, cast

from ... import types as _types
from ...models.company import Company
from ...models.get_location_list_include_item import GetLocationListIncludeItem
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
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

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


def parse_success(data: Any) -> list[Company] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Company] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()

            def _parse_response_200_type_0_item(response_200_type_0_item_data: Any) -> Any:
                response_200_type_0_item = _types.parse_model(Company, response_200_type_0_item_data)

                return response_200_type_0_item

            response_200_type_0 = _types.parse_list(data, _parse_response_200_type_0_item)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Company] | None, data)

    response_200 = _parse_response_200(data)

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
