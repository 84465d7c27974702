import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types


def build_request(
    location_id: int,
    client_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deposits/company/{location_id}/client/{client_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            client_id=_types.path_segment(client_id, "client_id"),
        ),
    }

    return _kwargs


async def asyncio(
    client: _types.Caller,
    location_id: int,
    client_id: int,
) -> Any | None:
    """Get a List of Client Accounts by Location and Client

    Args:
        location_id (int):
        client_id (int):

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            client_id=client_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.deposits.get_client_account_list_by_location_and_client', method='GET', path='/deposits/company/{location_id}/client/{client_id}', summary='Get a List of Client Accounts by Location and Client', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='client_id', python_name='client_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='none', data='any', items='', model='', paging='')  # fmt: skip
