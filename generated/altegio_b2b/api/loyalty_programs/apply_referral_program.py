import sys
from typing import Any, cast

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

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        ApplyReferralProgram: the answer's data.
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
