import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.abonement_type import AbonementType


def build_request(
    chain_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chain/{chain_id}/loyalty/abonement_types".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[AbonementType] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[AbonementType] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(AbonementType, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[AbonementType] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    chain_id: int,
) -> list[AbonementType] | None:
    """List membership types

     Retrieves all membership types available in the chain.

    Args:
        chain_id (int):

    Returns the answer's data (list[AbonementType] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.chain_loyalty_programs.chain_loyalty_membership_types_list', method='GET', path='/chain/{chain_id}/loyalty/abonement_types', summary='List membership types', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='chain_id', python_name='chain_id', location='path', required=True, type='integer'),), body='none', body_required=False, answer='envelope', data='array', items='object', model='AbonementType', paging='')  # fmt: skip
