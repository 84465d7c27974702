import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.apply_referral_program import ApplyReferralProgram
from ...models.apply_referral_program_body import ApplyReferralProgramBody


def build_request(
    location_id: int,
    chain_id: int,
    *,
    body: ApplyReferralProgramBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/visit/loyalty/apply_referral_program/{location_id}/{chain_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            chain_id=_types.path_segment(chain_id, "chain_id"),
        ),
    }

    if isinstance(body, dict):
        body = ApplyReferralProgramBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> ApplyReferralProgram | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model(ApplyReferralProgram, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    chain_id: int,
    *,
    body: ApplyReferralProgramBody | dict[str, Any],
) -> ApplyReferralProgram | None:
    """Apply Referral Program During a Visit

     Applying a referral program to a visit

    Args:
        location_id (int):
        chain_id (int):
        body (ApplyReferralProgramBody): Apply referral program in a visit

    Returns the answer's data (ApplyReferralProgram); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            chain_id=chain_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.loyalty_programs.apply_referral_program', method='POST', path='/visit/loyalty/apply_referral_program/{location_id}/{chain_id}', summary='Apply Referral Program During a Visit', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='chain_id', python_name='chain_id', location='path', required=True, type='integer')), body='json', body_required=True, answer='bare', data='object', items='', model='ApplyReferralProgram', paging='')  # fmt: skip
