import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.create_custom_field_body import CreateCustomFieldBody
from ...models.custom_field import CustomField


def build_request(
    field_category: str,
    location_id: int,
    *,
    body: CreateCustomFieldBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_fields/{field_category}/{location_id}".format(
            field_category=_types.path_segment(field_category, "field_category"),
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    if isinstance(body, dict):
        body = CreateCustomFieldBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> CustomField | list[CustomField] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> CustomField | list[CustomField] | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0_type_0 = _types.parse_model(CustomField, data)

            if response_200_type_0_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0_type_1 = _types.parse_model_list(CustomField, data)

            if response_200_type_0_type_1 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(CustomField | list[CustomField] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    field_category: str,
    location_id: int,
    *,
    body: CreateCustomFieldBody | dict[str, Any],
) -> CustomField | list[CustomField] | None:
    """Adding a Custom Field

     To add a field, the user must be part of the **Chain associated with the location** and have the
    appropriate access rights in the following section: <br>**Settings → Access → Custom Fields → Create
    custom fields**

    Args:
        field_category (str):
        location_id (int):
        body (CreateCustomFieldBody): Adding a Custom Field

    Returns the answer's data (CustomField | list[CustomField] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            field_category=field_category,
            location_id=location_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.custom_fields.create_custom_field', method='POST', path='/custom_fields/{field_category}/{location_id}', summary='Adding a Custom Field', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='field_category', python_name='field_category', location='path', required=True, type='string'), _Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer')), body='json', body_required=True, answer='envelope', data='any', items='', model='CustomField', paging='')  # fmt: skip
