import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    date: str,
    *,
    staff_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["staff_id"] = staff_id

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/timetable/dates/{location_id}/{date}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            date=_types.path_segment(date, "date"),
        ),
        "params": params,
    }

    return _kwargs


async def asyncio(
    client: _types.Caller,
    location_id: int,
    date: str,
    *,
    staff_id: int | Unset = UNSET,
) -> Any | None:
    """Get a list of dates for Appointment Calendar

     The Appointment Calendar dates are returned as an array of date strings, for example:
    [\\"2026-10-26\\", \\"2026-10-30\\"]. To retrieve this list, you must provide a reference date. The
    response will return the available working dates of the specified location or team member relative
    to that date

    Args:
        location_id (int):
        date (str):
        staff_id (int | Unset):

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            date=date,
            staff_id=staff_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.schedule_resources.get_appointment_calendar_dates', method='GET', path='/timetable/dates/{location_id}/{date}', summary='Get a list of dates for Appointment Calendar', auth='user', query=('staff_id',), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='date', python_name='date', location='path', required=True, type='string'), _Parameter(name='staff_id', python_name='staff_id', location='query', required=False, type='integer')), body='none', body_required=False, answer='none', data='any', items='', model='', paging='')  # fmt: skip
