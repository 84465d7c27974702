from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.finance_transaction_account import FinanceTransactionAccount
    from ..models.finance_transaction_client import FinanceTransactionClient
    from ..models.finance_transaction_expense import FinanceTransactionExpense
    from ..models.finance_transaction_master_type_0 import FinanceTransactionMasterType0
    from ..models.finance_transaction_master_type_1_item import FinanceTransactionMasterType1Item
    from ..models.finance_transaction_supplier_type_0_item import FinanceTransactionSupplierType0Item
    from ..models.finance_transaction_supplier_type_1 import FinanceTransactionSupplierType1

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        FinanceTransactionAccount, \
        FinanceTransactionClient, \
        FinanceTransactionExpense, \
        FinanceTransactionMasterType0, \
        FinanceTransactionMasterType1Item, \
        FinanceTransactionSupplierType0Item, \
        FinanceTransactionSupplierType1
    from ..models.finance_transaction_account import FinanceTransactionAccount  # noqa: PLC0415
    from ..models.finance_transaction_client import FinanceTransactionClient  # noqa: PLC0415
    from ..models.finance_transaction_expense import FinanceTransactionExpense  # noqa: PLC0415
    from ..models.finance_transaction_master_type_0 import FinanceTransactionMasterType0  # noqa: PLC0415
    from ..models.finance_transaction_master_type_1_item import FinanceTransactionMasterType1Item  # noqa: PLC0415
    from ..models.finance_transaction_supplier_type_0_item import FinanceTransactionSupplierType0Item  # noqa: PLC0415
    from ..models.finance_transaction_supplier_type_1 import FinanceTransactionSupplierType1  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="FinanceTransaction")


