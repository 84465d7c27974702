import sys
from typing import Any, cast

from ... import types as _types
from ...models.custom_field import CustomField
from ...models.get_custom_field_list_response import GetCustomFieldListResponse


def build_request(
    field_category: str,
    location_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/custom_fields/{field_category}/{location_id}".format(
            field_category=_types.path_segment(field_category, "field_category"),
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GetCustomFieldListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetCustomFieldListResponse, data)

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
        ),
    )
