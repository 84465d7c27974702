import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.certificate import Certificate


def build_request(
    *,
    copmany_id: int,
    phone: float,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["copmany_id"] = copmany_id

    params["phone"] = phone

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/loyalty/certificates",
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[Certificate] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Certificate] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(Certificate, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Certificate] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    *,
    copmany_id: int,
    phone: float,
) -> list[Certificate] | None:
    """Get client gift cards

     Returns a list of client gift cards by phone

    Args:
        copmany_id (int):
        phone (float):

    Returns the answer's data (list[Certificate] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            copmany_id=copmany_id,
            phone=phone,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.subscriptions_certificates.get_client_gift_cards', method='GET', path='/loyalty/certificates', summary='Get client gift cards', auth='partner', query=('copmany_id', 'phone'), deprecated=False, status=200, parameters=(_Parameter(name='copmany_id', python_name='copmany_id', location='query', required=True, type='integer'), _Parameter(name='phone', python_name='phone', location='query', required=True, type='number')), body='none', body_required=False, answer='envelope', data='array', items='object', model='Certificate', paging='')  # fmt: skip
