import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation

from ... import types as _types
from ...models.auth import Auth
from ...models.authorize_user_body import AuthorizeUserBody


def build_request(
    *,
    body: AuthorizeUserBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
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


def parse_success(data: Any) -> Auth | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_201(data: object) -> Auth | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_0 = _types.parse_model(Auth, data)

            if response_201_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_201_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(Auth | None, data)

    response_201 = _parse_response_201(data)

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

    Returns the answer's data (Auth | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.authentication_b2b.authorize_user', method='POST', path='/auth', summary='Authorize User', auth='none', query=(), deprecated=False, status=201, parameters=(), body='json', body_required=True, answer='envelope', data='object', items='', model='Auth', paging='')  # fmt: skip
