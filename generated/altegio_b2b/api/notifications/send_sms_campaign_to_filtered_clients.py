import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.send_sms_campaign_to_filtered_clients_body import SendSmsCampaignToFilteredClientsBody
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    body: SendSmsCampaignToFilteredClientsBody | Unset | dict[str, Any] = UNSET,
    email: str | Unset = UNSET,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["email"] = email

    params["fullname"] = fullname

    params["phone"] = phone

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/clients/by_filter/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    if isinstance(body, dict):
        body = SendSmsCampaignToFilteredClientsBody.from_dict(body)
    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = _types.to_json(body)

    # An optional body left out: nothing is sent, and no Content-Type either.
    if not isinstance(body, Unset):
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
    body: SendSmsCampaignToFilteredClientsBody | Unset | dict[str, Any] = UNSET,
    email: str | Unset = UNSET,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
) -> None:
    """Send SMS campaigns to customers matching the filters

     The object for creating SMS mailing has the following fields: | Field | Type | Description | |
    ------------- | ------------- | ------------- | | text | string | SMS text message | #### Client
    filtering + fullname:'Joh' (optional, string) - Name (part of name) to filter clients + phone:'1315'
    (optional, string) - Phone (part of the number) to filter clients + email:'test@' (optional, string)
    - Email (part) for client filtering + card:'5663rt' (optional, string) - Card (part) to filter
    customers by loyalty card number Attention: If there are no filters, SMS mailing will go to the
    entire database!

    Args:
        location_id (int):
        email (str | Unset):
        fullname (str | Unset):
        phone (str | Unset):
        body (SendSmsCampaignToFilteredClientsBody | Unset): Send SMS campaigns to customers
            matching the filters

    Returns the answer's data (None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            body=body,
            email=email,
            fullname=fullname,
            phone=phone,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.notifications.send_sms_campaign_to_filtered_clients', method='POST', path='/sms/clients/by_filter/{location_id}', summary='Send SMS campaigns to customers matching the filters', auth='user', query=('email', 'fullname', 'phone'), deprecated=False, status=201, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='email', python_name='email', location='query', required=False, type='string'), _Parameter(name='fullname', python_name='fullname', location='query', required=False, type='string'), _Parameter(name='phone', python_name='phone', location='query', required=False, type='string')), body='json', body_required=False, answer='envelope', data='any', items='', model='', paging='')  # fmt: skip
