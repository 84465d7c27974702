"""Request bodies several tests send."""

from __future__ import annotations

from typing import Any


def certificate_type_body(title: str = "Gift", **changes: Any) -> dict[str, Any]:
    """A valid body for creating or updating a certificate type (as the seed pages show)."""
    body: dict[str, Any] = {
        "title": title,
        "balance": 100,
        "is_multi": True,
        "item_type_id": 0,
        "balance_edit_type_id": 1,
        "is_allow_empty_code": False,
        "service_ids": [],
        "salon_ids": [],
        "expiration": {"type_id": 0},
        "online_sale": {"is_enabled": False},
    }
    body.update(changes)
    return body
