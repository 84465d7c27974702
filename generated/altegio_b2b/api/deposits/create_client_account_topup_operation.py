import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.create_client_account_topup_operation_body import CreateClientAccountTopupOperationBody
from ...models.deposits_operation import DepositsOperation
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    body: CreateClientAccountTopupOperationBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/deposits_operations/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    if isinstance(body, dict):
        body = CreateClientAccountTopupOperationBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> DepositsOperation | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> DepositsOperation | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(DepositsOperation, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(DepositsOperation | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    body: CreateClientAccountTopupOperationBody | Unset | dict[str, Any] = UNSET,
) -> DepositsOperation | None:
    """Create a client account topup operation

     Creating a transaction with a client account involves creating a document, a transaction with a
    client account, and a financial transaction within a single API request.

    Args:
        location_id (int):
        body (CreateClientAccountTopupOperationBody | Unset):

    Returns the answer's data (DepositsOperation | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.deposits.create_client_account_topup_operation', method='POST', path='/deposits_operations/{location_id}', summary='Create a client account topup operation', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'),), body='json', body_required=False, answer='envelope', data='object', items='', model='DepositsOperation', paging='')  # fmt: skip
