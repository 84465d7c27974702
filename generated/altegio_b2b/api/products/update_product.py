import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.good import Good
from ...models.update_product_body import UpdateProductBody


def build_request(
    location_id: int,
    product_id: int,
    *,
    body: UpdateProductBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/goods/{location_id}/{product_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            product_id=_types.path_segment(product_id, "product_id"),
        ),
    }

    if isinstance(body, dict):
        body = UpdateProductBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> Good | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> Good | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(Good, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(Good | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    product_id: int,
    *,
    body: UpdateProductBody | dict[str, Any],
) -> Good | None:
    """Edit Products

     The method allows you to change the product parameters. When editing units of measure for a product
    that already has inventory operations, you must add an array of rules for recalculating units of
    measure - correction_rules. Otherwise, the array is optional.

    Args:
        location_id (int):
        product_id (int):
        body (UpdateProductBody): Product Creation Method

    Returns the answer's data (Good | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            product_id=product_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.products.update_product', method='PUT', path='/goods/{location_id}/{product_id}', summary='Edit Products', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='product_id', python_name='product_id', location='path', required=True, type='integer')), body='json', body_required=True, answer='envelope', data='object', items='', model='Good', paging='')  # fmt: skip
