import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.company import Company
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
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

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


def parse_success(data: Any) -> Company | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> Company | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(Company, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(Company | None, data)

    response_200 = _parse_response_200(data)

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

    Returns the answer's data (Company | None); raises altegio_async.AltegioError.
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


OPERATION = _Operation(module='altegio_b2b.api.locations.get_location', method='GET', path='/company/{location_id}', summary='Get location', auth='partner', query=('bookform_id', 'forBooking', 'my', 'showBookforms', 'show_groups'), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='bookform_id', python_name='bookform_id', location='query', required=False, type='integer'), _Parameter(name='forBooking', python_name='for_booking', location='query', required=False, type='number'), _Parameter(name='my', python_name='my', location='query', required=False, type='number'), _Parameter(name='showBookforms', python_name='show_bookforms', location='query', required=False, type='number'), _Parameter(name='show_groups', python_name='show_groups', location='query', required=False, type='number')), body='none', body_required=False, answer='envelope', data='object', items='', model='Company', paging='')  # fmt: skip
