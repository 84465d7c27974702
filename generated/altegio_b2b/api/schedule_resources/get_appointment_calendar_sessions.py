import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.seance import Seance


def build_request(
    location_id: int,
    team_member_id: int,
    date: str,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/timetable/seances/{location_id}/{team_member_id}/{date}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            team_member_id=_types.path_segment(team_member_id, "team_member_id"),
            date=_types.path_segment(date, "date"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[Seance] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model_list(Seance, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    team_member_id: int,
    date: str,
) -> list[Seance] | None:
    """Get a list of sessions for the Appointment Calendar

     The sessions object for the log has the following fields: | Field | Type | Description | |
    ------------- | ------------- | ------------- | | time | string | Session time (17:30 for example) |
    | free | boolean | Free time or busy |

    Args:
        location_id (int):
        team_member_id (int):
        date (str):

    Returns the answer's data (list[Seance]); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            team_member_id=team_member_id,
            date=date,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.schedule_resources.get_appointment_calendar_sessions', method='GET', path='/timetable/seances/{location_id}/{team_member_id}/{date}', summary='Get a list of sessions for the Appointment Calendar', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='team_member_id', python_name='team_member_id', location='path', required=True, type='integer'), _Parameter(name='date', python_name='date', location='path', required=True, type='string')), body='none', body_required=False, answer='bare', data='array', items='object', model='Seance', paging='')  # fmt: skip
