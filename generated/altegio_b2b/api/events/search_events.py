import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.activity import Activity
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
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

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


def parse_success(data: Any) -> list[Activity] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Activity] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(Activity, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Activity] | None, data)

    response_200 = _parse_response_200(data)

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

    Returns the answer's data (list[Activity] | None); raises altegio_async.AltegioError.
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


OPERATION = _Operation(module='altegio_b2b.api.events.search_events', method='GET', path='/activity/{location_id}/search', summary='Search Events', auth='partner', query=('count', 'from', 'page', 'resource_ids', 'service_ids', 'staff_ids', 'till'), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='count', python_name='count', location='query', required=False, type='integer'), _Parameter(name='from', python_name='from_', location='query', required=True, type='string'), _Parameter(name='page', python_name='page', location='query', required=False, type='integer'), _Parameter(name='resource_ids', python_name='resource_ids', location='query', required=False, type='array'), _Parameter(name='service_ids', python_name='service_ids', location='query', required=False, type='array'), _Parameter(name='staff_ids', python_name='staff_ids', location='query', required=False, type='array'), _Parameter(name='till', python_name='till', location='query', required=True, type='string')), body='none', body_required=False, answer='envelope', data='array', items='object', model='Activity', paging='page+count')  # fmt: skip
