import sys
from typing import Any, cast

from ... import types as _types
from ...models.company import Company
from ...models.create_location_body import CreateLocationBody
from ...models.create_location_response import CreateLocationResponse
from ...types import UNSET, Unset


def build_request(
    *,
    body: CreateLocationBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies",
    }

    if isinstance(body, dict):
        body = CreateLocationBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> CreateLocationResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_201 = _types.parse_model(CreateLocationResponse, data)

    return response_201


async def asyncio(
    client: _types.Caller,
    *,
    body: CreateLocationBody | Unset | dict[str, Any] = UNSET,
) -> Company | None:
    """Create a location

     Create new location

    Args:
        body (CreateLocationBody | Unset): Create a location

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Company | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            body=body,
        ),
    )
