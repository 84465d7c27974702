import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.service import Service
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    service_id: int | Unset = UNSET,
    *,
    category_id: int | Unset = UNSET,
    staff_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["category_id"] = category_id

    params["staff_id"] = staff_id

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/services/{location_id}/{service_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            service_id=_types.path_segment(service_id, "service_id"),
        )
        if not isinstance(service_id, Unset)
        else "/services/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[Service] | None | Service:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Service] | None | Service:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0_type_0 = _types.parse_model(Service, data)

            if response_200_type_0_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0_type_1 = _types.parse_model_list(Service, data)

            if response_200_type_0_type_1 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Service] | None | Service, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    service_id: int | Unset = UNSET,
    *,
    category_id: int | Unset = UNSET,
    staff_id: int | Unset = UNSET,
) -> list[Service] | None | Service:
    """Deprecated. Get a list of services / specific service

    Args:
        location_id (int):
        service_id (int):
        category_id (int | Unset):
        staff_id (int | Unset):

    Returns the answer's data (list[Service] | None | Service); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            service_id=service_id,
            category_id=category_id,
            staff_id=staff_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.services.deprecated_get_service_list_by_id', method='GET', path='/services/{location_id}/{service_id}', summary='Deprecated. Get a list of services / specific service', auth='user', query=('category_id', 'staff_id'), deprecated=True, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='service_id', python_name='service_id', location='path', required=False, type='integer'), _Parameter(name='category_id', python_name='category_id', location='query', required=False, type='integer'), _Parameter(name='staff_id', python_name='staff_id', location='query', required=False, type='integer')), body='none', body_required=False, answer='envelope', data='any', items='', model='Service', paging='')  # fmt: skip
