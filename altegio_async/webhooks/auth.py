"""Authenticating deliveries, since Altegio signs none: a URL secret, the partner token, the install redirect's sign."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Iterable
from typing import Any

__all__ = ["WebhookAuthError", "verify_partner_token", "verify_url_secret", "verify_user_data"]


class WebhookAuthError(Exception):
    """A delivery or redirect failed its check. The message never holds the secret or what was sent."""


def _equal(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())


def verify_url_secret(given: str | None, accepted: Iterable[str]) -> bool:
    """Whether ``given`` (the secret in the URL a delivery came to) is one of ``accepted``.

    Compared in constant time against every accepted secret (no early exit), so an old and a new
    secret can both be accepted while the URL registered at Altegio is changed.
    """
    secrets = [s for s in accepted if s]
    if not secrets:
        raise ValueError("at least one non-empty webhook secret is required")
    if not given:
        return False
    matched = False
    for secret in secrets:
        matched |= _equal(given, secret)
    return matched


def verify_partner_token(payload: dict[str, Any] | Any, partner_token: str) -> bool:
    """Whether a marketplace hook carries ``partner_token`` (compared in constant time)."""
    given = payload.get("partner_token") if isinstance(payload, dict) else None
    return isinstance(given, str) and _equal(given, partner_token)


def verify_user_data(user_data: str, sign: str, partner_token: str) -> Any:
    """The install redirect's ``user_data``, decoded, once its ``user_data_sign`` is checked.

    ``sign`` must be the hex HMAC-SHA256 of the base64-decoded ``user_data`` keyed with the
    partner token. Raises :class:`WebhookAuthError` when it is not, or when ``user_data`` is not
    base64 JSON.
    """
    try:
        decoded = base64.b64decode(user_data + "=" * (-len(user_data) % 4), validate=False)
    except (binascii.Error, ValueError):
        raise WebhookAuthError("user_data is not base64") from None
    expected = hmac.new(partner_token.encode(), decoded, hashlib.sha256).hexdigest()
    if not _equal(sign.strip().lower(), expected):
        raise WebhookAuthError("user_data_sign does not match user_data")
    try:
        return json.loads(decoded)
    except ValueError:
        raise WebhookAuthError("user_data is not JSON") from None
