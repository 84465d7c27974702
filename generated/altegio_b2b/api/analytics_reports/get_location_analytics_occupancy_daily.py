import datetime
import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.fullness_daily import FullnessDaily
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    json_date_from = _types.date_json(date_from)
    params["date_from"] = json_date_from

    json_date_to = _types.date_json(date_to)
    params["date_to"] = json_date_to

    params["team_member_id"] = team_member_id

    params["user_id"] = user_id

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/analytics/overall/charts/fullness_daily".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[FullnessDaily] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model_list(FullnessDaily, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> list[FullnessDaily] | None:
    """Get occupancy data by day

    Args:
        location_id (int):
        date_from (datetime.date):  Example: 2026-09-21.
        date_to (datetime.date):  Example: 2026-09-21.
        team_member_id (int | Unset):
        user_id (int | Unset):

    Returns the answer's data (list[FullnessDaily]); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            user_id=user_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.analytics_reports.get_location_analytics_occupancy_daily', method='GET', path='/company/{location_id}/analytics/overall/charts/fullness_daily', summary='Get occupancy data by day', auth='user', query=('date_from', 'date_to', 'team_member_id', 'user_id'), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='date_from', python_name='date_from', location='query', required=True, type='date'), _Parameter(name='date_to', python_name='date_to', location='query', required=True, type='date'), _Parameter(name='team_member_id', python_name='team_member_id', location='query', required=False, type='integer'), _Parameter(name='user_id', python_name='user_id', location='query', required=False, type='integer')), body='none', body_required=False, answer='bare', data='array', items='object', model='FullnessDaily', paging='')  # fmt: skip
