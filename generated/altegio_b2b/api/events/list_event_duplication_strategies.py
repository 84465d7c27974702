import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types


def build_request(
    location_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity/{location_id}/duplication_strategy".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    return _kwargs


async def asyncio(
    client: _types.Caller,
    location_id: int,
) -> Any | None:
    """List Event Duplication Strategies

     Duplication of Events occurs based on a set of parameters combined in the "duplication strategy"
    entity | Field | Type | Description | | ------------- | ------------- |
    ----------------------------------------- | | title | string | Strategy name | | repeat_mode_id|
    integer | Repeat mode | | days | integer[] | List of days of the week: 0 Sun, 6 Fri | | interval |
    integer | Break in searching for dates, in units of type | | content_type | integer | Duplicate
    appointments? 1 - no, 2 - yes | The repeat mode can take the values | Meaning | Description | Break
    unit | | -------- | ------------- | ------------------------------ | | 1 | Daily | Day | | 2 |
    Weekdays | - | | 3 | Mon Wed Fri | - | | 4 | Tue Thu | - | | 5 | Every week | Week | | 6 | Every
    month | Month | | 7 | Every year | Year | The days field is relevant only for mode 5 - week, for
    specifying specific days of repetition If you specify repeat_mode = 5, days = [1,4], interval = 2,
    then the Event will be repeat every 3rd week on Mon and Thu

    Args:
        location_id (int):

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.events.list_event_duplication_strategies', method='GET', path='/activity/{location_id}/duplication_strategy', summary='List Event Duplication Strategies', auth='partner', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'),), body='none', body_required=False, answer='none', data='any', items='', model='', paging='')  # fmt: skip
