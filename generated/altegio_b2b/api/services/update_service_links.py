import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.update_service_links_body import UpdateServiceLinksBody
from ...models.update_service_links_response_200_type_0 import UpdateServiceLinksResponse200Type0


def build_request(
    location_id: int,
    *,
    body: UpdateServiceLinksBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/services/links".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    if isinstance(body, dict):
        body = UpdateServiceLinksBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> None | UpdateServiceLinksResponse200Type0 | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> None | UpdateServiceLinksResponse200Type0:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(UpdateServiceLinksResponse200Type0, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(None | UpdateServiceLinksResponse200Type0, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    body: UpdateServiceLinksBody | dict[str, Any],
) -> None | UpdateServiceLinksResponse200Type0 | None:
    """Update service links

     Updates service configuration including: - Team member assignments with custom duration and pricing
    - Tech cards (technological cards) for each team member - Required resources for the service -
    Service name translations for different languages

    Args:
        location_id (int):
        body (UpdateServiceLinksBody):

    Returns the answer's data (None | UpdateServiceLinksResponse200Type0); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.services.update_service_links', method='POST', path='/company/{location_id}/services/links', summary='Update service links', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'),), body='json', body_required=True, answer='envelope', data='object', items='', model='', paging='')  # fmt: skip
