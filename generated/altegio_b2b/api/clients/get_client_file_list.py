import sys
from typing import Any, cast

from ... import types as _types
from ...models.file import File
from ...models.get_client_file_list_response import GetClientFileListResponse


def build_request(
    location_id: int,
    client_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/clients/files/{client_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            client_id=_types.path_segment(client_id, "client_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GetClientFileListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetClientFileListResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    client_id: int,
) -> list[File] | None:
    """List client card files

     Lists uploaded files for one Location client. Requires `clients_access` and
    `client_files_list_access`. The `link` is a download route, while `full_link` is its absolute URL. A
    saved form URL in a comment is not a file and does not appear here until the completed document is
    uploaded.

    Args:
        location_id (int):
        client_id (int):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[File] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            client_id=client_id,
        ),
    )
