import sys
from typing import Any, cast

from ... import types as _types
from ...models.update_service_links_body import UpdateServiceLinksBody
from ...models.update_service_links_response import UpdateServiceLinksResponse
from ...models.update_service_links_response_data_type_0 import UpdateServiceLinksResponseDataType0


def build_request(
    location_id: int,
    *,
    body: UpdateServiceLinksBody | dict[str, Any],
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
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


def parse_success(data: Any) -> UpdateServiceLinksResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(UpdateServiceLinksResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    body: UpdateServiceLinksBody | dict[str, Any],
) -> None | UpdateServiceLinksResponseDataType0 | None:
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
        None | UpdateServiceLinksResponseDataType0: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            body=body,
        ),
    )
