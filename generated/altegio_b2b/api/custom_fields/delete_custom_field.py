import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.custom_field import CustomField


def build_request(
    field_category: str,
    location_id: int,
    field_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/custom_fields/{field_category}/{location_id}/{field_id}".format(
            field_category=_types.path_segment(field_category, "field_category"),
            location_id=_types.path_segment(location_id, "location_id"),
            field_id=_types.path_segment(field_id, "field_id"),
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
    field_id: int,
) -> list[CustomField] | None:
    """Remove a Custom Field from a Location

     To remove a field, the user must be part of the **Chain associated with the location** and have the
    appropriate access rights in the following section: <br>**Settings → Access → Custom Fields → Remove
    custom fields**

    Args:
        field_category (str):
        location_id (int):
        field_id (int):

    Returns the answer's data (list[CustomField] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            field_category=field_category,
            location_id=location_id,
            field_id=field_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.custom_fields.delete_custom_field', method='DELETE', path='/custom_fields/{field_category}/{location_id}/{field_id}', summary='Remove a Custom Field from a Location', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='field_category', python_name='field_category', location='path', required=True, type='string'), _Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='field_id', python_name='field_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='envelope', data='array', items='object', model='CustomField', paging='')  # fmt: skip
