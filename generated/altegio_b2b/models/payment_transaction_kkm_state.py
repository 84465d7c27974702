from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_transaction_kkm_state_transactions_item import PaymentTransactionKkmStateTransactionsItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, PaymentTransactionKkmStateTransactionsItem
    from ..models.payment_transaction_kkm_state_transactions_item import PaymentTransactionKkmStateTransactionsItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="PaymentTransactionKkmState")


@_attrs_define
class PaymentTransactionKkmState:
    """
    Attributes:
        last_operation_type (int | Unset): Type of last KKM operation
        transactions (list[PaymentTransactionKkmStateTransactionsItem] | Unset): KKM transaction
    """

    last_operation_type: int | Unset = UNSET
    transactions: list[PaymentTransactionKkmStateTransactionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"last_operation_type": "last_operation_type", "transactions": "transactions"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        last_operation_type = self.last_operation_type

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = _types.to_json(self.transactions)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_operation_type is not UNSET:
            field_dict["last_operation_type"] = last_operation_type
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        last_operation_type = d.pop("last_operation_type", UNSET)

        _transactions = d.pop("transactions", UNSET)
        transactions: list[PaymentTransactionKkmStateTransactionsItem] | Unset = UNSET
        if _transactions is not UNSET:
            transactions = _types.parse_model_list(PaymentTransactionKkmStateTransactionsItem, _transactions)

        _instance = cls(
            last_operation_type,
            transactions,
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
