import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.abonement import Abonement
from ...types import UNSET, Unset


def build_request(
    *,
    company_group_id: int | Unset = UNSET,
    company_id: int,
    phone: str,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["company_group_id"] = company_group_id

    params["company_id"] = company_id

    params["phone"] = phone

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/loyalty/abonements",
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[Abonement] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[Abonement] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(Abonement, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[Abonement] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    *,
    company_group_id: int | Unset = UNSET,
    company_id: int,
    phone: str,
) -> list[Abonement] | None:
    """Get Client Memberships

     Returns memberships found by client phone at the specified Location. Requires the authenticated
    Business User to have Loyalty access at that Location. `company_group_id` can narrow results to a
    Chain. Each membership includes its number, type, creation time, and `goods_transaction_id` when
    linked to a goods transaction. `created_date` is membership creation time, not a guaranteed sale
    date. The type's `cost` is a current type price, not proof of the amount paid or the nominal price
    at purchase. Follow a nonzero `goods_transaction_id` through `GET
    /storage_operations/goods_transactions/{location_id}/{transaction_id}` to obtain its `document_id`,
    then use `GET /transactions/{location_id}` with `document_id` to inspect recorded payments. The
    response does not include a purchase receipt or a verified paid total.

    Args:
        company_group_id (int | Unset):
        company_id (int):
        phone (str):

    Returns the answer's data (list[Abonement] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            company_group_id=company_group_id,
            company_id=company_id,
            phone=phone,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.subscriptions_certificates.get_client_memberships', method='GET', path='/loyalty/abonements', summary='Get Client Memberships', auth='user', query=('company_group_id', 'company_id', 'phone'), deprecated=False, status=200, parameters=(_Parameter(name='company_group_id', python_name='company_group_id', location='query', required=False, type='integer'), _Parameter(name='company_id', python_name='company_id', location='query', required=True, type='integer'), _Parameter(name='phone', python_name='phone', location='query', required=True, type='string')), body='none', body_required=False, answer='envelope', data='array', items='object', model='Abonement', paging='')  # fmt: skip
