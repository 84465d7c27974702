import sys
from typing import Any, cast

from ... import types as _types
from ...models.comment import Comment
from ...models.create_client_comment_body import CreateClientCommentBody
from ...models.create_client_comment_response import CreateClientCommentResponse


def build_request(
    location_id: int,
    client_id: int,
    *,
    body: CreateClientCommentBody | dict[str, Any],
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/clients/{client_id}/comments".format(
            location_id=_types.path_segment(location_id, "location_id"),
            client_id=_types.path_segment(client_id, "client_id"),
        ),
    }

    if isinstance(body, dict):
        body = CreateClientCommentBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> CreateClientCommentResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_201 = _types.parse_model(CreateClientCommentResponse, data)

    return response_201


async def asyncio(
    client: _types.Caller,
    location_id: int,
    client_id: int,
    *,
    body: CreateClientCommentBody | dict[str, Any],
) -> Comment | None:
    """Add a client card comment

     Creates a text comment for one Location client. Requires `clients_access` and
    `client_comments_add_access`. `text` must be nonblank and at most 255 characters. A URL in `text` is
    saved as text; it does not attach or upload the document at that URL.

    Args:
        location_id (int):
        client_id (int):
        body (CreateClientCommentBody):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Comment | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            client_id=client_id,
            body=body,
        ),
    )
