import sys
from typing import Any, cast

from ... import types as _types
from ...models.custom_field import CustomField
from ...models.update_custom_field_body import UpdateCustomFieldBody
from ...models.update_custom_field_response import UpdateCustomFieldResponse


def build_request(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    body: UpdateCustomFieldBody | dict[str, Any],
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
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


def parse_success(data: Any) -> UpdateCustomFieldResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_202 = _types.parse_model(UpdateCustomFieldResponse, data)

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
