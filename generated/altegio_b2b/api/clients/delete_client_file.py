import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types


def build_request(
    location_id: int,
    client_id: int,
    file_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/company/{location_id}/clients/files/{client_id}/{file_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            client_id=_types.path_segment(client_id, "client_id"),
            file_id=_types.path_segment(file_id, "file_id"),
        ),
    }

    return _kwargs


async def asyncio(
    client: _types.Caller,
    location_id: int,
    client_id: int,
    file_id: int,
) -> Any | None:
    """Delete a client card file

     Deletes an uploaded file belonging to this Location client. Requires `clients_access` and
    `client_files_delete_access`. The client comment history is a separate resource; deleting a file
    does not turn a saved form URL into an uploaded document.

    Args:
        location_id (int):
        client_id (int):
        file_id (int):

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            client_id=client_id,
            file_id=file_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.clients.delete_client_file', method='DELETE', path='/company/{location_id}/clients/files/{client_id}/{file_id}', summary='Delete a client card file', auth='user', query=(), deprecated=False, status=202, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='client_id', python_name='client_id', location='path', required=True, type='integer'), _Parameter(name='file_id', python_name='file_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='none', data='any', items='', model='', paging='')  # fmt: skip
