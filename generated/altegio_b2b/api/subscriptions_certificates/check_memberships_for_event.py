import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.check_memberships_for_event_abonement import CheckMembershipsForEventAbonement


def build_request(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    event_id: int,
    schedule_day_ids: str,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["event_id"] = event_id

    params["schedule_day_ids"] = schedule_day_ids

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/check_for_activity".format(
            location_id=_types.path_segment(location_id, "location_id"),
            client_id=_types.path_segment(client_id, "client_id"),
            membership_id=_types.path_segment(membership_id, "membership_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> CheckMembershipsForEventAbonement | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model(CheckMembershipsForEventAbonement, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    event_id: int,
    schedule_day_ids: str,
) -> CheckMembershipsForEventAbonement | None:
    """Check membership availability for event

     Validates a specific subscription for creating activity schedules.

    Args:
        location_id (int):
        client_id (int):
        membership_id (int):
        event_id (int):
        schedule_day_ids (str):

    Returns the answer's data (CheckMembershipsForEventAbonement); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            client_id=client_id,
            membership_id=membership_id,
            event_id=event_id,
            schedule_day_ids=schedule_day_ids,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.subscriptions_certificates.check_memberships_for_event', method='GET', path='/company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/check_for_activity', summary='Check membership availability for event', auth='partner', query=('event_id', 'schedule_day_ids'), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='client_id', python_name='client_id', location='path', required=True, type='integer'), _Parameter(name='membership_id', python_name='membership_id', location='path', required=True, type='integer'), _Parameter(name='event_id', python_name='event_id', location='query', required=True, type='integer'), _Parameter(name='schedule_day_ids', python_name='schedule_day_ids', location='query', required=True, type='string')), body='none', body_required=False, answer='bare', data='object', items='', model='CheckMembershipsForEventAbonement', paging='')  # fmt: skip
