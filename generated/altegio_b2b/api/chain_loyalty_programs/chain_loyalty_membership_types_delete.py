import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types


def build_request(
    chain_id: int,
    loyalty_membership_type_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
            loyalty_membership_type_id=_types.path_segment(loyalty_membership_type_id, "loyalty_membership_type_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_204 = cast(None, data)
    return response_204


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    loyalty_membership_type_id: int,
) -> None:
    """Delete membership type

     Deletes a membership type from the chain.

    Args:
        chain_id (int):
        loyalty_membership_type_id (int):

    Returns the answer's data (None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.chain_loyalty_programs.chain_loyalty_membership_types_delete', method='DELETE', path='/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}', summary='Delete membership type', auth='user', query=(), deprecated=False, status=204, parameters=(_Parameter(name='chain_id', python_name='chain_id', location='path', required=True, type='integer'), _Parameter(name='loyalty_membership_type_id', python_name='loyalty_membership_type_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='envelope', data='any', items='', model='', paging='')  # fmt: skip
