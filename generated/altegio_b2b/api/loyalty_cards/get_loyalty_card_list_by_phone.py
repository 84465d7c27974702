import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.card import Card


def build_request(
    phone: str,
    chain_id: int,
    location_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/loyalty/cards/{phone}/{chain_id}/{location_id}".format(
            phone=_types.path_segment(phone, "phone"),
            chain_id=_types.path_segment(chain_id, "chain_id"),
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> Card | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model(Card, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    phone: str,
    chain_id: int,
    location_id: int,
) -> Card | None:
    """Get a List of Customer Cards by Phone Number

     Returns a list of customer cards with programs that are active in this location

    Args:
        phone (str):
        chain_id (int):
        location_id (int):

    Returns the answer's data (Card); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            phone=phone,
            chain_id=chain_id,
            location_id=location_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.loyalty_cards.get_loyalty_card_list_by_phone', method='GET', path='/loyalty/cards/{phone}/{chain_id}/{location_id}', summary='Get a List of Customer Cards by Phone Number', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='phone', python_name='phone', location='path', required=True, type='string'), _Parameter(name='chain_id', python_name='chain_id', location='path', required=True, type='integer'), _Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='bare', data='object', items='', model='Card', paging='')  # fmt: skip
