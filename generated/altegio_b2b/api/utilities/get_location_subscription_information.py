import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.license_ import License


def build_request(
    location_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/license/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> License | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model(License, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
) -> License | None:
    """Retrieve location subscription information

    Args:
        location_id (int):

    Returns the answer's data (License); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.utilities.get_location_subscription_information', method='GET', path='/license/{location_id}', summary='Retrieve location subscription information', auth='partner', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'),), body='none', body_required=False, answer='bare', data='object', items='', model='License', paging='')  # fmt: skip
