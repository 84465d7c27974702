import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.update_visit_body import UpdateVisitBody


def build_request(
    visit_id: int,
    record_id: int,
    *,
    body: UpdateVisitBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/visits/{visit_id}/{record_id}".format(
            visit_id=_types.path_segment(visit_id, "visit_id"),
            record_id=_types.path_segment(record_id, "record_id"),
        ),
    }

    if isinstance(body, dict):
        body = UpdateVisitBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


async def asyncio(
    client: _types.Caller,
    visit_id: int,
    record_id: int,
    *,
    body: UpdateVisitBody | dict[str, Any],
) -> Any | None:
    """Edit Visit

    Args:
        visit_id (int):
        record_id (int):
        body (UpdateVisitBody): Edit Visit

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            visit_id=visit_id,
            record_id=record_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.appointments.update_visit', method='PUT', path='/visits/{visit_id}/{record_id}', summary='Edit Visit', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='visit_id', python_name='visit_id', location='path', required=True, type='integer'), _Parameter(name='record_id', python_name='record_id', location='path', required=True, type='integer')), body='json', body_required=True, answer='none', data='any', items='', model='', paging='')  # fmt: skip
