import sys
from typing import Any, cast

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
            date=date,
            staff_id=staff_id,
        ),
    )
