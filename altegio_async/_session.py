"""What a client, its scopes and its option views share: tokens, the HTTP client, the transport."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._secrets import check_token, redact
from .errors import AltegioError

if TYPE_CHECKING:
    import httpx

    from ._transport import Transport

__all__ = ["_Session", "check_token"]


@dataclass
class _Session:
    """What a client, its scopes and its option views share."""

    partner_token: str
    user_token: str | None
    base_url: str
    http: httpx.AsyncClient
    owns_http: bool
    transport: Transport

    def redact(self, exc: AltegioError, *extra: str) -> None:
        """Remove the tokens (and ``extra`` secrets, such as a password) from every text of an error."""
        redact(exc, [self.partner_token, self.user_token or "", *extra])

    def authorization(self) -> str:
        if self.user_token:
            return f"Bearer {self.partner_token}, User {self.user_token}"
        return f"Bearer {self.partner_token}"
