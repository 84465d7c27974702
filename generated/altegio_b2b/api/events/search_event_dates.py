import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    from_: str,
    resource_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    till: str,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["from"] = from_

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
        "url": "/activity/{location_id}/search_dates".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    from_: str,
    resource_ids: list[int] | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    till: str,
) -> Any | None:
    """Search Event Dates

    Args:
        location_id (int):
        from_ (str):
        resource_ids (list[int] | Unset):
        service_ids (list[int] | Unset):
        staff_ids (list[int] | Unset):
        till (str):

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            from_=from_,
            resource_ids=resource_ids,
            service_ids=service_ids,
            staff_ids=staff_ids,
            till=till,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.events.search_event_dates', method='GET', path='/activity/{location_id}/search_dates', summary='Search Event Dates', auth='partner', query=('from', 'resource_ids', 'service_ids', 'staff_ids', 'till'), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='from', python_name='from_', location='query', required=True, type='string'), _Parameter(name='resource_ids', python_name='resource_ids', location='query', required=False, type='array'), _Parameter(name='service_ids', python_name='service_ids', location='query', required=False, type='array'), _Parameter(name='staff_ids', python_name='staff_ids', location='query', required=False, type='array'), _Parameter(name='till', python_name='till', location='query', required=True, type='string')), body='none', body_required=False, answer='none', data='any', items='', model='', paging='')  # fmt: skip
