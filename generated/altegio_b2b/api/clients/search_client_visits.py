import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.client_visit import ClientVisit
from ...models.search_client_visits_body import SearchClientVisitsBody
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    body: SearchClientVisitsBody | Unset | dict[str, Any] = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
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


def parse_success(data: Any) -> ClientVisit | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> ClientVisit | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_0 = _types.parse_model(ClientVisit, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(ClientVisit | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    body: SearchClientVisitsBody | Unset | dict[str, Any] = UNSET,
) -> ClientVisit | None:
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

    Returns the answer's data (ClientVisit | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.clients.search_client_visits', method='POST', path='/company/{location_id}/clients/visits/search', summary='Search by customer history', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'),), body='json', body_required=False, answer='envelope', data='object', items='', model='ClientVisit', paging='')  # fmt: skip
