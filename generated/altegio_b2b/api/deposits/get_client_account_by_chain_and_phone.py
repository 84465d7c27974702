import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types


def build_request(
    chain_id: int,
    phone: float,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deposits/chain/{chain_id}/phone/{phone}".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
            phone=_types.path_segment(phone, "phone"),
        ),
    }

    return _kwargs


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    phone: float,
) -> Any | None:
    """Get a list of client accounts by chain and customer phone number

    Args:
        chain_id (int):
        phone (float):

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
            phone=phone,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.deposits.get_client_account_by_chain_and_phone', method='GET', path='/deposits/chain/{chain_id}/phone/{phone}', summary='Get a list of client accounts by chain and customer phone number', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='chain_id', python_name='chain_id', location='path', required=True, type='integer'), _Parameter(name='phone', python_name='phone', location='path', required=True, type='number')), body='none', body_required=False, answer='none', data='any', items='', model='', paging='')  # fmt: skip
