import sys
from typing import Any, cast

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

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Any: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            entity=entity,
            body=body,
        ),
    )
