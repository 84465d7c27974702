import sys
from typing import Any, cast

from ... import types as _types
from ...models.deprecated_get_service_list_by_id_response import DeprecatedGetServiceListByIdResponse
from ...models.service import Service
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    service_id: int | Unset = UNSET,
    *,
    category_id: int | Unset = UNSET,
    staff_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

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


def parse_success(data: Any) -> DeprecatedGetServiceListByIdResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(DeprecatedGetServiceListByIdResponse, data)

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

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Service] | None | Service: the answer's data.
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
