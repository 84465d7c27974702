import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

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

    Returns the answer's data (Any); raises altegio_async.AltegioError.
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


OPERATION = _Operation(module='altegio_b2b.api.clients.delete_client_comment', method='DELETE', path='/company/{location_id}/clients/{client_id}/comments/{comment_id}', summary='Delete a comment for a client', auth='user', query=(), deprecated=False, status=204, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='client_id', python_name='client_id', location='path', required=True, type='integer'), _Parameter(name='comment_id', python_name='comment_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='none', data='any', items='', model='', paging='')  # fmt: skip
