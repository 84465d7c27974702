"""A webhook delivery as a typed event, built leniently: nothing a real delivery carries is refused."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..envelope import load_json

__all__ = ["RESOURCE_MODELS", "FiscalizationRequest", "MarketplaceEvent", "WebhookError", "WebhookEvent", "parse_event"]

RESOURCE_MODELS: Mapping[str, str] = {
    "company": "Company",
    "service_category": "ServiceCategory",
    "service": "Service",
    "good": "Good",
    "staff": "Staff",
    "client": "Client",
    "record": "Record",
    "goods_operations_sale": "GoodsTransaction",
    "goods_operations_receipt": "GoodsTransaction",
    "goods_operations_consumable": "GoodsTransaction",
    "goods_operations_stolen": "GoodsTransaction",
    "goods_operations_move": "GoodsTransaction",
    "finances_operation": "FinanceTransaction",
}
"""A delivery's ``resource`` → the class in ``altegio_b2b.models`` its ``data`` is built into."""

STATUSES = ("create", "update", "delete")


class WebhookError(ValueError):
    """A body that is not a webhook delivery (not JSON, or not an object). Its message never holds a secret."""


@dataclass(frozen=True)
class WebhookEvent:
    """One change Altegio reports.

    Attributes:
        resource: what changed (``record``, ``client``, ``goods_operations_sale``, …).
        status: ``create``, ``update`` or ``delete`` (another value is kept as sent).
        resource_id: the changed object's id (``None`` when the delivery has none).
        location_id: the delivery's ``company_id``.
        data: the object, built into its model where the resource is known (fields that do not
            fit the model are kept as sent in its ``additional_properties``, dates keep their
            text), else the JSON as sent.
        raw: the delivery as received, decoded.
    """

    resource: str
    status: str
    resource_id: int | str | None
    location_id: int | str | None
    data: Any
    raw: Mapping[str, Any]

    @property
    def key(self) -> str:
        """A stable key for the object this event is about: ``resource:location:id``."""
        return f"{self.resource}:{self.location_id}:{self.resource_id}"

    async def refetch(self, client: Any) -> Any:
        """The object's current state, read through ``client`` (an :class:`~altegio_async.AltegioClient`).

        Supported for appointments (``record``) and clients; other resources raise ``NotImplementedError``
        naming them, as V1 has no single read for them by id alone.
        """
        if self.resource == "record":
            from altegio_b2b.api.appointments import get_appointment

            return await client.call(get_appointment, self.location_id, self.resource_id)
        if self.resource == "client":
            from altegio_b2b.api.clients import get_client

            return await client.call(get_client, self.location_id, self.resource_id)
        raise NotImplementedError(f"refetch is not available for the resource {self.resource!r}")


@dataclass(frozen=True)
class MarketplaceEvent:
    """A marketplace hook: an application uninstalled, frozen, … at a location.

    Attributes:
        event: what happened (``uninstall``, ``freeze``, …), as sent.
        location_id: the location (``salon_id``).
        application_id: the application, where sent.
        raw: the hook as received, decoded (its ``partner_token`` included: do not log it).
    """

    event: str
    location_id: int | str | None
    application_id: int | str | None
    raw: Mapping[str, Any]


@dataclass(frozen=True)
class FiscalizationRequest:
    """Altegio asking the partner's fiscal service to fiscalise a sales document (POST to the partner's URL).

    Typed from the description Altegio publishes for this callback (``fiscalize_document``); the
    partner answers 200 (the description documents no body) and reports the outcome later to
    ``callback_url`` (``handle_fiscalization_callback`` in the client).

    Attributes:
        id: the sales document's unique id.
        document_id: Altegio's internal document id.
        type: the operation type (see ``get_fiscal_transaction_list``'s types).
        date: when the document was sent for printing, as sent (ISO 8601).
        callback_url: where to report the fiscal status.
        positions: the receipt's positions, as sent.
        payments: the payments applied, as sent.
        customer: the client (``email``, ``phone``), as sent.
        cashier: the cashier (``name``, ``position``, ``uid``), as sent.
        raw: the request as received.
    """

    id: str | None
    document_id: int | None
    type: int | str | None
    date: str | None
    callback_url: str | None
    positions: list[Any]
    payments: list[Any]
    customer: Mapping[str, Any]
    cashier: Mapping[str, Any]
    raw: Mapping[str, Any]


