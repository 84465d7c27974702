"""What goes over the wire, as the client holds it: :class:`Request`, :class:`Response`, :class:`Headers`.

The client prepares a request once (method, the whole URL, headers, the body's bytes) and hands
it to a backend (``backends``); the backend gives back a status, headers and the body's raw
bytes, and the client keeps the final answer as a :class:`Response`. These are the objects
``Result.response``, an error's ``response``/``request`` and the event hooks see, whichever
backend sent them. Their names follow httpx's (``status_code``, ``headers``, ``content``,
``text``, ``json()``, ``request.url``), so code written against httpx's objects reads them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

__all__ = ["Headers", "Request", "Response"]


class Headers(Mapping[str, str]):
    """HTTP headers: looked up by any case, in the order they came, a name possibly repeated.

    ``headers["content-type"]``, ``headers.get("Retry-After")``; ``get_list(name)`` gives every
    value of a repeated name; ``multi_items()`` every ``(name, value)`` pair as sent. Looking up
    a repeated name gives its values joined by ``", "`` (as httpx does).
    """

    __slots__ = ("_index", "_items")

    def __init__(self, items: Iterable[tuple[str, str]] | Mapping[str, str] = ()) -> None:
        pairs = items.items() if isinstance(items, Mapping) else items
        self._items: list[tuple[str, str]] = [(str(name), str(value)) for name, value in pairs]
        self._index: dict[str, str] | None = None

    @classmethod
    def _of(cls, items: list[tuple[str, str]]) -> Headers:
        """Headers over pairs already known to be strings (a backend's, the core's own): kept, not copied."""
        headers = cls.__new__(cls)
        headers._items = items
        headers._index = None
        return headers

    def _lookup(self) -> dict[str, str]:
        index = self._index
        if index is None:
            index = {}
            for name, value in self._items:
                key = name.lower()
                index[key] = f"{index[key]}, {value}" if key in index else value
            self._index = index
        return index

    def __getitem__(self, name: str) -> str:
        return self._lookup()[name.lower()]

    def get(self, name: str, default: Any = None) -> Any:
        """The value of ``name`` (any case), or ``default``."""
        return self._lookup().get(name.lower(), default)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._lookup()

    def __iter__(self) -> Iterator[str]:
        return iter(self._lookup())

    def __len__(self) -> int:
        return len(self._lookup())

    def get_list(self, name: str) -> list[str]:
        """Every value sent under ``name`` (any case), in order."""
        key = name.lower()
        return [value for item, value in self._items if item.lower() == key]

    def multi_items(self) -> list[tuple[str, str]]:
        """Every ``(name, value)`` pair, as sent."""
        return list(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Headers):
            return sorted((k.lower(), v) for k, v in self._items) == sorted((k.lower(), v) for k, v in other._items)
        if isinstance(other, Mapping):
            return self._lookup() == {str(k).lower(): v for k, v in other.items()}
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Headers({self._items!r})"


class Request:
    """A request as it was sent: method, the whole URL, headers and the body's bytes.

    Attributes:
        method: ``GET``, ``POST``, ... (upper case).
        url: the whole URL, query included.
        headers: the headers the client set (a backend adds ``Host`` and the length).
        content: the body (``b""`` for none).
        extensions: what a backend may read beside the request (``on_connection``: ``Backend.cancel_safe``).
    """

    __slots__ = ("_extensions", "content", "headers", "method", "url")

    def __init__(self, method: str, url: str, headers: Headers, content: bytes = b"") -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.content = content
        self._extensions: dict[str, Any] | None = None

    @property
    def extensions(self) -> dict[str, Any]:
        """What a backend may read beside the request (made on first use: most requests carry none)."""
        extensions = self._extensions
        if extensions is None:
            extensions = self._extensions = {}
        return extensions

    @property
    def path(self) -> str:
        """The URL's path (no query): what logs and error messages name."""
        return urlsplit(self.url).path

    def read(self) -> bytes:
        """The body (it is always in memory)."""
        return self.content

    def __repr__(self) -> str:
        return f"<Request [{self.method} {self.path}]>"


class Response:
    """A whole answer: status, headers and the body's bytes (decoded from any Content-Encoding).

    Attributes:
        status_code: the HTTP status.
        headers: the answer's headers.
        content: the body, decompressed.
        reason_phrase: the status line's text (``OK``); empty when the server sent none.
        http_version: ``HTTP/1.1`` (or what the backend reports).
        request: the request this answers (with its ``Authorization`` masked once an error holds it).
    """

    __slots__ = ("content", "headers", "http_version", "reason_phrase", "request", "status_code")

    def __init__(
        self,
        status_code: int,
        headers: Headers,
        content: bytes,
        *,
        request: Request | None = None,
        reason_phrase: str = "",
        http_version: str = "HTTP/1.1",
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.content = content
        self.request = request
        self.reason_phrase = reason_phrase
        self.http_version = http_version

    @property
    def url(self) -> str:
        """The request's URL (empty when the request is not kept)."""
        return self.request.url if self.request is not None else ""

    @property
    def is_success(self) -> bool:
        """Whether the status is 2xx."""
        return 200 <= self.status_code <= 299

    @property
    def encoding(self) -> str:
        """The charset the Content-Type names, else UTF-8."""
        content_type: str = self.headers.get("Content-Type", "")
        for part in content_type.split(";")[1:]:
            name, _, value = part.strip().partition("=")
            if name.lower() == "charset" and value:
                charset = value.strip("\"' ")
                try:
                    "".encode(charset)
                except LookupError:
                    break
                return charset
        return "utf-8"

    @property
    def text(self) -> str:
        """The body as text (undecodable bytes replaced)."""
        return self.content.decode(self.encoding, "replace")

    def json(self) -> Any:
        """The body decoded as JSON (ValueError when it is not)."""
        from ._json import loads

        return loads(self.content)

    def read(self) -> bytes:
        """The body (it is always read whole before a Response exists)."""
        return self.content

    def __repr__(self) -> str:
        return f"<Response [{self.status_code} {self.reason_phrase}]>".replace(" ]", "]")
