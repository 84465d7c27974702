import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.card import Card


def build_request(
    chain_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/loyalty_cards/{chain_id}".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> Card | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model(Card, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    chain_id: int,
) -> Card | None:
    """Get User Loyalty Cards

     Returns a list of cards of an authorized user with programs, filtering cards by location chain /
    location

    Args:
        chain_id (int):

    Returns the answer's data (Card); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.loyalty_cards.get_user_loyalty_cards', method='GET', path='/user/loyalty_cards/{chain_id}', summary='Get User Loyalty Cards', auth='partner', query=(), deprecated=False, status=200, parameters=(_Parameter(name='chain_id', python_name='chain_id', location='path', required=True, type='integer'),), body='none', body_required=False, answer='bare', data='object', items='', model='Card', paging='')  # fmt: skip
