import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.booking_form import BookingForm
from ...models.create_booking_widget_body import CreateBookingWidgetBody


def build_request(
    location_id: int,
    *,
    body: CreateBookingWidgetBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
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


def parse_success(data: Any) -> BookingForm | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_201(data: object) -> BookingForm | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_0 = _types.parse_model(BookingForm, data)

            if response_201_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_201_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(BookingForm | None, data)

    response_201 = _parse_response_201(data)

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

    Returns the answer's data (BookingForm | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.online_booking_settings.create_booking_widget', method='POST', path='/company/{location_id}/booking_forms', summary='Create a Booking Widget', auth='user', query=(), deprecated=False, status=201, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'),), body='json', body_required=True, answer='envelope', data='object', items='', model='BookingForm', paging='')  # fmt: skip
