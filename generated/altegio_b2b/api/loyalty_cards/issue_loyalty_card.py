import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.card import Card
from ...models.issue_loyalty_card_body import IssueLoyaltyCardBody
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    body: IssueLoyaltyCardBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/loyalty/cards/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    if isinstance(body, dict):
        body = IssueLoyaltyCardBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> Card | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model(Card, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    body: IssueLoyaltyCardBody | Unset | dict[str, Any] = UNSET,
) -> Card | None:
    """Issue a Loyalty Card

    Args:
        location_id (int):
        body (IssueLoyaltyCardBody | Unset): Issue a Loyalty Card

    Returns the answer's data (Card); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.loyalty_cards.issue_loyalty_card', method='POST', path='/loyalty/cards/{location_id}', summary='Issue a Loyalty Card', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'),), body='json', body_required=False, answer='bare', data='object', items='', model='Card', paging='')  # fmt: skip
