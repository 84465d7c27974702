import sys
from typing import Any, cast

from ... import types as _types
from ...models.custom_field import CustomField
from ...models.delete_custom_field_response import DeleteCustomFieldResponse


def build_request(
    field_category: str,
    location_id: int,
    field_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/custom_fields/{field_category}/{location_id}/{field_id}".format(
            field_category=_types.path_segment(field_category, "field_category"),
            location_id=_types.path_segment(location_id, "location_id"),
            field_id=_types.path_segment(field_id, "field_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> DeleteCustomFieldResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(DeleteCustomFieldResponse, data)

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

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[CustomField] | None: the answer's data.
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
