import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types


def build_request(
    location_id: int,
    document_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/storage_operations/documents/{location_id}/{document_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            document_id=_types.path_segment(document_id, "document_id"),
        ),
    }

    return _kwargs


async def asyncio(
    client: _types.Caller,
    location_id: int,
    document_id: int,
) -> Any | None:
    """Delete document

    Args:
        location_id (int):
        document_id (int):

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            document_id=document_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.inventory.delete_document', method='DELETE', path='/storage_operations/documents/{location_id}/{document_id}', summary='Delete document', auth='user', query=(), deprecated=False, status=202, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='document_id', python_name='document_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='none', data='any', items='', model='', paging='')  # fmt: skip
