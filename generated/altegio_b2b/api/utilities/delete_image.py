import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.delete_image_body import DeleteImageBody


def build_request(
    entity: str,
    *,
    body: DeleteImageBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/images/{entity}".format(
            entity=_types.path_segment(entity, "entity"),
        ),
    }

    if isinstance(body, dict):
        body = DeleteImageBody.from_dict(body)
    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


async def asyncio(
    client: _types.Caller,
    entity: str,
    *,
    body: DeleteImageBody | dict[str, Any],
) -> Any | None:
    """Deleting images

     The response object has the following fields:

    Args:
        entity (str):
        body (DeleteImageBody):

    Returns the answer's data (Any); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            entity=entity,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.utilities.delete_image', method='DELETE', path='/images/{entity}', summary='Deleting images', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='entity', python_name='entity', location='path', required=True, type='string'),), body='multipart', body_required=True, answer='none', data='any', items='', model='', paging='')  # fmt: skip
