import sys
from typing import Any, cast

from ... import types as _types
from ...models.image import Image
from ...models.upload_image_body import UploadImageBody


def build_request(
    entity: str,
    *,
    body: UploadImageBody | dict[str, Any],
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """
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
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
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

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Image: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            entity=entity,
            body=body,
        ),
    )
