import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.card import Card


def build_request(
    client_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/loyalty/client_cards/{client_id}".format(
            client_id=_types.path_segment(client_id, "client_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> Card | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model(Card, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    client_id: int,
) -> Card | None:
    """Get a List of Customer Cards by ID

     Returns a list of customer cards with programs that are active in this location The attributes in
    the response to the request completely match the "Get a list of issued cards by phone number" method
    described above

    Args:
        client_id (int):

    Returns the answer's data (Card); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            client_id=client_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.loyalty_cards.get_loyalty_card_list_by_client_id', method='GET', path='/loyalty/client_cards/{client_id}', summary='Get a List of Customer Cards by ID', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='client_id', python_name='client_id', location='path', required=True, type='integer'),), body='none', body_required=False, answer='bare', data='object', items='', model='Card', paging='')  # fmt: skip
