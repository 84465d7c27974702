import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...types import UNSET, Unset


def build_request(
    chain_id: int,
    *,
    balance_from: float | Unset = UNSET,
    balance_to: float | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["balance_from"] = balance_from

    params["balance_to"] = balance_to

    params["limit"] = limit

    params["page"] = page

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deposits/chain/{chain_id}".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
        ),
        "params": params,
    }

    return _kwargs


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    *,
    balance_from: float | Unset = UNSET,
    balance_to: float | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Any | None:
    """Get a list of client accounts by chain and a set of filters

    Args:
        chain_id (int):
        balance_from (float | Unset):
        balance_to (float | Unset):
        limit (int | Unset):
        page (int | Unset):

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
            balance_from=balance_from,
            balance_to=balance_to,
            limit=limit,
            page=page,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.deposits.get_client_account_list_by_chain', method='GET', path='/deposits/chain/{chain_id}', summary='Get a list of client accounts by chain and a set of filters', auth='user', query=('balance_from', 'balance_to', 'limit', 'page'), deprecated=False, status=200, parameters=(_Parameter(name='chain_id', python_name='chain_id', location='path', required=True, type='integer'), _Parameter(name='balance_from', python_name='balance_from', location='query', required=False, type='number'), _Parameter(name='balance_to', python_name='balance_to', location='query', required=False, type='number'), _Parameter(name='limit', python_name='limit', location='query', required=False, type='integer'), _Parameter(name='page', python_name='page', location='query', required=False, type='integer')), body='none', body_required=False, answer='none', data='any', items='', model='', paging='page+limit')  # fmt: skip
