import sys
from typing import Any, cast

from ... import types as _types
from ...models.search_event_services_response import SearchEventServicesResponse
from ...models.service import Service
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["staff_id"] = staff_id

    params["term"] = term

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity/{location_id}/services".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> SearchEventServicesResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(SearchEventServicesResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    term: str | Unset = UNSET,
) -> list[Service] | None:
    """Search Event Services

    Args:
        location_id (int):
        staff_id (int | Unset):
        term (str | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Service] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            staff_id=staff_id,
            term=term,
        ),
    )
