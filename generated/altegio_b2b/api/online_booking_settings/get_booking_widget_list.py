import sys
from typing import Any, cast

from ... import types as _types
from ...models.booking_form import BookingForm
from ...models.get_booking_widget_list_response import GetBookingWidgetListResponse


def build_request(
    location_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/booking_forms".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GetBookingWidgetListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetBookingWidgetListResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
) -> list[BookingForm] | None:
    """Get a list of booking widgets

    Args:
        location_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[BookingForm] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
        ),
    )
