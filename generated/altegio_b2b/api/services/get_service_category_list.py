import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.service_category import ServiceCategory
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    id: int | Unset = UNSET,
    *,
    staff_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

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


def parse_success(data: Any) -> list[ServiceCategory] | None | ServiceCategory:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[ServiceCategory] | None | ServiceCategory:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0_type_0 = _types.parse_model(ServiceCategory, data)

            if response_200_type_0_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0_type_1 = _types.parse_model_list(ServiceCategory, data)

            if response_200_type_0_type_1 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[ServiceCategory] | None | ServiceCategory, data)

    response_200 = _parse_response_200(data)

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

    Returns the answer's data (list[ServiceCategory] | None | ServiceCategory); raises altegio_async.AltegioError.
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


OPERATION = _Operation(module='altegio_b2b.api.services.get_service_category_list', method='GET', path='/company/{location_id}/service_categories/{id}', summary='Get a list of service categories', auth='user', query=('staff_id',), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='id', python_name='id', location='path', required=False, type='integer'), _Parameter(name='staff_id', python_name='staff_id', location='query', required=False, type='integer')), body='none', body_required=False, answer='envelope', data='any', items='', model='ServiceCategory', paging='')  # fmt: skip
