import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.custom_field import CustomField


def build_request(
    field_category: str,
    location_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/custom_fields/{field_category}/{location_id}".format(
            field_category=_types.path_segment(field_category, "field_category"),
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[CustomField] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[CustomField] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(CustomField, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[CustomField] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    field_category: str,
    location_id: int,
) -> list[CustomField] | None:
    """Getting a collection of location fields

    Args:
        field_category (str):
        location_id (int):

    Returns the answer's data (list[CustomField] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            field_category=field_category,
            location_id=location_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.custom_fields.get_custom_field_list', method='GET', path='/custom_fields/{field_category}/{location_id}', summary='Getting a collection of location fields', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='field_category', python_name='field_category', location='path', required=True, type='string'), _Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='envelope', data='array', items='object', model='CustomField', paging='')  # fmt: skip
