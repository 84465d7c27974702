"""Keeping tokens and passwords out of errors: token checks, and redaction of every error field.

Altegio sometimes echoes what it was sent (a token in a message, the password in
``meta.errors``). Every error the client raises passes :func:`redact` first, which replaces each
secret everywhere the error holds text: its message and args, ``message``, ``errors``, ``meta``,
``body``/``json`` and the body excerpt, which is cut only after the secrets are gone.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["MASK", "check_token", "redact", "scrub"]

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


def redact(exc: BaseException, secrets: Iterable[str]) -> None:
    """Remove ``secrets`` from every text an error holds (message, fields, body, excerpt)."""
    secrets = [s for s in secrets if s]
    if not secrets:
        return
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
