import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.chain_loyalty_membership_types_archive_body import ChainLoyaltyMembershipTypesArchiveBody


def build_request(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesArchiveBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/archive".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
            loyalty_membership_type_id=_types.path_segment(loyalty_membership_type_id, "loyalty_membership_type_id"),
        ),
    }

    if isinstance(body, dict):
        body = ChainLoyaltyMembershipTypesArchiveBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesArchiveBody | dict[str, Any],
) -> Any | None:
    """Archive or unarchive membership type

     Archives or unarchives a membership type.

    Args:
        chain_id (int):
        loyalty_membership_type_id (int):
        body (ChainLoyaltyMembershipTypesArchiveBody):

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.chain_loyalty_programs.chain_loyalty_membership_types_archive', method='PATCH', path='/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/archive', summary='Archive or unarchive membership type', auth='user', query=(), deprecated=False, status=204, parameters=(_Parameter(name='chain_id', python_name='chain_id', location='path', required=True, type='integer'), _Parameter(name='loyalty_membership_type_id', python_name='loyalty_membership_type_id', location='path', required=True, type='integer')), body='json', body_required=True, answer='none', data='any', items='', model='', paging='')  # fmt: skip
