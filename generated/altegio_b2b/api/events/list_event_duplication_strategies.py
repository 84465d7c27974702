import sys
from typing import Any, cast

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

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Any: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
        ),
    )
