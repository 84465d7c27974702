import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_chain_list_response import GetChainListResponse
from ...models.group import Group


def build_request() -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups",
    }

    return _kwargs


def parse_success(data: Any) -> GetChainListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetChainListResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
) -> list[Group] | None:
    """Obtaining chains available to the user

     The location chain object has the following fields:

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Group] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
        ),
    )
