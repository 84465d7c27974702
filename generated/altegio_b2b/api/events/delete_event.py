import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types


def build_request(
    location_id: int,
    event_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/activity/{location_id}/{event_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            event_id=_types.path_segment(event_id, "event_id"),
        ),
    }

    return _kwargs


async def asyncio(
    client: _types.Caller,
    location_id: int,
    event_id: int,
) -> Any | None:
    """Deprecated. Delete Event

    Args:
        location_id (int):
        event_id (int):

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            event_id=event_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.events.delete_event', method='DELETE', path='/activity/{location_id}/{event_id}', summary='Deprecated. Delete Event', auth='user', query=(), deprecated=True, status=202, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='event_id', python_name='event_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='none', data='any', items='', model='', paging='')  # fmt: skip
