import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation

from ... import types as _types
from ...models.handle_fiscalization_callback_body import HandleFiscalizationCallbackBody
from ...types import UNSET, Unset


def build_request(
    *,
    body: HandleFiscalizationCallbackBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integration/kkm/callback",
    }

    if isinstance(body, dict):
        body = HandleFiscalizationCallbackBody.from_dict(body)
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
    *,
    body: HandleFiscalizationCallbackBody | Unset | dict[str, Any] = UNSET,
) -> Any | None:
    """Example of a request in case of successful fiscalization or in case of an error

    Args:
        body (HandleFiscalizationCallbackBody | Unset):

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.fiscalization.handle_fiscalization_callback', method='POST', path='/integration/kkm/callback', summary='Example of a request in case of successful fiscalization or in case of an error', auth='user', query=(), deprecated=False, status=200, parameters=(), body='json', body_required=False, answer='none', data='any', items='', model='', paging='')  # fmt: skip
