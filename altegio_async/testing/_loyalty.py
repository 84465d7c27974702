"""Stateful answers for the loyalty area the seed pages document.

Certificate types, membership (abonement) types, memberships, chain promotions and chain
loyalty transactions are kept in the :class:`~._store.Store`; these handlers read and change
them and validate bodies the way the reference describes (422 with ``meta.errors``).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ._store import Chain, Store, certificate_type, membership_type

__all__ = ["HANDLERS", "NO_BODY", "Answer", "Call", "Refused", "envelope", "error", "page_of"]

NO_BODY = object()
Answer = tuple[int, Any]


@dataclass
class Call:
    """One request, as the handlers see it."""

    op: str
    params: dict[str, str]
    query: Mapping[str, Sequence[str]]
    body: Any
    store: Store

    def arg(self, name: str, default: str | None = None) -> str | None:
        """The last value of a query parameter (or ``name[]``)."""
        values = self.query.get(name) or self.query.get(f"{name}[]")
        return values[-1] if values else default

    def int_arg(self, name: str, default: int) -> int:
        """A whole-number query parameter; 400 when it is not one."""
        raw = self.arg(name)
        if raw is None or raw == "":
            return default
        try:
            return int(raw)
        except ValueError:
            raise Refused(400, f"{name} must be a whole number", {name: ["Must be an integer"]}) from None


class Refused(Exception):
    """An error answer: status, message and field errors."""

    def __init__(self, status: int, message: str, errors: Mapping[str, list[str]] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.errors = status, message, dict(errors or {})


def envelope(data: Any, meta: Any = None, status: int = 200) -> Answer:
    """A success answer in the envelope."""
    return status, {"success": True, "data": data, "meta": [] if meta is None else meta}


def error(status: int, message: str, errors: Mapping[str, list[str]] | None = None) -> Answer:
    """An error answer in the error envelope."""
    meta: dict[str, Any] = {"message": message}
    if errors:
        meta["errors"] = dict(errors)
    return status, {"success": False, "data": None, "meta": meta}


def page_of(items: Sequence[Any], page: int, size: int) -> list[Any]:
    """Items of a 1-based page."""
    if page < 1 or size < 1:
        raise Refused(400, "page and page size must be positive", {"page": ["Must be at least 1"]})
    return list(items[(page - 1) * size : page * size])


def _chain(call: Call) -> Chain:
    raw = call.params["chain_id"]
    if not raw.isdigit():
        raise Refused(400, "chain_id must be a whole number", {"chain_id": ["Must be an integer"]})
    chain = call.store.chains.get(int(raw))
    if chain is None:
        raise Refused(404, "Chain not found")
    return chain


def _body(call: Call) -> dict[str, Any]:
    if not isinstance(call.body, dict):
        raise Refused(400, "A JSON object body is required")
    return call.body


def _item(items: dict[int, dict[str, Any]], raw_id: str, what: str) -> dict[str, Any]:
    try:
        return items[int(raw_id)]
    except (KeyError, ValueError):
        raise Refused(404, f"{what} not found") from None


class _Checker:
    """Collects field errors; ``done()`` raises 422 when there are any."""

    def __init__(self, body: Mapping[str, Any]) -> None:
        self.body, self.errors = body, dict[str, list[str]]()

    def fail(self, name: str, message: str) -> None:
        self.errors.setdefault(name, []).append(message)

    def required(self, *names: str) -> None:
        for name in names:
            if self.body.get(name) is None:
                self.fail(name, "The field is required")

    def kind(self, name: str, kinds: type | tuple[type, ...], label: str) -> None:
        value = self.body.get(name)
        if value is not None and (not isinstance(value, kinds) or (isinstance(value, bool) and bool not in (kinds,))):
            self.fail(name, f"Must be {label}")

    def choice(self, name: str, allowed: Sequence[int], value: Any = None) -> None:
        value = self.body.get(name) if value is None else value
        if value is not None and value not in allowed:
            self.fail(name, f"Must be one of {', '.join(map(str, allowed))}")

    def done(self) -> None:
        if self.errors:
            raise Refused(422, "Validation error", self.errors)


def _check_certificate_type(body: Mapping[str, Any]) -> None:
    check = _Checker(body)
    check.required("title", "balance", "is_multi", "item_type_id", "balance_edit_type_id", "is_allow_empty_code")
    check.kind("title", str, "a string")
    if isinstance(body.get("title"), str) and not body["title"].strip():
        check.fail("title", "Must not be empty")
    check.kind("balance", (int, float), "a number")
    if isinstance(body.get("balance"), (int, float)) and body["balance"] <= 0:
        check.fail("balance", "Must be greater than 0")
    check.kind("is_multi", bool, "true or false")
    check.choice("item_type_id", range(5))
    check.choice("balance_edit_type_id", (1, 2))
    for name in ("salon_ids", "service_ids"):
        value = body.get(name)
        if value is not None and (not isinstance(value, list) or not all(isinstance(v, int) for v in value)):
            check.fail(name, "Must be a list of ids")
    expiration = body.get("expiration") or {}
    if not isinstance(expiration, dict):
        check.fail("expiration", "Must be an object")
        expiration = {}
    type_id = expiration.get("type_id", 0)
    check.choice("expiration.type_id", (0, 1, 2), type_id)
    if type_id == 1:
        try:
            datetime.datetime.fromisoformat(str(expiration.get("date")))
        except ValueError:
            check.fail("expiration.date", "A date is required when type_id is 1")
    if type_id == 2:
        if not isinstance(expiration.get("timeout"), int) or expiration["timeout"] < 1:
            check.fail("expiration.timeout", "A positive timeout is required when type_id is 2")
        check.choice("expiration.timeout_unit_id", (1, 2, 3, 4), expiration.get("timeout_unit_id", 0))
    check.done()


def _apply_certificate_body(target: dict[str, Any], body: Mapping[str, Any]) -> dict[str, Any]:
    for key in ("title", "balance", "is_multi", "item_type_id", "balance_edit_type_id", "is_allow_empty_code"):
        target[key] = body[key]
    for key in ("category_id", "service_ids", "salon_ids"):
        if key in body:
            target[key] = body[key]
    expiration = body.get("expiration") or {}
    target["expiration_type_id"] = expiration.get("type_id", 0)
    target["expiration_date"] = expiration.get("date")
    target["expiration_timeout"] = expiration.get("timeout", 0)
    target["expiration_timeout_unit_id"] = expiration.get("timeout_unit_id", 0)
    sale = body.get("online_sale") or {}
    target["online_sale_is_enabled"] = bool(sale.get("is_enabled", False))
    target["online_sale_title"] = sale.get("title", target["title"])
    target["online_sale_description"] = sale.get("description", "")
    target["online_sale_price"] = sale.get("price", 0)
    return target


def list_certificate_types(call: Call) -> Answer:
    chain = _chain(call)
    title = (call.arg("title") or "").lower()
    size = call.int_arg("page_size", 10)
    if size > 100:
        raise Refused(422, "Validation error", {"page_size": ["Must not be greater than 100"]})
    found = [t for t in chain.certificate_types.values() if title in str(t["title"]).lower()]
    return envelope(page_of(found, call.int_arg("page", 1), size), {"total_count": len(found)})


def create_certificate_type(call: Call) -> Answer:
    chain, body = _chain(call), _body(call)
    _check_certificate_type(body)
    created = certificate_type(call.store.new_id(), chain.id, body["title"], body["balance"], [])
    chain.certificate_types[created["id"]] = _apply_certificate_body(created, body)
    return envelope(created, status=201)


def get_certificate_type(call: Call) -> Answer:
    return envelope(_item(_chain(call).certificate_types, call.params["type_id"], "Certificate type"))


def _refuse_if_issued(found: dict[str, Any], action: str) -> None:
    if found["released_total"]:
        raise Refused(
            400, f"Cannot {action} a certificate type with issued certificates ({found['released_total']} issued)"
        )


def update_certificate_type(call: Call) -> Answer:
    found = _item(_chain(call).certificate_types, call.params["type_id"], "Certificate type")
    _refuse_if_issued(found, "update")
    body = _body(call)
    _check_certificate_type(body)
    return envelope(_apply_certificate_body(found, body))


def delete_certificate_type(call: Call) -> Answer:
    chain = _chain(call)
    found = _item(chain.certificate_types, call.params["type_id"], "Certificate type")
    _refuse_if_issued(found, "delete")
    del chain.certificate_types[found["id"]]
    return envelope(None)


def _check_membership_type(body: Mapping[str, Any]) -> None:
    check = _Checker(body)
    check.required("title", "cost", "is_united_balance", "united_balance_services_count")
    check.kind("title", str, "a string")
    check.kind("cost", (int, float), "a number")
    if isinstance(body.get("cost"), (int, float)) and body["cost"] < 0:
        check.fail("cost", "Must not be negative")
    check.choice("period_unit_id", (1, 2, 3, 4))
    check.choice("freeze_limit_unit_id", (1, 2, 3, 4))
    check.done()


def list_membership_types(call: Call) -> Answer:
    items = list(_chain(call).membership_types.values())
    return envelope(items, {"total_count": len(items)})


def create_membership_type(call: Call) -> Answer:
    chain, body = _chain(call), _body(call)
    _check_membership_type(body)
    kind = membership_type(call.store.new_id(), chain.id, body["title"], body["cost"], 0, 1)
    kind.update({k: v for k, v in body.items() if k in kind and k not in ("id", "salon_group_id")})
    chain.membership_types[kind["id"]] = kind
    return envelope(kind)


def get_membership_type(call: Call) -> Answer:
    return envelope(_item(_chain(call).membership_types, call.params["loyalty_membership_type_id"], "Membership type"))


def update_membership_type(call: Call) -> Answer:
    kind = _item(_chain(call).membership_types, call.params["loyalty_membership_type_id"], "Membership type")
    body = _body(call)
    _check_membership_type({**kind, **body})
    kind.update({k: v for k, v in body.items() if k in kind and k not in ("id", "salon_group_id")})
    return envelope(kind)


def delete_membership_type(call: Call) -> Answer:
    chain = _chain(call)
    kind = _item(chain.membership_types, call.params["loyalty_membership_type_id"], "Membership type")
    chain.deleted_membership_types[kind["id"]] = chain.membership_types.pop(kind["id"])
    return 204, NO_BODY


def archive_membership_type(call: Call) -> Answer:
    kind = _item(_chain(call).membership_types, call.params["loyalty_membership_type_id"], "Membership type")
    flag = _body(call).get("is_archived")
    if not isinstance(flag, bool):
        raise Refused(422, "Validation error", {"is_archived": ["Must be true or false"]})
    kind["is_archived"] = flag
    kind["date_archived"] = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds") if flag else None
    return 200, None  # the reference documents a JSON null body


def restore_membership_type(call: Call) -> Answer:
    chain = _chain(call)
    kind = _item(chain.deleted_membership_types, call.params["loyalty_membership_type_id"], "Deleted membership type")
    title = call.body.get("restore_in_title") if isinstance(call.body, dict) else None
    if title:
        kind["title"] = str(title)
    chain.membership_types[kind["id"]] = chain.deleted_membership_types.pop(kind["id"])
    return 204, NO_BODY


def clone_membership_type(call: Call) -> Answer:
    chain = _chain(call)
    kind = _item(chain.membership_types, call.params["loyalty_membership_type_id"], "Membership type")
    copy = {**kind, "id": call.store.new_id(), "title": f"{kind['title']} (copy)", "abonements_count": 0}
    chain.membership_types[copy["id"]] = copy
    return envelope(copy)


def _membership(call: Call) -> dict[str, Any]:
    return _item(_chain(call).memberships, call.params["membership_id"], "Membership")


def freeze_membership(call: Call) -> Answer:
    membership = _membership(call)
    till = _body(call).get("freeze_till")
    try:
        until = datetime.date.fromisoformat(str(till)[:10])
    except ValueError:
        raise Refused(422, "Validation error", {"freeze_till": ["A date is required"]}) from None
    if membership["is_frozen"]:
        raise Refused(400, "The membership is already frozen")
    membership.update(is_frozen=True, freeze_till=until.isoformat())
    return envelope(membership)


def unfreeze_membership(call: Call) -> Answer:
    membership = _membership(call)
    if not membership["is_frozen"]:
        raise Refused(400, "The membership is not frozen")
    membership.update(is_frozen=False, freeze_till=None)
    return envelope(membership)


_PROMOTION_TYPES = frozenset(
    {
        "discount_static",
        "discount_accumulative_visits",
        "discount_accumulative_sold",
        "discount_accumulative_paid",
        "cashback_static_sold",
        "cashback_static_paid",
        "cashback_accumulative_paid",
        "cashback_accumulative_sold",
        "cashback_accumulative_paid_visits",
        "cashback_accumulative_sold_visits",
        "cashback_sold_visits",
        "cashback_paid_visits",
        "package_discount",
    }
)


def _check_promotion(body: Mapping[str, Any]) -> None:
    check = _Checker(body)
    check.required("title", "type", "service_item_type", "good_item_type", "value_unit", "rules", "company_ids")
    check.kind("title", str, "a string")
    if body.get("type") is not None and body["type"] not in _PROMOTION_TYPES:
        check.fail("type", "Unknown promotion type")
    if body.get("value_unit") is not None and body["value_unit"] not in ("percent", "fixed"):
        check.fail("value_unit", "Must be percent or fixed")
    check.done()


def create_promotion(call: Call) -> Answer:
    chain, body = _chain(call), _body(call)
    _check_promotion(body)
    promotion = {k: v for k, v in body.items() if k not in ("company_ids",)}
    promotion["id"] = call.store.new_id()
    promotion["companies"] = [
        {"id": i, "title": call.store.location_title(i)} for i in body["company_ids"] if isinstance(i, int)
    ]
    chain.promotions[promotion["id"]] = promotion
    return 200, promotion  # documented without the envelope


def get_promotion(call: Call) -> Answer:
    return 200, _item(_chain(call).promotions, call.params["loyalty_program_id"], "Promotion")


def update_promotion(call: Call) -> Answer:
    promotion = _item(_chain(call).promotions, call.params["loyalty_program_id"], "Promotion")
    body = _body(call)
    _check_promotion({**promotion, "company_ids": [], **body})
    promotion.update({k: v for k, v in body.items() if k != "company_ids"})
    return 200, promotion


def delete_promotion(call: Call) -> Answer:
    chain = _chain(call)
    promotion = _item(chain.promotions, call.params["loyalty_program_id"], "Promotion")
    del chain.promotions[promotion["id"]]
    return 204, NO_BODY


def list_transactions(call: Call) -> Answer:
    chain = _chain(call)
    size = call.int_arg("count", 25)  # the reference documents no maximum
    items = chain.transactions
    return envelope(page_of(items, call.int_arg("page", 1), size), {"count": len(items), "total_count": len(items)})


HANDLERS: dict[str, Callable[[Call], Answer]] = {
    "chain_loyalty_certificate_types_list": list_certificate_types,
    "chain_loyalty_certificate_types_create": create_certificate_type,
    "chain_loyalty_certificate_types_get": get_certificate_type,
    "chain_loyalty_certificate_types_update": update_certificate_type,
    "chain_loyalty_certificate_types_delete": delete_certificate_type,
    "chain_loyalty_membership_types_list": list_membership_types,
    "chain_loyalty_membership_types_create": create_membership_type,
    "chain_loyalty_membership_types_read": get_membership_type,
    "chain_loyalty_membership_types_update": update_membership_type,
    "chain_loyalty_membership_types_delete": delete_membership_type,
    "chain_loyalty_membership_types_archive": archive_membership_type,
    "chain_loyalty_membership_types_restore": restore_membership_type,
    "chain_loyalty_membership_types_clone": clone_membership_type,
    "chain_loyalty_memberships_freeze": freeze_membership,
    "chain_loyalty_memberships_unfreeze": unfreeze_membership,
    "create_chain_loyalty_program": create_promotion,
    "get_chain_loyalty_program": get_promotion,
    "update_chain_loyalty_program": update_promotion,
    "delete_chain_loyalty_program": delete_promotion,
    "get_chain_loyalty_transaction_list": list_transactions,
}
