import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.send_email_newsletter_to_clients_body import SendEmailNewsletterToClientsBody


def build_request(
    location_id: int,
    *,
    body: SendEmailNewsletterToClientsBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/email/clients/by_id/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
    }

    if isinstance(body, dict):
        body = SendEmailNewsletterToClientsBody.from_dict(body)
    _kwargs["json"] = _types.to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_201 = cast(None, data)
    return response_201


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    body: SendEmailNewsletterToClientsBody | dict[str, Any],
) -> None:
    """Send Email newsletter according to the list of clients

     The object for creating an Email campaign has the following fields: | Field | Type | Description | |
    ------------- | ------------- | ------------- | | client_ids | array of numbers | Array of client
    IDs | | text | string | Text Email Message | | subject | string | Email Subject |

    Args:
        location_id (int):
        body (SendEmailNewsletterToClientsBody): Send Email newsletter according to the list of
            clients

    Returns the answer's data (None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.notifications.send_email_newsletter_to_clients', method='POST', path='/email/clients/by_id/{location_id}', summary='Send Email newsletter according to the list of clients', auth='user', query=(), deprecated=False, status=201, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'),), body='json', body_required=True, answer='envelope', data='any', items='', model='', paging='')  # fmt: skip
