import sys
from typing import Any, cast

from ... import types as _types
from ...models.abonement import Abonement
from ...models.get_user_memberships_response import GetUserMembershipsResponse


def build_request(
    *,
    company_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["company_id"] = company_id

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/loyalty/abonements",
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> GetUserMembershipsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetUserMembershipsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    *,
    company_id: int,
) -> list[Abonement] | None:
    """Get User Memberships

     Returns a list of memberships of an authorized user

    Args:
        company_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Abonement] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            company_id=company_id,
        ),
    )
