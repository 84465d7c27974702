import sys
from typing import Any, cast

from ... import types as _types
from ...models.account import Account
from ...models.get_account_list_response import GetAccountListResponse


def build_request(
    location_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GetAccountListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetAccountListResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
) -> list[Account] | None:
    """Get location accounts

     The location account object has the following fields: | Field | Type | Description | | -------------
    | ------------- | ------------- | | id | number | Location account ID | | title | string | Title | |
    type | number | 1 - for non-cash payments, 0 for cash | | comment | string | Description to the
    location account |

    Args:
        location_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Account] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
        ),
    )
