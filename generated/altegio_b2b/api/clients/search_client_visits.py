import sys
from typing import Any, cast

from ... import types as _types
from ...models.search_client_visits_body import SearchClientVisitsBody
from ...models.search_client_visits_response import SearchClientVisitsResponse
from ...models.visit import Visit
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    body: SearchClientVisitsBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/clients/visits/search".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    if isinstance(body, dict):
        body = SearchClientVisitsBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> SearchClientVisitsResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(SearchClientVisitsResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    body: SearchClientVisitsBody | Unset | dict[str, Any] = UNSET,
) -> None | Visit | None:
    """Search by customer history

     Displays the client’s visit history.This method returns the client’s appointment and product
    purchase history, grouped by visit. Data is filtered based on visit status and paid status. The
    client is identified using either the client_id or client_phone parameter. All other parameters are
    optional. Results are sorted by visit date and paginated in batches of 25 items. If multiple visits
    share the same date as the last item on the page, they will be included on the current page to
    ensure complete grouping. To retrieve the next page, use the from and to values provided in the meta
    field of the current response.

    Args:
        location_id (int):
        body (SearchClientVisitsBody | Unset):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        None | Visit: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            body=body,
        ),
    )
