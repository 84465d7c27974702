import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.client_comment import ClientComment
from ...models.create_client_comment_body import CreateClientCommentBody


def build_request(
    location_id: int,
    client_id: int,
    *,
    body: CreateClientCommentBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
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


def parse_success(data: Any) -> ClientComment | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_201(data: object) -> ClientComment | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_0 = _types.parse_model(ClientComment, data)

            if response_201_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_201_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(ClientComment | None, data)

    response_201 = _parse_response_201(data)

    return response_201


async def asyncio(
    client: _types.Caller,
    location_id: int,
    client_id: int,
    *,
    body: CreateClientCommentBody | dict[str, Any],
) -> ClientComment | None:
    """Add a client card comment

     Creates a text comment for one Location client. Requires `clients_access` and
    `client_comments_add_access`. `text` must be nonblank and at most 255 characters. A URL in `text` is
    saved as text; it does not attach or upload the document at that URL.

    Args:
        location_id (int):
        client_id (int):
        body (CreateClientCommentBody):

    Returns the answer's data (ClientComment | None); raises altegio_async.AltegioError.
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


OPERATION = _Operation(module='altegio_b2b.api.clients.create_client_comment', method='POST', path='/company/{location_id}/clients/{client_id}/comments', summary='Add a client card comment', auth='user', query=(), deprecated=False, status=201, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='client_id', python_name='client_id', location='path', required=True, type='integer')), body='json', body_required=True, answer='envelope', data='object', items='', model='ClientComment', paging='')  # fmt: skip
