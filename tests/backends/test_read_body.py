"""The core's body reading: a body that arrived whole is taken at once, with the same cap and decoding."""

from __future__ import annotations

import gzip
from collections.abc import AsyncIterator

import pytest

from altegio_async import ResponseTooLargeError
from altegio_async._transport import read_body


class _Answer:
    """An answer whose body may have arrived whole already (``buffered``) or comes in ``chunks``."""

    status_code = 200
    reason_phrase = "OK"
    http_version = "HTTP/1.1"

    def __init__(self, chunks: list[bytes], *, buffered: bool, encoding: str | None = None) -> None:
        self.headers = [("Content-Encoding", encoding)] if encoding else []
        self._chunks = chunks
        self._buffered = buffered
        self.streamed = False

    def buffered_body(self) -> bytes | None:
        return b"".join(self._chunks) if self._buffered else None

    async def _stream(self) -> AsyncIterator[bytes]:
        self.streamed = True
        for chunk in self._chunks:
            yield chunk

    def aiter_raw(self) -> AsyncIterator[bytes]:
        return self._stream()

    async def aclose(self) -> None:
        return None


@pytest.mark.parametrize("buffered", [True, False])
async def test_a_body_is_the_same_whole_or_streamed(buffered: bool) -> None:
    answer = _Answer([b'{"success": ', b"true}"], buffered=buffered)
    assert await read_body(answer, 1000, "op") == b'{"success": true}'
    assert answer.streamed is not buffered


@pytest.mark.parametrize("buffered", [True, False])
async def test_the_size_cap_holds_for_a_body_that_arrived_whole(buffered: bool) -> None:
    answer = _Answer([b"x" * 600, b"y" * 600], buffered=buffered)
    with pytest.raises(ResponseTooLargeError):
        await read_body(answer, 1000, "op")


@pytest.mark.parametrize("buffered", [True, False])
async def test_an_encoded_body_that_arrived_whole_is_inflated_within_the_cap(buffered: bool) -> None:
    plain = b'{"data": "' + b"a" * 5000 + b'"}'
    packed = gzip.compress(plain)
    answer = _Answer([packed[:10], packed[10:]], buffered=buffered, encoding="gzip")
    assert await read_body(answer, 10_000, "op") == plain
    bomb = _Answer([gzip.compress(b"0" * 1_000_000)], buffered=buffered, encoding="gzip")
    with pytest.raises(ResponseTooLargeError):
        await read_body(bomb, 10_000, "op")
