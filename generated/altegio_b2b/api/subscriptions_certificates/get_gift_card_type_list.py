import sys
from typing import Any, cast

from ... import types as _types
from ...models.certificate_type import CertificateType
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    title: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["title"] = title

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/loyalty/certificate_types/search".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> list[CertificateType] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[CertificateType] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()

            def _parse_response_200_type_0_item(response_200_type_0_item_data: Any) -> Any:
                response_200_type_0_item = _types.parse_model(CertificateType, response_200_type_0_item_data)

                return response_200_type_0_item

            response_200_type_0 = _types.parse_list(data, _parse_response_200_type_0_item)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[CertificateType] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    title: str | Unset = UNSET,
) -> list[CertificateType] | None:
    """Get a List of Available Gift Card Types

     A list of **gift card types** available at a location can be obtained by querying the location ID.
    The list can be filtered by the name of the gift card type by passing the title parameter.
    Pagination is supported, specified by the `page` and `page_size` parameters.

    Args:
        location_id (int):
        page (int | Unset):
        page_size (int | Unset):
        title (str | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        list[CertificateType] | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            page=page,
            page_size=page_size,
            title=title,
        ),
    )
