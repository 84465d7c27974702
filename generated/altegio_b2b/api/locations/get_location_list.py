import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

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
            response_200_type_0 = _types.parse_model_list(Company, data)

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

    Returns the answer's data (list[Company] | None); raises altegio_async.AltegioError.
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


OPERATION = _Operation(module='altegio_b2b.api.locations.get_location_list', method='GET', path='/companies', summary='Get a list of locations', auth='partner', query=('active', 'business_group_id', 'business_type_id', 'city_id', 'count', 'forBooking', 'group_id', 'hide_record_type_activity', 'hide_record_type_mixed', 'hide_record_type_single', 'id', 'include', 'min_id', 'my', 'page', 'showBookforms', 'show_deleted', 'show_groups'), deprecated=False, status=200, parameters=(_Parameter(name='active', python_name='active', location='query', required=False, type='number'), _Parameter(name='business_group_id', python_name='business_group_id', location='query', required=False, type='integer'), _Parameter(name='business_type_id', python_name='business_type_id', location='query', required=False, type='integer'), _Parameter(name='city_id', python_name='city_id', location='query', required=False, type='integer'), _Parameter(name='count', python_name='count', location='query', required=False, type='integer'), _Parameter(name='forBooking', python_name='for_booking', location='query', required=False, type='number'), _Parameter(name='group_id', python_name='group_id', location='query', required=False, type='integer'), _Parameter(name='hide_record_type_activity', python_name='hide_record_type_activity', location='query', required=False, type='number'), _Parameter(name='hide_record_type_mixed', python_name='hide_record_type_mixed', location='query', required=False, type='number'), _Parameter(name='hide_record_type_single', python_name='hide_record_type_single', location='query', required=False, type='number'), _Parameter(name='id', python_name='id', location='query', required=False, type='integer'), _Parameter(name='include', python_name='include', location='query', required=False, type='array'), _Parameter(name='min_id', python_name='min_id', location='query', required=False, type='integer'), _Parameter(name='my', python_name='my', location='query', required=False, type='number'), _Parameter(name='page', python_name='page', location='query', required=False, type='integer'), _Parameter(name='showBookforms', python_name='show_bookforms', location='query', required=False, type='number'), _Parameter(name='show_deleted', python_name='show_deleted', location='query', required=False, type='number'), _Parameter(name='show_groups', python_name='show_groups', location='query', required=False, type='number')), body='none', body_required=False, answer='envelope', data='array', items='object', model='Company', paging='page+count')  # fmt: skip
