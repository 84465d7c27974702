import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types


def build_request(
    location_id: int,
    form_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/company/{location_id}/booking_forms/{form_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            form_id=_types.path_segment(form_id, "form_id"),
        ),
    }

    return _kwargs


async def asyncio(
    client: _types.Caller,
    location_id: int,
    form_id: int,
) -> Any | None:
    """Delete Booking Widget

    Args:
        location_id (int):
        form_id (int):

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            form_id=form_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.online_booking_settings.delete_booking_widget', method='DELETE', path='/company/{location_id}/booking_forms/{form_id}', summary='Delete Booking Widget', auth='user', query=(), deprecated=False, status=204, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='form_id', python_name='form_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='none', data='any', items='', model='', paging='')  # fmt: skip
