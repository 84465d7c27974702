from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.history_deposit_transaction import HistoryDepositTransaction
    from ..models.history_deposit_transaction_type import HistoryDepositTransactionType


T = TypeVar("T", bound="History")


@_attrs_define
class History:
    """
    Attributes:
        deposit_transaction (HistoryDepositTransaction | Unset): Client account transaction details
        deposit_transaction_type (HistoryDepositTransactionType | Unset): Transaction type information
    """

    deposit_transaction: HistoryDepositTransaction | Unset = UNSET
    deposit_transaction_type: HistoryDepositTransactionType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deposit_transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit_transaction, Unset):
            deposit_transaction = _types.to_json(self.deposit_transaction)

        deposit_transaction_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit_transaction_type, Unset):
            deposit_transaction_type = _types.to_json(self.deposit_transaction_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deposit_transaction is not UNSET:
            field_dict["deposit_transaction"] = deposit_transaction
        if deposit_transaction_type is not UNSET:
            field_dict["deposit_transaction_type"] = deposit_transaction_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.history_deposit_transaction import HistoryDepositTransaction  # noqa: PLC0415
        from ..models.history_deposit_transaction_type import HistoryDepositTransactionType  # noqa: PLC0415

        d = dict(src_dict)
        _deposit_transaction = d.pop("deposit_transaction", UNSET)
        deposit_transaction: HistoryDepositTransaction | Unset
        if isinstance(_deposit_transaction, Unset):
            deposit_transaction = UNSET
        else:
            deposit_transaction = _types.parse_model(HistoryDepositTransaction, _deposit_transaction)

        _deposit_transaction_type = d.pop("deposit_transaction_type", UNSET)
        deposit_transaction_type: HistoryDepositTransactionType | Unset
        if isinstance(_deposit_transaction_type, Unset):
            deposit_transaction_type = UNSET
        else:
            deposit_transaction_type = _types.parse_model(HistoryDepositTransactionType, _deposit_transaction_type)

        history = cls(
            deposit_transaction=deposit_transaction,
            deposit_transaction_type=deposit_transaction_type,
        )

        history.additional_properties = d
        return history

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
