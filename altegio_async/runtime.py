"""The generated client's runtime, hand-written: shared types, and the lenient helpers it parses with.

``altegio_b2b.types`` re-exports this module; the generated operation modules and models import
it from there (where the generator's own templates expect it).

Real answers drift from their description: an enum value added later, ``""`` where a date
is declared, ``null`` or ``[]`` where an object is, ``{}`` where a list is. The helpers below
parse what fits and keep anything else as the raw JSON value, so no data is dropped and the
value serialises back to what the server sent.
"""

import datetime
import enum
import json
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, Protocol, SupportsIndex, TypeVar
from urllib.parse import quote

from attrs import define
from dateutil.parser import isoparse


class Unset:
    """The value of a field or parameter that was not given (unlike ``None``, which is sent)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class Caller(Protocol):
    """What an operation's ``asyncio(client, ...)`` sends through: an ``altegio_async.AltegioClient``.

    The raw layer has no HTTP client of its own: every operation goes out through the client's
    one call path (authentication, rate limits, retries, deadlines, size caps, typed errors).
    """

    async def call(self, op: Any, /, *args: Any, **kwargs: Any) -> Any: ...


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Any: ...


def http_status(code: int) -> HTTPStatus | int:
    """``HTTPStatus(code)``, or the plain number for a code Python does not know (e.g. 520)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def path_segment(value: Any, name: str) -> str:
    """``value`` as one escaped path segment: ``/``, ``?``, ``#`` and ``%`` are escaped, and a
    value of ``.`` or ``..`` cannot climb the path. An empty value is refused (ValueError)."""
    if type(value) is int:  # an id: nothing to escape
        return str(value)
    text = _wire_text(value) or (value.isoformat() if isinstance(value, datetime.date) else str(value))
    if not text:
        raise ValueError(f"path parameter {name!r} must not be empty")
    escaped = quote(text, safe="")
    if escaped in (".", ".."):
        escaped = escaped.replace(".", "%2E")
    return escaped


def decode_json(response: Any) -> Any:
    """The JSON body of ``response`` (anything with ``content`` bytes); ``None`` for an empty body.
    Invalid JSON raises ValueError."""
    if not response.content.strip():
        return None
    return json.loads(response.content, parse_constant=_refuse_constant)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def decode_json_or_none(response: Any) -> Any:
    """Like :func:`decode_json`, but ``None`` when the body is not JSON (an HTML error page)."""
    try:
        return decode_json(response)
    except ValueError:
        return None


_MISFITS = (KeyError, TypeError, ValueError, AttributeError)
"""What a generated ``from_dict`` raises for an object that does not fit its model."""


def parse_model(cls: type[_FromDict], data: Any) -> Any:
    """``cls.from_dict(data)`` when ``data`` is an object that fits; anything else is kept as it came.

    An object that lacks a required field (or is not the declared shape at all, such as a bare
    object where an envelope is declared) is returned unchanged rather than raising.
    """
    if type(data) is dict or isinstance(data, Mapping):  # decoded JSON is a dict: no ABC check
        try:
            return cls.from_dict(data)
        except _MISFITS:
            return data
    return data


def parse_enum(cls: type[E], data: Any) -> Any:
    """The enum member for ``data``; an unknown value of the right type becomes a new member."""
    try:
        return cls(data)
    except (ValueError, TypeError):
        return data


class WireDate(datetime.date):
    """A ``datetime.date`` read from text, which it keeps: serialised again, it is that text.

    Altegio spells dates in more than one way; a value read from an answer (or given as a
    string by the caller) goes back out byte for byte. A new value (``replace``, arithmetic)
    is a plain date and is spelled afresh.
    """

    wire: str | None = None

    @classmethod
    def from_text(cls, text: str) -> "WireDate":
        """Parse ``text`` (``YYYY-MM-DD``); ValueError when it is not a date."""
        parsed = datetime.date.fromisoformat(text)
        value = cls(parsed.year, parsed.month, parsed.day)
        value.wire = text
        return value

    def __reduce_ex__(self, protocol: SupportsIndex) -> Any:
        # datetime's own reduce forgets the text; copy, deepcopy and pickle keep it.
        if self.wire is None:
            return super().__reduce_ex__(protocol)
        return (WireDate.from_text, (self.wire,))


