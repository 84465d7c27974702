from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deposits_operation_payment_transactions_item_type import DepositsOperationPaymentTransactionsItemType

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, DepositsOperationPaymentTransactionsItemType
    from ..models.deposits_operation_payment_transactions_item_type import DepositsOperationPaymentTransactionsItemType  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="DepositsOperationPaymentTransactionsItem")


@_attrs_define
class DepositsOperationPaymentTransactionsItem:
    """
    Attributes:
        account_id (int | Unset): Checkout ID
        amount (float | Unset): Transaction amount
        client_id (int | Unset): Client ID
        comment (str | Unset): A comment
        date (str | Unset): date of payment
        document_id (int | Unset): Document ID
        expense_id (int | Unset): Payment Item ID
        goods_transaction_id (int | Unset): Commodity transaction ID
        id (int | Unset): Payment transaction ID
        item_id (int | Unset):
        master_id (int | Unset): team member ID
        record_id (int | Unset): Appointment ID
        supplier_id (int | Unset): Vendor ID
        target_type_id (int | Unset):
        type_ (DepositsOperationPaymentTransactionsItemType | Unset):
        type_id (int | Unset): Document type identifier
    """

    account_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    client_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    date: str | Unset = UNSET
    document_id: int | Unset = UNSET
    expense_id: int | Unset = UNSET
    goods_transaction_id: int | Unset = UNSET
    id: int | Unset = UNSET
    item_id: int | Unset = UNSET
    master_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    supplier_id: int | Unset = UNSET
    target_type_id: int | Unset = UNSET
    type_: DepositsOperationPaymentTransactionsItemType | Unset = UNSET
    type_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"account_id": "account_id", "amount": "amount", "client_id": "client_id", "comment": "comment", "date": "date", "document_id": "document_id", "expense_id": "expense_id", "goods_transaction_id": "goods_transaction_id", "id": "id", "item_id": "item_id", "master_id": "master_id", "record_id": "record_id", "supplier_id": "supplier_id", "target_type_id": "target_type_id", "type_": "type", "type_id": "type_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        account_id = self.account_id

        amount = self.amount

        client_id = self.client_id

        comment = self.comment

        date = self.date

        document_id = self.document_id

        expense_id = self.expense_id

        goods_transaction_id = self.goods_transaction_id

        id = self.id

        item_id = self.item_id

        master_id = self.master_id

        record_id = self.record_id

        supplier_id = self.supplier_id

        target_type_id = self.target_type_id

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = _types.to_json(self.type_)

        type_id = self.type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date is not UNSET:
            field_dict["date"] = date
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if expense_id is not UNSET:
            field_dict["expense_id"] = expense_id
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id
        if id is not UNSET:
            field_dict["id"] = id
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if target_type_id is not UNSET:
            field_dict["target_type_id"] = target_type_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_id is not UNSET:
            field_dict["type_id"] = type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        account_id = d.pop("account_id", UNSET)

        amount = d.pop("amount", UNSET)

        client_id = d.pop("client_id", UNSET)

        comment = d.pop("comment", UNSET)

        date = d.pop("date", UNSET)

        document_id = d.pop("document_id", UNSET)

        expense_id = d.pop("expense_id", UNSET)

        goods_transaction_id = d.pop("goods_transaction_id", UNSET)

        id = d.pop("id", UNSET)

        item_id = d.pop("item_id", UNSET)

        master_id = d.pop("master_id", UNSET)

        record_id = d.pop("record_id", UNSET)

        supplier_id = d.pop("supplier_id", UNSET)

        target_type_id = d.pop("target_type_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DepositsOperationPaymentTransactionsItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _types.parse_model(DepositsOperationPaymentTransactionsItemType, _type_)

        type_id = d.pop("type_id", UNSET)

        _instance = cls(
            account_id,
            amount,
            client_id,
            comment,
            date,
            document_id,
            expense_id,
            goods_transaction_id,
            id,
            item_id,
            master_id,
            record_id,
            supplier_id,
            target_type_id,
            type_,
            type_id,
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
