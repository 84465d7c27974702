import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.cancel_discount_program import CancelDiscountProgram
from ...models.cancel_discount_promotion_body import CancelDiscountPromotionBody


def build_request(
    location_id: int,
    card_id: int,
    program_id: int,
    *,
    body: CancelDiscountPromotionBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/visit/loyalty/cancel_discount_program/{location_id}/{card_id}/{program_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            card_id=_types.path_segment(card_id, "card_id"),
            program_id=_types.path_segment(program_id, "program_id"),
        ),
    }

    if isinstance(body, dict):
        body = CancelDiscountPromotionBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> CancelDiscountProgram | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model(CancelDiscountProgram, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    card_id: int,
    program_id: int,
    *,
    body: CancelDiscountPromotionBody | dict[str, Any],
) -> CancelDiscountProgram | None:
    """Cancel the Application of the Discount Promotion in the Visit

     Cancellation of the promotion applied to the visit.

    Args:
        location_id (int):
        card_id (int):
        program_id (int):
        body (CancelDiscountPromotionBody): Apply promotion

    Returns the answer's data (CancelDiscountProgram); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            card_id=card_id,
            program_id=program_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.loyalty_programs.cancel_discount_promotion', method='POST', path='/visit/loyalty/cancel_discount_program/{location_id}/{card_id}/{program_id}', summary='Cancel the Application of the Discount Promotion in the Visit', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='card_id', python_name='card_id', location='path', required=True, type='integer'), _Parameter(name='program_id', python_name='program_id', location='path', required=True, type='integer')), body='json', body_required=True, answer='bare', data='object', items='', model='CancelDiscountProgram', paging='')  # fmt: skip
