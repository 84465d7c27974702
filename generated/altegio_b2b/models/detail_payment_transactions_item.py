from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.detail_payment_transactions_item_account import DetailPaymentTransactionsItemAccount
    from ..models.detail_payment_transactions_item_client import DetailPaymentTransactionsItemClient
    from ..models.detail_payment_transactions_item_expense import DetailPaymentTransactionsItemExpense

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        DetailPaymentTransactionsItemAccount, \
        DetailPaymentTransactionsItemClient, \
        DetailPaymentTransactionsItemExpense
    from ..models.detail_payment_transactions_item_account import DetailPaymentTransactionsItemAccount  # noqa: PLC0415
    from ..models.detail_payment_transactions_item_client import DetailPaymentTransactionsItemClient  # noqa: PLC0415
    from ..models.detail_payment_transactions_item_expense import DetailPaymentTransactionsItemExpense  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="DetailPaymentTransactionsItem")


@_attrs_define
class DetailPaymentTransactionsItem:
    """
    Attributes:
        account (DetailPaymentTransactionsItemAccount | Unset): Location account
        account_id (int | Unset): Checkout ID
        amount (float | Unset): Payment amount
        client (DetailPaymentTransactionsItemClient | Unset): Customer
        client_id (int | Unset): Client ID
        comment (str | Unset): A comment
        date (str | Unset): Transaction date
        document_id (int | Unset): Document ID
        expense (DetailPaymentTransactionsItemExpense | Unset): Payment item
        expense_id (int | Unset): Payment Item ID
        goods_transaction_id (int | Unset): Commodity transaction ID
        id (int | Unset): Payment transaction ID
        item_id (int | Unset): Item ID
        master (list[Any] | Unset): team member
        master_id (int | Unset): team member ID
        record_id (int | Unset): Appointment ID
        supplier (list[Any] | Unset): The supplier
        supplier_id (int | Unset): Vendor ID
        target_type_id (int | Unset):
        type_id (int | Unset): Transaction type
    """

    account: DetailPaymentTransactionsItemAccount | Unset = UNSET
    account_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    client: DetailPaymentTransactionsItemClient | Unset = UNSET
    client_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    date: str | Unset = UNSET
    document_id: int | Unset = UNSET
    expense: DetailPaymentTransactionsItemExpense | Unset = UNSET
    expense_id: int | Unset = UNSET
    goods_transaction_id: int | Unset = UNSET
    id: int | Unset = UNSET
    item_id: int | Unset = UNSET
    master: list[Any] | Unset = UNSET
    master_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    supplier: list[Any] | Unset = UNSET
    supplier_id: int | Unset = UNSET
    target_type_id: int | Unset = UNSET
    type_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"account": "account", "account_id": "account_id", "amount": "amount", "client": "client", "client_id": "client_id", "comment": "comment", "date": "date", "document_id": "document_id", "expense": "expense", "expense_id": "expense_id", "goods_transaction_id": "goods_transaction_id", "id": "id", "item_id": "item_id", "master": "master", "master_id": "master_id", "record_id": "record_id", "supplier": "supplier", "supplier_id": "supplier_id", "target_type_id": "target_type_id", "type_id": "type_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = _types.to_json(self.account)

        account_id = self.account_id

        amount = self.amount

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = _types.to_json(self.client)

        client_id = self.client_id

        comment = self.comment

        date = self.date

        document_id = self.document_id

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = _types.to_json(self.expense)

        expense_id = self.expense_id

        goods_transaction_id = self.goods_transaction_id

        id = self.id

        item_id = self.item_id

        master: list[Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master

        master_id = self.master_id

        record_id = self.record_id

        supplier: list[Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier

        supplier_id = self.supplier_id

        target_type_id = self.target_type_id

        type_id = self.type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if client is not UNSET:
            field_dict["client"] = client
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date is not UNSET:
            field_dict["date"] = date
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if expense is not UNSET:
            field_dict["expense"] = expense
        if expense_id is not UNSET:
            field_dict["expense_id"] = expense_id
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id
        if id is not UNSET:
            field_dict["id"] = id
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if master is not UNSET:
            field_dict["master"] = master
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if target_type_id is not UNSET:
            field_dict["target_type_id"] = target_type_id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: DetailPaymentTransactionsItemAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = _types.parse_model(DetailPaymentTransactionsItemAccount, _account)

        account_id = d.pop("account_id", UNSET)

        amount = d.pop("amount", UNSET)

        _client = d.pop("client", UNSET)
        client: DetailPaymentTransactionsItemClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = _types.parse_model(DetailPaymentTransactionsItemClient, _client)

        client_id = d.pop("client_id", UNSET)

        comment = d.pop("comment", UNSET)

        date = d.pop("date", UNSET)

        document_id = d.pop("document_id", UNSET)

        _expense = d.pop("expense", UNSET)
        expense: DetailPaymentTransactionsItemExpense | Unset
        if isinstance(_expense, Unset):
            expense = UNSET
        else:
            expense = _types.parse_model(DetailPaymentTransactionsItemExpense, _expense)

        expense_id = d.pop("expense_id", UNSET)

        goods_transaction_id = d.pop("goods_transaction_id", UNSET)

        id = d.pop("id", UNSET)

        item_id = d.pop("item_id", UNSET)

        _master = d.pop("master", UNSET)
        master: list[Any] | Unset = UNSET
        if _master is not UNSET:
            master = _types.parse_plain_list(_master)

        master_id = d.pop("master_id", UNSET)

        record_id = d.pop("record_id", UNSET)

        _supplier = d.pop("supplier", UNSET)
        supplier: list[Any] | Unset = UNSET
        if _supplier is not UNSET:
            supplier = _types.parse_plain_list(_supplier)

        supplier_id = d.pop("supplier_id", UNSET)

        target_type_id = d.pop("target_type_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        _instance = cls(
            account,
            account_id,
            amount,
            client,
            client_id,
            comment,
            date,
            document_id,
            expense,
            expense_id,
            goods_transaction_id,
            id,
            item_id,
            master,
            master_id,
            record_id,
            supplier,
            supplier_id,
            target_type_id,
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
