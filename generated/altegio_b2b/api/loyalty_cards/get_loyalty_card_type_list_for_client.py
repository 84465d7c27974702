import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.card_type_client import CardTypeClient


def build_request(
    location_id: int,
    phone: float,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/loyalty/card_types/client/{location_id}/{phone}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            phone=_types.path_segment(phone, "phone"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[CardTypeClient] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model_list(CardTypeClient, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    phone: float,
) -> list[CardTypeClient] | None:
    """Get a List of Card Types Available for Issuance to the Client

     Returns a list of card types that are available for issuance to a location client.

    Args:
        location_id (int):
        phone (float):

    Returns the answer's data (list[CardTypeClient]); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            phone=phone,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.loyalty_cards.get_loyalty_card_type_list_for_client', method='GET', path='/loyalty/card_types/client/{location_id}/{phone}', summary='Get a List of Card Types Available for Issuance to the Client', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='phone', python_name='phone', location='path', required=True, type='number')), body='none', body_required=False, answer='bare', data='array', items='object', model='CardTypeClient', paging='')  # fmt: skip