class WireDateTime(datetime.datetime):
    """A ``datetime.datetime`` read from text, which it keeps: serialised again, it is that text.

    ``2025-08-05 05:30:54`` and ``2021-05-08T21:39:24+0400`` both read as datetimes and both go
    back out exactly as they came. A new value (``replace``, arithmetic) is spelled afresh.
    """

    wire: str | None = None

    @classmethod
    def from_text(cls, text: str) -> "WireDateTime":
        """Parse ISO 8601 text (any date/time separator); ValueError when it is not a date-time."""
        try:
            # The standard library reads every spelling Altegio uses (3.11+), about thirty times
            # faster than dateutil; dateutil reads what it does not.
            parsed = datetime.datetime.fromisoformat(text)
        except ValueError:
            try:
                parsed = isoparse(text)
            except OverflowError as exc:
                raise ValueError(str(exc)) from None
        value = cls(
            parsed.year,
            parsed.month,
            parsed.day,
            parsed.hour,
            parsed.minute,
            parsed.second,
            parsed.microsecond,
            tzinfo=parsed.tzinfo,
            fold=parsed.fold,
        )
        value.wire = text
        return value

    def __reduce_ex__(self, protocol: SupportsIndex) -> Any:
        # datetime's own reduce forgets the text; copy, deepcopy and pickle keep it.
        if self.wire is None:
            return super().__reduce_ex__(protocol)
        return (WireDateTime.from_text, (self.wire,))


def parse_date(data: Any) -> Any:
    """A date (remembering its text) from an ISO date string; anything else is kept as it came."""
    if isinstance(data, str):
        try:
            return WireDate.from_text(data)
        except ValueError:
            return data
    return data


def parse_datetime(data: Any) -> Any:
    """A datetime (remembering its text) from an ISO 8601 string; anything else is kept as it came."""
    if isinstance(data, str) and data:
        try:
            return WireDateTime.from_text(data)
        except ValueError:
            return data
    return data


def _wire_text(value: Any) -> str | None:
    """The text a date or datetime was read from, if it still holds it (``replace`` drops it)."""
    wire = getattr(value, "wire", None)
    return wire if isinstance(wire, str) else None


def datetime_json(value: Any, spelling: str = "iso") -> Any:
    """A datetime as Altegio reads it: the text it came from, else in the operation's spelling.

    ``spelling`` is ``"iso"`` (ISO 8601, ``2026-09-21T23:00:00+00:00``) or ``"ymd_his"``
    (``2026-09-21 23:00:00``), decided when the client was generated from the documentation.
    A value that is not a datetime (a string given for it, say) goes out unchanged.
    """
    wire = _wire_text(value)
    if wire is not None:
        return wire
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S") if spelling == "ymd_his" else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return to_json(value)


def date_json(value: Any) -> Any:
    """A date as Altegio reads it: the text it came from, else ``YYYY-MM-DD``."""
    wire = _wire_text(value)
    if wire is not None:
        return wire
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return to_json(value)


def parse_list(data: Any, parse_item: Callable[[Any], Any]) -> Any:
    """Each item parsed when ``data`` is a list (``{}`` counts as an empty list); else raw."""
    if isinstance(data, list):
        return [parse_item(item) for item in data]
    if isinstance(data, Mapping) and not data:
        return []
    return data


def parse_model_list(cls: type[_FromDict], data: Any) -> Any:
    """Each item built as ``cls`` when ``data`` is a list (``{}`` counts as an empty list); else raw.

    The same as ``parse_list(data, lambda item: parse_model(cls, item))``, in one loop with two
    Python calls fewer per item: a page of models is the most common answer.
    """
    if isinstance(data, list):
        from_dict = cls.from_dict
        built: list[Any] = []
        for item in data:
            if type(item) is dict:
                try:
                    built.append(from_dict(item))
                except _MISFITS:
                    built.append(item)
            else:
                built.append(parse_model(cls, item))
        return built
    if isinstance(data, Mapping) and not data:
        return []
    return data


def parse_plain_list(data: Any) -> Any:
    """A list of plain JSON values, copied (``{}`` counts as an empty list); anything else raw."""
    if isinstance(data, list):
        return data.copy()
    if isinstance(data, Mapping) and not data:
        return []
    return data


def to_json(value: Any) -> Any:
    """The JSON form of a parsed value: models, enums and dates back to what was sent."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.date, datetime.datetime)):
        wire = _wire_text(value)
        return wire if wire is not None else value.isoformat()
    if isinstance(value, list):
        return [to_json(item) for item in value]
    return value


def _query_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, enum.Enum):
        return _query_value(value.value)
    return value


def query_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """Query parameters as Altegio's PHP backend reads them.

    Unset and ``None`` values are left out; lists go out as ``name[]=1&name[]=2`` (a name that
    already ends in ``]`` is kept); booleans as ``1``/``0``.
    """
    out: dict[str, Any] = {}
    for name, value in params.items():
        if value is UNSET or value is None:
            continue
        if isinstance(value, (list, tuple)):
            key = name if name.endswith("]") else f"{name}[]"
            out[key] = [_query_value(item) for item in value]
        else:
            out[name] = _query_value(value)
    return out


__all__ = [
    "UNSET",
    "Caller",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "WireDate",
    "WireDateTime",
    "date_json",
    "datetime_json",
    "decode_json",
    "decode_json_or_none",
    "http_status",
    "parse_date",
    "parse_datetime",
    "parse_enum",
    "parse_list",
    "parse_model",
    "parse_model_list",
    "parse_plain_list",
    "path_segment",
    "query_params",
    "to_json",
]
