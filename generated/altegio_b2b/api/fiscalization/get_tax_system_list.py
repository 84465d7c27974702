import sys
from typing import Any, cast

from ... import types as _types
from ...models.get_tax_system_list_response import GetTaxSystemListResponse
from ...models.tax_system import TaxSystem


def build_request(
    country_id: int,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integration/kkm/references/tax_system/{country_id}".format(
            country_id=_types.path_segment(country_id, "country_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> GetTaxSystemListResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(GetTaxSystemListResponse, data)

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

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[TaxSystem] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            country_id=country_id,
        ),
    )
