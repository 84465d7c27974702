import sys
from typing import Any, cast

from ... import types as _types
from ...models.comment import Comment
from ...models.list_client_comments_response import ListClientCommentsResponse


def build_request(
    location_id: int,
    client_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/clients/{client_id}/comments".format(
            location_id=_types.path_segment(location_id, "location_id"),
            client_id=_types.path_segment(client_id, "client_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> ListClientCommentsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(ListClientCommentsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    client_id: int,
) -> list[Comment] | None:
    """List client card comments

     Returns text comments and file upload history for one Location client. Requires `clients_access` and
    `client_comments_list_access`. File entries have `type: file` and a `files` array; text entries have
    `type: default`. Saving a form URL as comment text does not upload a completed document.

    Args:
        location_id (int):
        client_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[Comment] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            client_id=client_id,
        ),
    )
