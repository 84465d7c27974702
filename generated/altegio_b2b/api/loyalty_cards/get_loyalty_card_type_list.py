import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.salon import Salon


def build_request(
    location_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/loyalty/card_types/salon/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[Salon] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model_list(Salon, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
) -> list[Salon] | None:
    """Get a list of card types available at the location

     Returns a list of card types that are valid for the given location. The attributes and their
    descriptions match those defined in the "Collection of Card Types Available to the Client" method
    described above.

    Args:
        location_id (int):

    Returns the answer's data (list[Salon]); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.loyalty_cards.get_loyalty_card_type_list', method='GET', path='/loyalty/card_types/salon/{location_id}', summary='Get a list of card types available at the location', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'),), body='none', body_required=False, answer='bare', data='array', items='object', model='Salon', paging='')  # fmt: skip
