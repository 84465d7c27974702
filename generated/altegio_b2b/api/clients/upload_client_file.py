import sys
from typing import Any, cast

from altegio_async.descriptor import Operation as _Operation
from altegio_async.descriptor import Parameter as _Parameter

from ... import types as _types
from ...models.file import File
from ...models.upload_client_file_body import UploadClientFileBody


def build_request(
    location_id: int,
    client_id: int,
    *,
    body: UploadClientFileBody | dict[str, Any],
) -> dict[str, Any]:
    """The request (method, url, params, body) as ``httpx.AsyncClient.build_request`` takes it."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/clients/files/{client_id}".format(
            location_id=_types.path_segment(location_id, "location_id"),
            client_id=_types.path_segment(client_id, "client_id"),
        ),
    }

    if isinstance(body, dict):
        body = UploadClientFileBody.from_dict(body)
    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(data: Any) -> list[File] | None:
    """The answer's data built from decoded JSON, leniently (what does not fit stays as it came)."""

    def _parse_response_200(data: object) -> list[File] | None:
        if data is None:
            return data
        try:
            if not (isinstance(data, list) or data == {}):
                raise TypeError()
            response_200_type_0 = _types.parse_model_list(File, data)

            if response_200_type_0 is data:  # kept raw: this variant does not fit
                raise TypeError()
            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        # No variant fits (or the value is a plain JSON type): keep it as it came.
        return cast(list[File] | None, data)

    response_200 = _parse_response_200(data)

    return response_200


async def asyncio(
    client: _types.Caller,
    location_id: int,
    client_id: int,
    *,
    body: UploadClientFileBody | dict[str, Any],
) -> list[File] | None:
    """Upload a completed document to a client card

     Uploads one completed file as multipart form data under the field name `file`. Requires
    `clients_access` and `client_files_upload_access`. The Location client must match the path. Accepted
    filename extensions are jpeg, jpg, png, gif, doc, docx, pdf, xls, xlsx, and txt (also uppercase);
    the file must be smaller than 12 MiB. A successful upload also creates a `type: file` entry in the
    client comment history. The response returns the current complete file list, not only the newly
    uploaded file.

    Args:
        location_id (int):
        client_id (int):
        body (UploadClientFileBody):

    Returns the answer's data (list[File] | None); raises altegio_async.AltegioError.
    """

    return cast(
        Any,
        await client.call(
            cast(Any, sys.modules[__name__]),
            location_id=location_id,
            client_id=client_id,
            body=body,
        ),
    )


OPERATION = _Operation(module='altegio_b2b.api.clients.upload_client_file', method='POST', path='/company/{location_id}/clients/files/{client_id}', summary='Upload a completed document to a client card', auth='user', query=(), deprecated=False, status=200, parameters=(_Parameter(name='location_id', python_name='location_id', location='path', required=True, type='integer'), _Parameter(name='client_id', python_name='client_id', location='path', required=True, type='integer')), body='multipart', body_required=True, answer='envelope', data='array', items='object', model='File', paging='')  # fmt: skip
