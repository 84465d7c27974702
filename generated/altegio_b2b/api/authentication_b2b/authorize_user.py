import sys
from typing import Any, cast

from ... import types as _types
from ...models.auth import Auth
from ...models.authorize_user_body import AuthorizeUserBody
from ...models.authorize_user_response import AuthorizeUserResponse


def build_request(
    *,
    body: AuthorizeUserBody | dict[str, Any],
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth",
    }

    if isinstance(body, dict):
        body = AuthorizeUserBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> AuthorizeUserResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_201 = _types.parse_model(AuthorizeUserResponse, data)

    return response_201


async def asyncio(
    client: _types.Caller,
    *,
    body: AuthorizeUserBody | dict[str, Any],
) -> Auth | None:
    """Authorize User

     When a user changes their password, their API key is regenerated. As a result, reauthorization is
    required using the new API key. | Attribute | Type | Description | | ------------- | ------------- |
    ------------- | | login | string | The user's phone number in the format +13155550175, or their
    email address.| | password | string | User password |

    Args:
        body (AuthorizeUserBody): User authorization

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Auth | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            body=body,
        ),
    )
