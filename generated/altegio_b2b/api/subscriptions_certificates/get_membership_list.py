import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...types import UNSET, Unset


def build_request(
    chain_id: int,
    *,
    abonements_ids: list[int] | Unset = UNSET,
    count: int | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    page: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    json_abonements_ids: list[int] | Unset = UNSET
    if not isinstance(abonements_ids, Unset):
        json_abonements_ids = abonements_ids

    params["abonements_ids"] = json_abonements_ids

    params["count"] = count

    params["created_after"] = created_after

    params["created_before"] = created_before

    params["page"] = page

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chain/{chain_id}/loyalty/abonements".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
        ),
        "params": params,
    }

    return _kwargs


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    *,
    abonements_ids: list[int] | Unset = UNSET,
    count: int | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Any | None:
    """Get a List of Memberships by Filter

     Requires Chain membership access. Supply `abonements_ids` or both `created_after` and
    `created_before`; otherwise the request returns 400. The date range filters membership creation, not
    sales. This list is not filtered by client, and `type.cost` is the membership type's current price,
    not a historical paid amount.

    Args:
        chain_id (int):
        abonements_ids (list[int] | Unset):
        count (int | Unset):
        created_after (str | Unset):
        created_before (str | Unset):
        page (int | Unset):

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
            abonements_ids=abonements_ids,
            count=count,
            created_after=created_after,
            created_before=created_before,
            page=page,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.subscriptions_certificates.get_membership_list', method='GET', path='/chain/{chain_id}/loyalty/abonements', summary='Get a List of Memberships by Filter', auth='user', query=('abonements_ids', 'count', 'created_after', 'created_before', 'page'), deprecated=False, status=200, parameters=(_Parameter(name='chain_id', python_name='chain_id', location='path', required=True, type='integer'), _Parameter(name='abonements_ids', python_name='abonements_ids', location='query', required=False, type='array'), _Parameter(name='count', python_name='count', location='query', required=False, type='integer'), _Parameter(name='created_after', python_name='created_after', location='query', required=False, type='string'), _Parameter(name='created_before', python_name='created_before', location='query', required=False, type='string'), _Parameter(name='page', python_name='page', location='query', required=False, type='integer')), body='none', body_required=False, answer='none', data='any', items='', model='', paging='page+count')  # fmt: skip
