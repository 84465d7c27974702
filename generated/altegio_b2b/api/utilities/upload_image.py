import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.image import Image
from ...models.upload_image_body import UploadImageBody


def build_request(
    entity: str,
    *,
    body: UploadImageBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/images/{entity}".format(
            entity=_types.path_segment(entity, "entity"),
        ),
    }

    if isinstance(body, dict):
        body = UploadImageBody.from_dict(body)
    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> Image | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""
    response_200 = _types.parse_model(Image, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    entity: str,
    *,
    body: UploadImageBody | dict[str, Any],
) -> Image | None:
    """Image upload

     The response object has the following fields:

    Args:
        entity (str):
        body (UploadImageBody):

    Returns the answer's data (Image); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            entity=entity,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.utilities.upload_image', method='POST', path='/images/{entity}', summary='Image upload', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='entity', python_name='entity', location='path', required=True, type='string'),), body='multipart', body_required=True, answer='bare', data='object', items='', model='Image', paging='')  # fmt: skip