@_attrs_define
class FinanceTransaction:
    """Object with data

    Attributes:
        account (FinanceTransactionAccount | Unset): Location account
        account_id (int | Unset): Checkout ID
        amount (float | Unset): Transaction amount
        client (FinanceTransactionClient | Unset): Customer
        client_id (int | Unset): Client ID
        comment (str | Unset): A comment
        date (datetime.datetime | Unset): Transaction creation date Example: 2026-09-21T23:00:00+00:00.
        document_id (int | Unset): Document ID
        expense (FinanceTransactionExpense | Unset): Payment type
        expense_id (int | Unset): Payment Item ID
        goods_transaction_id (int | Unset): Commodity transaction ID
        id (int | Unset): Transaction ID
        item_id (int | Unset):
        master (FinanceTransactionMasterType0 | list[FinanceTransactionMasterType1Item] | Unset): team member
        master_id (int | Unset): team member ID
        record_id (int | Unset): Appointment ID
        supplier (FinanceTransactionSupplierType1 | list[FinanceTransactionSupplierType0Item] | Unset): counterparty
        supplier_id (int | Unset): Supplier ID
        target_type_id (int | Unset):
        type_id (int | Unset): Payment type ID
        last_change_date (datetime.datetime | Unset): Last modified date Example: 2026-09-21T23:00:00+00:00.
        sold_item_id (int | Unset): Identifier of the sold product/service
        sold_item_type (float | Unset): Sale entity type (product/service)
        visit_id (int | Unset): Visit ID
    """

    account: FinanceTransactionAccount | Unset = UNSET
    account_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    client: FinanceTransactionClient | Unset = UNSET
    client_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    document_id: int | Unset = UNSET
    expense: FinanceTransactionExpense | Unset = UNSET
    expense_id: int | Unset = UNSET
    goods_transaction_id: int | Unset = UNSET
    id: int | Unset = UNSET
    item_id: int | Unset = UNSET
    master: FinanceTransactionMasterType0 | list[FinanceTransactionMasterType1Item] | Unset = UNSET
    master_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    supplier: FinanceTransactionSupplierType1 | list[FinanceTransactionSupplierType0Item] | Unset = UNSET
    supplier_id: int | Unset = UNSET
    target_type_id: int | Unset = UNSET
    type_id: int | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    sold_item_id: int | Unset = UNSET
    sold_item_type: float | Unset = UNSET
    visit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"account": "account", "account_id": "account_id", "amount": "amount", "client": "client", "client_id": "client_id", "comment": "comment", "date": "date", "document_id": "document_id", "expense": "expense", "expense_id": "expense_id", "goods_transaction_id": "goods_transaction_id", "id": "id", "item_id": "item_id", "master": "master", "master_id": "master_id", "record_id": "record_id", "supplier": "supplier", "supplier_id": "supplier_id", "target_type_id": "target_type_id", "type_id": "type_id", "last_change_date": "last_change_date", "sold_item_id": "sold_item_id", "sold_item_type": "sold_item_type", "visit_id": "visit_id"}  # fmt: skip

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

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = _types.datetime_json(self.date, "iso")

        document_id = self.document_id

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = _types.to_json(self.expense)

        expense_id = self.expense_id

        goods_transaction_id = self.goods_transaction_id

        id = self.id

        item_id = self.item_id

        master: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.master, Unset):
            master = UNSET
        elif isinstance(self.master, FinanceTransactionMasterType0):
            master = _types.to_json(self.master)
        else:
            master = _types.to_json(self.master)

        master_id = self.master_id

        record_id = self.record_id

        supplier: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.supplier, Unset):
            supplier = UNSET
        elif isinstance(self.supplier, list):
            supplier = _types.to_json(self.supplier)

        else:
            supplier = _types.to_json(self.supplier)

        supplier_id = self.supplier_id

        target_type_id = self.target_type_id

        type_id = self.type_id

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = _types.datetime_json(self.last_change_date, "iso")

        sold_item_id = self.sold_item_id

        sold_item_type = self.sold_item_type

        visit_id = self.visit_id

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
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if sold_item_id is not UNSET:
            field_dict["sold_item_id"] = sold_item_id
        if sold_item_type is not UNSET:
            field_dict["sold_item_type"] = sold_item_type
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: FinanceTransactionAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = _types.parse_model(FinanceTransactionAccount, _account)

        account_id = d.pop("account_id", UNSET)

        amount = d.pop("amount", UNSET)

        _client = d.pop("client", UNSET)
        client: FinanceTransactionClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = _types.parse_model(FinanceTransactionClient, _client)

        client_id = d.pop("client_id", UNSET)

        comment = d.pop("comment", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _types.parse_datetime(_date)

        document_id = d.pop("document_id", UNSET)

        _expense = d.pop("expense", UNSET)
        expense: FinanceTransactionExpense | Unset
        if isinstance(_expense, Unset):
            expense = UNSET
        else:
            expense = _types.parse_model(FinanceTransactionExpense, _expense)

        expense_id = d.pop("expense_id", UNSET)

        goods_transaction_id = d.pop("goods_transaction_id", UNSET)

        id = d.pop("id", UNSET)

        item_id = d.pop("item_id", UNSET)

        def _parse_master(
            data: object,
        ) -> FinanceTransactionMasterType0 | list[FinanceTransactionMasterType1Item] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                master_type_0 = _types.parse_model(FinanceTransactionMasterType0, data)

                if master_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return master_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (isinstance(data, list) or data == {}):
                    raise TypeError()
                master_type_1 = _types.parse_model_list(FinanceTransactionMasterType1Item, data)

                if master_type_1 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return master_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(FinanceTransactionMasterType0 | list[FinanceTransactionMasterType1Item] | Unset, data)

        master = _parse_master(d.pop("master", UNSET))

        master_id = d.pop("master_id", UNSET)

        record_id = d.pop("record_id", UNSET)

        def _parse_supplier(
            data: object,
        ) -> FinanceTransactionSupplierType1 | list[FinanceTransactionSupplierType0Item] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, list) or data == {}):
                    raise TypeError()
                supplier_type_0 = _types.parse_model_list(FinanceTransactionSupplierType0Item, data)

                if supplier_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return supplier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                supplier_type_1 = _types.parse_model(FinanceTransactionSupplierType1, data)

                if supplier_type_1 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return supplier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(FinanceTransactionSupplierType1 | list[FinanceTransactionSupplierType0Item] | Unset, data)

        supplier = _parse_supplier(d.pop("supplier", UNSET))

        supplier_id = d.pop("supplier_id", UNSET)

        target_type_id = d.pop("target_type_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = _types.parse_datetime(_last_change_date)

        sold_item_id = d.pop("sold_item_id", UNSET)

        sold_item_type = d.pop("sold_item_type", UNSET)

        visit_id = d.pop("visit_id", UNSET)

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
            last_change_date,
            sold_item_id,
            sold_item_type,
            visit_id,
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