def _fiscalization(payload: Mapping[str, Any]) -> FiscalizationRequest:
    def mapping(name: str) -> Mapping[str, Any]:
        value = payload.get(name)
        return value if isinstance(value, Mapping) else {}

    def listing(name: str) -> list[Any]:
        value = payload.get(name)
        return list(value) if isinstance(value, list) else []

    document_id = payload.get("document_id")
    return FiscalizationRequest(
        id=None if payload.get("id") is None else str(payload.get("id")),
        document_id=document_id if isinstance(document_id, int) and not isinstance(document_id, bool) else None,
        type=payload.get("type"),
        date=None if payload.get("date") is None else str(payload.get("date")),
        callback_url=None if payload.get("callback_url") is None else str(payload.get("callback_url")),
        positions=listing("positions"),
        payments=listing("payments"),
        customer=mapping("customer"),
        cashier=mapping("cashier"),
        raw=payload,
    )


def _decode(body: bytes | str | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(body, Mapping):
        payload: Any = body
    else:
        try:
            payload = load_json(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise WebhookError(f"the delivery is not JSON ({type(exc).__name__})") from None
    # Some deliveries arrive as a one-element list around the object.
    if isinstance(payload, list) and len(payload) == 1:
        payload = payload[0]
    if not isinstance(payload, Mapping):
        raise WebhookError(f"the delivery is a JSON {type(payload).__name__}, not an object")
    return payload


def parse_event(body: bytes | str | Mapping[str, Any]) -> WebhookEvent | MarketplaceEvent | FiscalizationRequest:
    """The event a delivery carries: a :class:`WebhookEvent`, a :class:`MarketplaceEvent` for a marketplace
    hook, or a :class:`FiscalizationRequest` when Altegio asks the partner to fiscalise a document.

    Raises :class:`WebhookError` for a body that is not a JSON object. An unknown resource is an
    event whose ``data`` is the JSON as sent, never an error.
    """
    payload = _decode(body)
    if "resource" not in payload and "document_id" in payload and ("positions" in payload or "callback_url" in payload):
        return _fiscalization(payload)
    if "resource" not in payload and ("partner_token" in payload or "event" in payload):
        return MarketplaceEvent(
            event=str(payload.get("event", "")),
            location_id=payload.get("salon_id", payload.get("company_id")),
            application_id=payload.get("application_id"),
            raw=payload,
        )
    resource = str(payload.get("resource", ""))
    return WebhookEvent(
        resource=resource,
        status=str(payload.get("status", "")),
        resource_id=payload.get("resource_id"),
        location_id=payload.get("company_id"),
        data=build_leniently(resource, payload.get("data")),
        raw=payload,
    )


def build_leniently(resource: str, data: Any) -> Any:
    """``data`` as the resource's model where it is an object; what does not fit the model is kept as sent."""
    name = RESOURCE_MODELS.get(resource)
    if name is None or not isinstance(data, Mapping):
        return data
    model = getattr(importlib.import_module("altegio_b2b.models"), name)
    try:
        return model.from_dict(dict(data))
    except Exception:  # any field the model cannot read is kept raw below
        pass
    misfits = {}
    for key, value in data.items():
        try:
            model.from_dict({key: value})
        except Exception:
            misfits[key] = value
    try:
        built = model.from_dict({k: v for k, v in data.items() if k not in misfits})
    except Exception:  # fields that fit alone but not together: the object stays as sent
        return dict(data)
    built.additional_properties.update(misfits)
    return built
