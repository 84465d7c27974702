import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation

from ... import types as _types
from ...models.get_message_status_list_body_item import GetMessageStatusListBodyItem


def build_request(
    *,
    body: list[GetMessageStatusListBodyItem],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/delivery/status",
    }

    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


async def asyncio(
    client: _types.Caller,
    *,
    body: list[GetMessageStatusListBodyItem],
) -> Any | None:
    """Getting Message Statuses

    Args:
        body (list[GetMessageStatusListBodyItem]): Getting message statuses

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.notifications.get_message_status_list', method='POST', path='/delivery/status', summary='Getting Message Statuses', auth='user', query=(), deprecated=False, status=200, parameters=(), body='json', body_required=True, answer='none', data='any', items='', model='', paging='')  # fmt: skip
