"""Keeping tokens and passwords out of errors: token checks, and redaction of every error field.

Altegio sometimes echoes what it was sent (a token in a message, the password in
``meta.errors``). Every error the client raises passes :func:`redact` first, which replaces each
secret everywhere the error holds text: its message and args, ``message``, ``errors``, ``meta``,
``body``/``json`` and the body excerpt, which is cut only after the secrets are gone.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["MASK", "check_token", "redact", "redacted_request", "scrub", "spellings"]

MASK = "***"


def check_token(name: str, token: object, *, optional: bool = False) -> None:
    """ValueError unless ``token`` is printable ASCII without ``,`` (what an Authorization header carries).

    The message says what is wrong and where, never the token itself.
    """
    if optional and token is None:
        return
    if not isinstance(token, str) or not token.strip():
        raise ValueError(f"{name} must be a non-empty string")
    if token != token.strip():
        raise ValueError(f"{name} must not start or end with whitespace")
    for position, char in enumerate(token):
        if not " " <= char <= "~":
            what = "a control character" if ord(char) < 32 or ord(char) == 127 else "a non-ASCII character"
            raise ValueError(f"{name} holds {what} at position {position}: tokens are printable ASCII")
        if char == ",":
            raise ValueError(f"{name} holds ',' at position {position}, which the Authorization header cannot carry")


def scrub(value: Any, secrets: Iterable[str]) -> Any:
    """``value`` with every secret replaced by ``***``, in strings, dicts and lists at any depth.

    Iterative, so a hostile answer nested thousands of levels deep is scrubbed too.
    """
    secrets = [s for s in secrets if s]

    def text(item: str) -> str:
        for secret in secrets:
            item = item.replace(secret, MASK)
        return item

    if not secrets:
        return value
    if isinstance(value, str):
        return text(value)
    if not isinstance(value, (dict, list, tuple)):
        return value
    root: list[Any] = [None]
    stack: list[tuple[Any, Any, Any]] = [(value, root, 0)]  # (source, container to fill, key in it)
    while stack:
        source, container, key = stack.pop()
        if isinstance(source, str):
            container[key] = text(source)
        elif isinstance(source, dict):
            copy: dict[Any, Any] = {}
            container[key] = copy
            for k, v in source.items():
                new_key = text(k) if isinstance(k, str) else k
                copy[new_key] = None
                stack.append((v, copy, new_key))
        elif isinstance(source, (list, tuple)):
            items: list[Any] = [None] * len(source)
            container[key] = items
            stack.extend((v, items, i) for i, v in enumerate(source))
            if isinstance(source, tuple):
                stack.insert(0, (_Freeze(items), container, key))  # turned back into a tuple last
        elif isinstance(source, _Freeze):
            container[key] = tuple(source.items)
        else:
            container[key] = source
    return root[0]


class _Freeze:
    __slots__ = ("items",)

    def __init__(self, items: list[Any]) -> None:
        self.items = items


def spellings(secrets: Iterable[str]) -> list[str]:
    """Each secret as given and as JSON writes it (a password with a quote or non-ASCII letters)."""
    import json

    out: list[str] = []
    for secret in secrets:
        if not secret:
            continue
        for form in (secret, json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1]):
            if form not in out:
                out.append(form)
    return sorted(out, key=len, reverse=True)


def redacted_request(request: Any, secrets: Iterable[str]) -> Any:
    """A copy of a :class:`~altegio_async.wire.Request` with its ``Authorization`` masked and secrets
    scrubbed from its body (and its URL).

    Errors keep this copy, so neither ``exc.request`` nor ``exc.response.request`` holds a token
    or the login password.
    """
    from .wire import Headers, Request

    if not isinstance(request, Request) or request.extensions.get("altegio_redacted"):
        return request
    spelled = spellings(secrets)
    headers = Headers([(k, MASK if k.lower() == "authorization" else v) for k, v in request.headers.multi_items()])
    content = request.content
    if content:
        text = content.decode("utf-8", "replace")
        scrubbed = scrub(text, spelled)
        if scrubbed != text:
            content = scrubbed.encode("utf-8")
    copy = Request(request.method, scrub(request.url, spelled), headers, content)
    copy.extensions["altegio_redacted"] = True
    return copy


def redact(exc: BaseException, secrets: Iterable[str]) -> None:
    """Remove ``secrets`` from every text an error holds (message, fields, body, excerpt, request)."""
    secrets = spellings(secrets)
    if not secrets:
        return
    if getattr(exc, "request", None) is not None:
        exc.request = redacted_request(exc.request, secrets)  # type: ignore[attr-defined]
    answer = getattr(exc, "response", None)
    if answer is not None and getattr(answer, "request", None) is not None:
        answer.request = redacted_request(answer.request, secrets)
    args = list(exc.args)
    response = getattr(exc, "response", None)
    try:
        body_text = response.text if response is not None else ""
    except Exception:  # not decodable as text: look at everything
        body_text = None
    if body_text is not None:
        haystack = body_text + "".join(str(a) for a in args) + str(getattr(exc, "message", ""))
        if not any(secret in haystack for secret in secrets):
            return  # the common case: nothing to remove, no walk through the body
    old_excerpt = getattr(exc, "excerpt", None)
    if isinstance(old_excerpt, str) and response is not None:
        try:
            new_excerpt = scrub(response.text, secrets)[:200]  # redact first, then cut
        except Exception:  # a body that cannot be read as text keeps the redacted excerpt
            new_excerpt = scrub(old_excerpt, secrets)
        exc.excerpt = new_excerpt  # type: ignore[attr-defined]
        args = [a.replace(repr(old_excerpt), repr(new_excerpt)) if isinstance(a, str) else a for a in args]
    exc.args = tuple(scrub(a, secrets) for a in args)
    for field in ("message", "errors", "meta", "body", "json"):
        if hasattr(exc, field):
            setattr(exc, field, scrub(getattr(exc, field), secrets))
