import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.create_inventory_operation_body import CreateInventoryOperationBody
from ...models.operation import Operation


def build_request(
    location_id: int,
    *,
    body: CreateInventoryOperationBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/storage_operations/operation/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    if isinstance(body, dict):
        body = CreateInventoryOperationBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> None | Operation | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> None | Operation:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(Operation, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(None | Operation, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    body: CreateInventoryOperationBody | dict[str, Any],
) -> None | Operation | None:
    """Create an inventory operation

     An inventory operation is created by submitting a document along with multiple product transactions
    in a single API request. If a payment type is specified, the corresponding financial transactions
    will be generated automatically.

    Args:
        location_id (int):
        body (CreateInventoryOperationBody): Create an inventory operation

    Returns the answer's data (None | Operation); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.inventory.create_inventory_operation', method='POST', path='/storage_operations/operation/{location_id}', summary='Create an inventory operation', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'),), body='json', body_required=True, answer='envelope', data='object', items='', model='Operation', paging='')  # fmt: skip
