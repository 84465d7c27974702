"""What a client, its scopes and its option views share: tokens, the backend, the transport."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._secrets import check_token, redact
from .errors import AltegioError

if TYPE_CHECKING:
    from ._transport import Transport
    from .backends.base import Backend

__all__ = ["_Session", "check_token"]


@dataclass
class _Session:
    """What a client, its scopes and its option views share."""

    partner_token: str
    user_token: str | None
    base_url: str
    backend: Backend
    owns_backend: bool
    transport: Transport

    def redact(self, exc: AltegioError, *extra: str) -> None:
        """Remove the tokens (and ``extra`` secrets, such as a password) from every text of an error."""
        redact(exc, [self.partner_token, self.user_token or "", *extra])

    def authorization(self) -> str:
        if self.user_token:
            return f"Bearer {self.partner_token}, User {self.user_token}"
        return f"Bearer {self.partner_token}"
