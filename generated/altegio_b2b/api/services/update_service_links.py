import sys
from typing import Any, cast

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

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        None | UpdateServiceLinksResponse200Type0: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            body=body,
        ),
    )
