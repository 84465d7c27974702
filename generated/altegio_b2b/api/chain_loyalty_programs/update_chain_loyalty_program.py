import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.program import Program
from ...models.update_chain_loyalty_program_body import UpdateChainLoyaltyProgramBody
from ...models.update_chain_loyalty_program_include import UpdateChainLoyaltyProgramInclude
from ...types import UNSET, Unset


def build_request(
    chain_id: int,
    loyalty_program_id: int,
    *,
    body: UpdateChainLoyaltyProgramBody | Unset | dict[str, Any] = UNSET,
    include: UpdateChainLoyaltyProgramInclude | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = _types.to_json(include)

    params["include"] = json_include

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/chain/{chain_id}/loyalty/programs/{loyalty_program_id}".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
            loyalty_program_id=_types.path_segment(loyalty_program_id, "loyalty_program_id"),
        ),
        "params": params,
    }

    if isinstance(body, dict):
        body = UpdateChainLoyaltyProgramBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> Program | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model(Program, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    loyalty_program_id: int,
    *,
    body: UpdateChainLoyaltyProgramBody | Unset | dict[str, Any] = UNSET,
    include: UpdateChainLoyaltyProgramInclude | Unset = UNSET,
) -> Program | None:
    """Edit Chain Promotion

    Args:
        chain_id (int):
        loyalty_program_id (int):
        include (UpdateChainLoyaltyProgramInclude | Unset):
        body (UpdateChainLoyaltyProgramBody | Unset): The body of the request to change the
            loyalty promotion

    Returns the answer's data (Program); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
            loyalty_program_id=loyalty_program_id,
            body=body,
            include=include,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.chain_loyalty_programs.update_chain_loyalty_program', method='PUT', path='/chain/{chain_id}/loyalty/programs/{loyalty_program_id}', summary='Edit Chain Promotion', auth='user', query=('include',), deprecated=False, status=200, parameters=(_Parameter(name='chain_id', python_name='chain_id', location='path', required=True, type='integer'), _Parameter(name='loyalty_program_id', python_name='loyalty_program_id', location='path', required=True, type='integer'), _Parameter(name='include', python_name='include', location='query', required=False, type='enum')), body='json', body_required=False, answer='bare', data='object', items='', model='Program', paging='')  # fmt: skip
