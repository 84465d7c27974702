import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.notification_message_template_program import NotificationMessageTemplateProgram


def build_request(
    chain_id: int,
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chain/{chain_id}/loyalty/notification_message_templates/programs".format(
            chain_id=_types.path_segment(chain_id, "chain_id"),
        ),
    }

    return _kwargs


def parse_success(data: Any) -> list[NotificationMessageTemplateProgram] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model_list(NotificationMessageTemplateProgram, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    chain_id: int,
) -> list[NotificationMessageTemplateProgram] | None:
    """Get a list of loyalty notification templates

    Args:
        chain_id (int):

    Returns the answer's data (list[NotificationMessageTemplateProgram]); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            chain_id=chain_id,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.chain_loyalty_programs.get_chain_loyalty_notification_template_list', method='GET', path='/chain/{chain_id}/loyalty/notification_message_templates/programs', summary='Get a list of loyalty notification templates', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='chain_id', python_name='chain_id', location='path', required=True, type='integer'),), body='none', body_required=False, answer='bare', data='array', items='object', model='NotificationMessageTemplateProgram', paging='')  # fmt: skip
