import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.check_memberships_for_event_abonement import CheckMembershipsForEventAbonement


def build_request(
    location_id: int,
    client_id: int,
    *,
    event_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["event_id"] = event_id

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/client/{client_id}/loyalty/abonements/search_for_activity".format(
            location_id=_types.path_segment(location_id, "location_id"),
            client_id=_types.path_segment(client_id, "client_id"),
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
    *,
    event_id: int,
) -> CheckMembershipsForEventAbonement | None:
    """Search available subscriptions for event

     Retrieves subscriptions that can be used to create a client schedule for a series of events.

    Args:
        location_id (int):
        client_id (int):
        event_id (int):

    Returns the answer's data (CheckMembershipsForEventAbonement); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            client_id=client_id,
            event_id=event_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.subscriptions_certificates.search_memberships_for_event', method='GET', path='/company/{location_id}/client/{client_id}/loyalty/abonements/search_for_activity', summary='Search available subscriptions for event', auth='partner', query=('event_id',), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='client_id', python_name='client_id', location='path', required=True, type='integer'), _Parameter(name='event_id', python_name='event_id', location='query', required=True, type='integer')), body='none', body_required=False, answer='bare', data='object', items='', model='CheckMembershipsForEventAbonement', paging='')  # fmt: skip
