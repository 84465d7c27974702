import sys
from typing import Any, cast

from ... import types as _types
from ...models.client_schedule import ClientSchedule
from ...models.create_timetable_client_schedule_body import CreateTimetableClientScheduleBody
from ...models.create_timetable_client_schedule_response import CreateTimetableClientScheduleResponse
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    schedule_id: int,
    *,
    body: CreateTimetableClientScheduleBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/schedules/{schedule_id}/client_schedules".format(
            location_id=_types.path_segment(location_id, "location_id"),
            schedule_id=_types.path_segment(schedule_id, "schedule_id"),
        ),
    }

    if isinstance(body, dict):
        body = CreateTimetableClientScheduleBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> CreateTimetableClientScheduleResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_201 = _types.parse_model(CreateTimetableClientScheduleResponse, data)

    return response_201


async def asyncio(
    client: _types.Caller,
    location_id: int,
    schedule_id: int,
    *,
    body: CreateTimetableClientScheduleBody | Unset | dict[str, Any] = UNSET,
) -> ClientSchedule | None:
    """Create Recurring Appointments

     Creates a recurring appointment series for a client based on an event schedule. Automatically
    generates future appointments according to the schedule pattern.

    Args:
        location_id (int):
        schedule_id (int):
        body (CreateTimetableClientScheduleBody | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        ClientSchedule | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            schedule_id=schedule_id,
            body=body,
        ),
    )
