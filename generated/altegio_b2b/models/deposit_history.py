from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deposit_history_deposit_transaction import DepositHistoryDepositTransaction
    from ..models.deposit_history_deposit_transaction_type import DepositHistoryDepositTransactionType

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, DepositHistoryDepositTransaction, DepositHistoryDepositTransactionType
    from ..models.deposit_history_deposit_transaction import DepositHistoryDepositTransaction  # noqa: PLC0415
    from ..models.deposit_history_deposit_transaction_type import DepositHistoryDepositTransactionType  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="DepositHistory")


@_attrs_define
class DepositHistory:
    """
    Attributes:
        deposit_transaction (DepositHistoryDepositTransaction | Unset): Client account transaction details
        deposit_transaction_type (DepositHistoryDepositTransactionType | Unset): Transaction type information
    """

    deposit_transaction: DepositHistoryDepositTransaction | Unset = UNSET
    deposit_transaction_type: DepositHistoryDepositTransactionType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"deposit_transaction": "deposit_transaction", "deposit_transaction_type": "deposit_transaction_type"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
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
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _deposit_transaction = d.pop("deposit_transaction", UNSET)
        deposit_transaction: DepositHistoryDepositTransaction | Unset
        if isinstance(_deposit_transaction, Unset):
            deposit_transaction = UNSET
        else:
            deposit_transaction = _types.parse_model(DepositHistoryDepositTransaction, _deposit_transaction)

        _deposit_transaction_type = d.pop("deposit_transaction_type", UNSET)
        deposit_transaction_type: DepositHistoryDepositTransactionType | Unset
        if isinstance(_deposit_transaction_type, Unset):
            deposit_transaction_type = UNSET
        else:
            deposit_transaction_type = _types.parse_model(
                DepositHistoryDepositTransactionType, _deposit_transaction_type
            )

        _instance = cls(
            deposit_transaction,
            deposit_transaction_type,
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
