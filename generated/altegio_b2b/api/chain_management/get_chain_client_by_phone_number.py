import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.get_chain_client_by_phone_number_client import GetChainClientByPhoneNumberClient


def build_request(
    chain_id: int,
    *,
    phone: str,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["phone"] = phone

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/group/{chain_id}/clients".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> GetChainClientByPhoneNumberClient | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> GetChainClientByPhoneNumberClient | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(GetChainClientByPhoneNumberClient, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(GetChainClientByPhoneNumberClient | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    chain_id: int,
    *,
    phone: str,
) -> GetChainClientByPhoneNumberClient | None:
    """Get a chain client by phone number.

     + Parameter + group_id (required, number, `43877`) - ID of the location chain #### Client filtering
    + phone:'+13155550175' (optional, string) - Phone to filter clients

    Args:
        chain_id (int):
        phone (str):

    Returns the answer's data (GetChainClientByPhoneNumberClient | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
            phone=phone,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.chain_management.get_chain_client_by_phone_number', method='GET', path='/group/{chain_id}/clients', summary='Get a chain client by phone number.', auth='user', query=('phone',), deprecated=False, status=200, parameters=(_Parameter(name='chain_id', python_name='chain_id', location='path', required=True, type='integer'), _Parameter(name='phone', python_name='phone', location='query', required=True, type='string')), body='none', body_required=False, answer='envelope', data='object', items='', model='GetChainClientByPhoneNumberClient', paging='')  # fmt: skip
