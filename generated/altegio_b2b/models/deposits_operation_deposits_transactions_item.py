from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deposits_operation_deposits_transactions_item_deposit import (
        DepositsOperationDepositsTransactionsItemDeposit,
    )
    from ..models.deposits_operation_deposits_transactions_item_deposit_type import (
        DepositsOperationDepositsTransactionsItemDepositType,
    )

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        DepositsOperationDepositsTransactionsItemDeposit, \
        DepositsOperationDepositsTransactionsItemDepositType
    from ..models.deposits_operation_deposits_transactions_item_deposit import (
        DepositsOperationDepositsTransactionsItemDeposit,  # noqa: PLC0415
    )
    from ..models.deposits_operation_deposits_transactions_item_deposit_type import (
        DepositsOperationDepositsTransactionsItemDepositType,  # noqa: PLC0415
    )

    _LAZY_READY = True


T = TypeVar("T", bound="DepositsOperationDepositsTransactionsItem")


@_attrs_define
class DepositsOperationDepositsTransactionsItem:
    """
    Attributes:
        amount (float | Unset): Top-up amount
        balance_after (float | Unset): Personal account balance after this transaction
        comment (str | Unset): A comment
        date_create (str | Unset): date of creation
        date_delete (str | Unset): Deletion date
        deleted (bool | Unset): Has the transaction been deleted?
        deposit (DepositsOperationDepositsTransactionsItemDeposit | Unset): Personal account
        deposit_id (int | Unset): Personal account ID
        deposit_type (DepositsOperationDepositsTransactionsItemDepositType | Unset): Type of personal account
        deposit_type_id (int | Unset): Personal account type identifier
        document_id (int | Unset): Document ID
        id (int | Unset): Client account transaction ID
        master_id (int | Unset): team member ID
        reserved_balance_after (float | Unset): Personal account reserved balance after this transaction
        salon_group_id (int | Unset): Chain ID
        salon_id (int | Unset): location ID
        user_id (int | Unset): User ID
    """

    amount: float | Unset = UNSET
    balance_after: float | Unset = UNSET
    comment: str | Unset = UNSET
    date_create: str | Unset = UNSET
    date_delete: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    deposit: DepositsOperationDepositsTransactionsItemDeposit | Unset = UNSET
    deposit_id: int | Unset = UNSET
    deposit_type: DepositsOperationDepositsTransactionsItemDepositType | Unset = UNSET
    deposit_type_id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    id: int | Unset = UNSET
    master_id: int | Unset = UNSET
    reserved_balance_after: float | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    salon_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"amount": "amount", "balance_after": "balance_after", "comment": "comment", "date_create": "date_create", "date_delete": "date_delete", "deleted": "deleted", "deposit": "deposit", "deposit_id": "deposit_id", "deposit_type": "deposit_type", "deposit_type_id": "deposit_type_id", "document_id": "document_id", "id": "id", "master_id": "master_id", "reserved_balance_after": "reserved_balance_after", "salon_group_id": "salon_group_id", "salon_id": "salon_id", "user_id": "user_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        amount = self.amount

        balance_after = self.balance_after

        comment = self.comment

        date_create = self.date_create

        date_delete = self.date_delete

        deleted = self.deleted

        deposit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit, Unset):
            deposit = _types.to_json(self.deposit)

        deposit_id = self.deposit_id

        deposit_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit_type, Unset):
            deposit_type = _types.to_json(self.deposit_type)

        deposit_type_id = self.deposit_type_id

        document_id = self.document_id

        id = self.id

        master_id = self.master_id

        reserved_balance_after = self.reserved_balance_after

        salon_group_id = self.salon_group_id

        salon_id = self.salon_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if balance_after is not UNSET:
            field_dict["balance_after"] = balance_after
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if date_delete is not UNSET:
            field_dict["date_delete"] = date_delete
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if deposit is not UNSET:
            field_dict["deposit"] = deposit
        if deposit_id is not UNSET:
            field_dict["deposit_id"] = deposit_id
        if deposit_type is not UNSET:
            field_dict["deposit_type"] = deposit_type
        if deposit_type_id is not UNSET:
            field_dict["deposit_type_id"] = deposit_type_id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if id is not UNSET:
            field_dict["id"] = id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if reserved_balance_after is not UNSET:
            field_dict["reserved_balance_after"] = reserved_balance_after
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        balance_after = d.pop("balance_after", UNSET)

        comment = d.pop("comment", UNSET)

        date_create = d.pop("date_create", UNSET)

        date_delete = d.pop("date_delete", UNSET)

        deleted = d.pop("deleted", UNSET)

        _deposit = d.pop("deposit", UNSET)
        deposit: DepositsOperationDepositsTransactionsItemDeposit | Unset
        if isinstance(_deposit, Unset):
            deposit = UNSET
        else:
            deposit = _types.parse_model(DepositsOperationDepositsTransactionsItemDeposit, _deposit)

        deposit_id = d.pop("deposit_id", UNSET)

        _deposit_type = d.pop("deposit_type", UNSET)
        deposit_type: DepositsOperationDepositsTransactionsItemDepositType | Unset
        if isinstance(_deposit_type, Unset):
            deposit_type = UNSET
        else:
            deposit_type = _types.parse_model(DepositsOperationDepositsTransactionsItemDepositType, _deposit_type)

        deposit_type_id = d.pop("deposit_type_id", UNSET)

        document_id = d.pop("document_id", UNSET)

        id = d.pop("id", UNSET)

        master_id = d.pop("master_id", UNSET)

        reserved_balance_after = d.pop("reserved_balance_after", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        _instance = cls(
            amount,
            balance_after,
            comment,
            date_create,
            date_delete,
            deleted,
            deposit,
            deposit_id,
            deposit_type,
            deposit_type_id,
            document_id,
            id,
            master_id,
            reserved_balance_after,
            salon_group_id,
            salon_id,
            user_id,
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
