import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.tax_system import TaxSystem


def build_request(
    country_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integration/kkm/references/tax_system/{country_id}".format(
            country_id=_types.path_segment(country_id, "country_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[TaxSystem] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[TaxSystem] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(TaxSystem, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[TaxSystem] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    country_id: int,
) -> list[TaxSystem] | None:
    """List request example

     A list of **tax systems** and **VAT** available for a country can be obtained by requesting the
    country ID for which the list is to be obtained. The country ID can be obtained from [list of
    countries](#countries). The list is an array of [tax systems](#fiscalization-tax) with a nested
    [VAT](#fiscalization-vat) array for each tax system. **The taxation system** has the following
    structure: | Field | Type | Description | | -----------------| ---------------- |
    ----------------------- | | title | string | Name of taxation system | | slug | string | Code name
    for the taxation system | | vats | Array of objects([Vat](#fiscalization-vat)[]) | List of available
    VAT for the taxation system | <a name="fiscalization-vat"></a> **VAT** has the following structure:
    | Field | Type | Description | | -----------------| ---------------- | ----------------------- | |
    title | string | Title VAT | | slug | string | Code name VAT |

    Args:
        country_id (int):

    Returns the answer's data (list[TaxSystem] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            country_id=country_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.fiscalization.get_tax_system_list', method='GET', path='/integration/kkm/references/tax_system/{country_id}', summary='List request example', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='country_id', python_name='country_id', location='path', required=True, type='integer'),), body='none', body_required=False, answer='envelope', data='array', items='object', model='TaxSystem', paging='')  # fmt: skip
