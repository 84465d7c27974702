import sys
from typing import Any, cast

from ... import types as _types
from ...models.create_tag_response import CreateTagResponse
from ...models.label import Label
from ...types import UNSET, Unset


def build_request(
    location_id: int,
    *,
    color: str,
    entity: float | Unset = UNSET,
    icon: str | Unset = UNSET,
    title: str,
) -> dict[str, Any]:
    """The request as keyword arguments for ``httpx.AsyncClient.build_request`` (method, url, params, body).

    Read by the client's one call path; raises ``ValueError`` for a path value that cannot be sent.
    """

    params: dict[str, Any] = {}

    params["color"] = color

    params["entity"] = entity

    params["icon"] = icon

    params["title"] = title

    params = _types.query_params(params)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/labels/{location_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(data: Any) -> CreateTagResponse | None:
    """The documented success answer built from its decoded JSON ``data`` (the whole body).

    Lenient like every parser here: a value that does not fit its field stays as it came.
    """
    response_200 = _types.parse_model(CreateTagResponse, data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    *,
    color: str,
    entity: float | Unset = UNSET,
    icon: str | Unset = UNSET,
    title: str,
) -> Label | None:
    """Create a Tag (Deprecated)

    Args:
        location_id (int):
        color (str):
        entity (float | Unset):
        icon (str | Unset):
        title (str):

    Raises:
        altegio_async.AltegioError: the typed error of whatever went wrong (sent through the client's
            one call path: retries, rate limits, deadlines and size caps included).

    Returns:
        Label | None: the answer's data.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            color=color,
            entity=entity,
            icon=icon,
            title=title,
        ),
    )
