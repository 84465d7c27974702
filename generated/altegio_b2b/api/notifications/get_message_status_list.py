import sys
from typing import Any, cast

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
            body=body,
        ),
    )
