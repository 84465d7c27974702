import sys
from typing import Any, cast

from ... import types as _types
from ...models.custom_field import CustomField
from ...models.update_custom_field_body import UpdateCustomFieldBody


def build_request(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    body: UpdateCustomFieldBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/custom_fields/{field_category}/{location_id}/{field_id}".format(
            field_category=_types.path_segment(field_category, "field_category"),
            location_id=_types.path_segment(location_id, "location_id"),
            field_id=_types.path_segment(field_id, "field_id"),
        ),
    }

    if isinstance(body, dict):
        body = UpdateCustomFieldBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> CustomField | list[CustomField] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_202(data: object) -> CustomField | list[CustomField] | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_202_type_0_type_0 = _types.parse_model(CustomField, data)

            if response_202_type_0_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_202_type_0_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()

            def _parse_response_202_type_0_type_1_item(response_202_type_0_type_1_item_data: Any) -> Any:
                response_202_type_0_type_1_item = _types.parse_model(CustomField, response_202_type_0_type_1_item_data)

                return response_202_type_0_type_1_item

            response_202_type_0_type_1 = _types.parse_list(data, _parse_response_202_type_0_type_1_item)

            if response_202_type_0_type_1 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_202_type_0_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(CustomField | list[CustomField] | None, data)

    response_202 = _parse_response_202(data)

    return response_202


async def asyncio(
    client: _types.Caller,
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    body: UpdateCustomFieldBody | dict[str, Any],
) -> CustomField | list[CustomField] | None:
    """Update a Custom Field

     To update a field, the user must be part of the **Chain associated with the location** and have the
    appropriate access rights in the following section <br>**Settings → Access → Custom Fields → Modify
    custom fields**

    Args:
        field_category (str):
        location_id (int):
        field_id (int):
        body (UpdateCustomFieldBody): Adding a Custom Field

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        CustomField | list[CustomField] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            field_category=field_category,
            location_id=location_id,
            field_id=field_id,
            body=body,
        ),
    )
