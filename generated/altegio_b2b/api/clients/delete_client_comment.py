import sys
from typing import Any, cast

from ... import types as _types


def build_request(
    location_id: int,
    client_id: int,
    comment_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/company/{location_id}/clients/{client_id}/comments/{comment_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            client_id=_types.path_segment(client_id, "client_id"),
            comment_id=_types.path_segment(comment_id, "comment_id"),
        ),
    }

    return _kwargs


async def asyncio(
    client: _types.Caller,
    location_id: int,
    client_id: int,
    comment_id: int,
) -> Any | None:
    """Delete a comment for a client

     Deletes a client card comment with the corresponding own or other comment edit permission. It does
    not delete an uploaded file linked to a file comment.

    Args:
        location_id (int):
        client_id (int):
        comment_id (int):

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
            location_id=location_id,
            client_id=client_id,
            comment_id=comment_id,
        ),
    )
