"""What a client, its scopes and its option views share: tokens, the HTTP client, the transport."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import AltegioError

if TYPE_CHECKING:
    import httpx

    from ._transport import Transport

__all__ = ["check_token"]


@dataclass
class _Session:
    """What a client, its scopes and its option views share."""

    partner_token: str
    user_token: str | None
    base_url: str
    http: httpx.AsyncClient
    owns_http: bool
    transport: Transport

    def redact(self, exc: AltegioError) -> None:
        """Remove the tokens from an error's text, should the server have echoed one."""
        secrets = [t for t in (self.partner_token, self.user_token) if t]
        text = str(exc)
        if not any(secret in text for secret in secrets):
            return
        for secret in secrets:
            text = text.replace(secret, "***")
        exc.args = (text,)
        if isinstance(getattr(exc, "message", None), str):
            message = exc.message  # type: ignore[attr-defined]
            for secret in secrets:
                message = message.replace(secret, "***")
            exc.message = message  # type: ignore[attr-defined]

    def authorization(self) -> str:
        if self.user_token:
            return f"Bearer {self.partner_token}, User {self.user_token}"
        return f"Bearer {self.partner_token}"


def check_token(name: str, token: object, *, optional: bool = False) -> None:
    """ValueError unless ``token`` is a non-empty string that fits in an Authorization header."""
    if optional and token is None:
        return
    if not isinstance(token, str) or not token.strip():
        raise ValueError(f"{name} must be a non-empty string")
    if any(c in token for c in "\r\n,"):
        raise ValueError(f"{name} contains a character not allowed in a token")
