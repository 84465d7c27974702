from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_visit_body_deleted_transaction_ids_item import UpdateVisitBodyDeletedTransactionIdsItem
    from ..models.update_visit_body_goods_transactions_item import UpdateVisitBodyGoodsTransactionsItem
    from ..models.update_visit_body_new_transactions_item import UpdateVisitBodyNewTransactionsItem
    from ..models.update_visit_body_services_item import UpdateVisitBodyServicesItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        UpdateVisitBodyDeletedTransactionIdsItem, \
        UpdateVisitBodyGoodsTransactionsItem, \
        UpdateVisitBodyNewTransactionsItem, \
        UpdateVisitBodyServicesItem
    from ..models.update_visit_body_deleted_transaction_ids_item import UpdateVisitBodyDeletedTransactionIdsItem  # noqa: PLC0415
    from ..models.update_visit_body_goods_transactions_item import UpdateVisitBodyGoodsTransactionsItem  # noqa: PLC0415
    from ..models.update_visit_body_new_transactions_item import UpdateVisitBodyNewTransactionsItem  # noqa: PLC0415
    from ..models.update_visit_body_services_item import UpdateVisitBodyServicesItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="UpdateVisitBody")


@_attrs_define
class UpdateVisitBody:
    """Edit Visit

    Attributes:
        attendance (float): Visit status (2 - The user confirmed the appointment, 1 - The user came, the services were
            provided, 0 - the user is waiting, -1 - the user did not show)
        comment (str): A comment
        deleted_transaction_ids (list[UpdateVisitBodyDeletedTransactionIdsItem] | Unset): Array of instance IDs
        fast_payment (float | Unset): Quick payment 1 - cash, 2 - cashless, 129 - cash and print, 130 - cashless and
            print
        goods_transactions (list[UpdateVisitBodyGoodsTransactionsItem] | Unset): Array of commodity transactions objects
        new_transactions (list[UpdateVisitBodyNewTransactionsItem] | Unset): Array of objects of new commodity
            transactions
        services (list[UpdateVisitBodyServicesItem] | Unset): Array of objects with services
    """

    attendance: float
    comment: str
    deleted_transaction_ids: list[UpdateVisitBodyDeletedTransactionIdsItem] | Unset = UNSET
    fast_payment: float | Unset = UNSET
    goods_transactions: list[UpdateVisitBodyGoodsTransactionsItem] | Unset = UNSET
    new_transactions: list[UpdateVisitBodyNewTransactionsItem] | Unset = UNSET
    services: list[UpdateVisitBodyServicesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"attendance": "attendance", "comment": "comment", "deleted_transaction_ids": "deleted_transaction_ids", "fast_payment": "fast_payment", "goods_transactions": "goods_transactions", "new_transactions": "new_transactions", "services": "services"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        attendance = self.attendance

        comment = self.comment

        deleted_transaction_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deleted_transaction_ids, Unset):
            deleted_transaction_ids = _types.to_json(self.deleted_transaction_ids)

        fast_payment = self.fast_payment

        goods_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = _types.to_json(self.goods_transactions)

        new_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.new_transactions, Unset):
            new_transactions = _types.to_json(self.new_transactions)

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = _types.to_json(self.services)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attendance": attendance,
                "comment": comment,
            }
        )
        if deleted_transaction_ids is not UNSET:
            field_dict["deleted_transaction_ids"] = deleted_transaction_ids
        if fast_payment is not UNSET:
            field_dict["fast_payment"] = fast_payment
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = goods_transactions
        if new_transactions is not UNSET:
            field_dict["new_transactions"] = new_transactions
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        attendance = d.pop("attendance")

        comment = d.pop("comment")

        _deleted_transaction_ids = d.pop("deleted_transaction_ids", UNSET)
        deleted_transaction_ids: list[UpdateVisitBodyDeletedTransactionIdsItem] | Unset = UNSET
        if _deleted_transaction_ids is not UNSET:
            deleted_transaction_ids = _types.parse_model_list(
                UpdateVisitBodyDeletedTransactionIdsItem, _deleted_transaction_ids
            )

        fast_payment = d.pop("fast_payment", UNSET)

        _goods_transactions = d.pop("goods_transactions", UNSET)
        goods_transactions: list[UpdateVisitBodyGoodsTransactionsItem] | Unset = UNSET
        if _goods_transactions is not UNSET:
            goods_transactions = _types.parse_model_list(UpdateVisitBodyGoodsTransactionsItem, _goods_transactions)

        _new_transactions = d.pop("new_transactions", UNSET)
        new_transactions: list[UpdateVisitBodyNewTransactionsItem] | Unset = UNSET
        if _new_transactions is not UNSET:
            new_transactions = _types.parse_model_list(UpdateVisitBodyNewTransactionsItem, _new_transactions)

        _services = d.pop("services", UNSET)
        services: list[UpdateVisitBodyServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = _types.parse_model_list(UpdateVisitBodyServicesItem, _services)

        _instance = cls(
            attendance,
            comment,
            deleted_transaction_ids,
            fast_payment,
            goods_transactions,
            new_transactions,
            services,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
