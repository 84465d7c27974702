import sys
from typing import Any, cast

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
            visit_id=visit_id,
            record_id=record_id,
            body=body,
        ),
    )
