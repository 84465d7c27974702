import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.create_event_duplication_strategy_body import CreateEventDuplicationStrategyBody
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    body: CreateEventDuplicationStrategyBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/{location_id}/duplication_strategy".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    if isinstance(body, dict):
        body = CreateEventDuplicationStrategyBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    body: CreateEventDuplicationStrategyBody | Unset | dict[str, Any] = UNSET,
) -> Any | None:
    """Create Event Duplication Strategy

    Args:
        location_id (int):
        body (CreateEventDuplicationStrategyBody | Unset):

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.events.create_event_duplication_strategy', method='POST', path='/activity/{location_id}/duplication_strategy', summary='Create Event Duplication Strategy', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'),), body='json', body_required=False, answer='none', data='any', items='', model='', paging='')  # fmt: skip
