import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.generate_code import GenerateCode


def build_request(
    location_id: int,
    product_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/loyalty/generate_code/{location_id}/{product_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            product_id=_types.path_segment(product_id, "product_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GenerateCode | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> GenerateCode | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(GenerateCode, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(GenerateCode | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    product_id: int,
) -> GenerateCode | None:
    """Gift Card/Membership Code Generation

     + Options + location_id (required, number, `1`) - location ID + product_id (required, number, `1`) -
    product ID (gift card/ membership)

    Args:
        location_id (int):
        product_id (int):

    Returns the answer's data (GenerateCode | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            product_id=product_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.loyalty_programs.generate_loyalty_code', method='GET', path='/loyalty/generate_code/{location_id}/{product_id}', summary='Gift Card/Membership Code Generation', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='product_id', python_name='product_id', location='path', required=True, type='integer')), body='none', body_required=False, answer='envelope', data='object', items='', model='GenerateCode', paging='')  # fmt: skip
