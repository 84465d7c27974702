import sys
from typing import Any, cast

from ... import types as _types
from ...models.booking_form import BookingForm
from ...models.create_booking_widget_body import CreateBookingWidgetBody
from ...models.create_booking_widget_response import CreateBookingWidgetResponse


def build_request(
    location_id: int,
    *,
    body: CreateBookingWidgetBody | dict[str, Any],
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/booking_forms".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    if isinstance(body, dict):
        body = CreateBookingWidgetBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> CreateBookingWidgetResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_201 = _types.parse_model(CreateBookingWidgetResponse, data)

    return response_201


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    body: CreateBookingWidgetBody | dict[str, Any],
) -> BookingForm | None:
    """Create a Booking Widget

    Args:
        location_id (int):
        body (CreateBookingWidgetBody): Request to create a letterform

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        BookingForm | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            body=body,
        ),
    )
