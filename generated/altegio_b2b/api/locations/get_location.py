import sys
from typing import Any, cast

from ... import types as _types
from ...models.company import Company
from ...models.get_location_response import GetLocationResponse
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    bookform_id: int | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    my: float | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["bookform_id"] = bookform_id

    params["forBooking"] = for_booking

    params["my"] = my

    params["showBookforms"] = show_bookforms

    params["show_groups"] = show_groups

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> GetLocationResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetLocationResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    bookform_id: int | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    my: float | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
) -> Company | None:
    """Get location

     Getting information about the location.

    Args:
        location_id (int):
        bookform_id (int | Unset):
        for_booking (float | Unset):
        my (float | Unset):
        show_bookforms (float | Unset):
        show_groups (float | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Company | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            bookform_id=bookform_id,
            for_booking=for_booking,
            my=my,
            show_bookforms=show_bookforms,
            show_groups=show_groups,
        ),
    )
