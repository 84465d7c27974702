from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client import Client
    from ..models.finance_transaction_account import FinanceTransactionAccount
    from ..models.finance_transaction_expense import FinanceTransactionExpense
    from ..models.finance_transaction_master import FinanceTransactionMaster
    from ..models.finance_transaction_supplier import FinanceTransactionSupplier


T = TypeVar("T", bound="FinanceTransaction")


@_attrs_define
class FinanceTransaction:
    """
    Attributes:
        account (FinanceTransactionAccount | Unset): Location account
        amount (float | Unset): Transaction amount
        client (Client | Unset): User
        comment (str | Unset): A comment
        date (datetime.datetime | Unset): Transaction creation date Example: 2026-09-21T23:00:00+00:00.
        document_id (int | Unset): Document ID
        expense (FinanceTransactionExpense | Unset): Payment type
        id (int | Unset): Transaction ID
        last_change_date (datetime.datetime | Unset): Last modified date Example: 2026-09-21T23:00:00+00:00.
        master (FinanceTransactionMaster | Unset): Team Member
        record_id (int | Unset): Appointment ID
        sold_item_id (int | Unset): Identifier of the sold product/service
        sold_item_type (float | Unset): Sale entity type (product/service)
        supplier (FinanceTransactionSupplier | Unset): counterparty
        visit_id (int | Unset): Visit ID
    """

    account: FinanceTransactionAccount | Unset = UNSET
    amount: float | Unset = UNSET
    client: Client | Unset = UNSET
    comment: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    document_id: int | Unset = UNSET
    expense: FinanceTransactionExpense | Unset = UNSET
    id: int | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    master: FinanceTransactionMaster | Unset = UNSET
    record_id: int | Unset = UNSET
    sold_item_id: int | Unset = UNSET
    sold_item_type: float | Unset = UNSET
    supplier: FinanceTransactionSupplier | Unset = UNSET
    visit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = _types.to_json(self.account)

        amount = self.amount

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = _types.to_json(self.client)

        comment = self.comment

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = _types.datetime_json(self.date, "iso")

        document_id = self.document_id

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = _types.to_json(self.expense)

        id = self.id

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = _types.datetime_json(self.last_change_date, "iso")

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = _types.to_json(self.master)

        record_id = self.record_id

        sold_item_id = self.sold_item_id

        sold_item_type = self.sold_item_type

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = _types.to_json(self.supplier)

        visit_id = self.visit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if amount is not UNSET:
            field_dict["amount"] = amount
        if client is not UNSET:
            field_dict["client"] = client
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date is not UNSET:
            field_dict["date"] = date
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if expense is not UNSET:
            field_dict["expense"] = expense
        if id is not UNSET:
            field_dict["id"] = id
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if master is not UNSET:
            field_dict["master"] = master
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if sold_item_id is not UNSET:
            field_dict["sold_item_id"] = sold_item_id
        if sold_item_type is not UNSET:
            field_dict["sold_item_type"] = sold_item_type
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client import Client  # noqa: PLC0415
        from ..models.finance_transaction_account import FinanceTransactionAccount  # noqa: PLC0415
        from ..models.finance_transaction_expense import FinanceTransactionExpense  # noqa: PLC0415
        from ..models.finance_transaction_master import FinanceTransactionMaster  # noqa: PLC0415
        from ..models.finance_transaction_supplier import FinanceTransactionSupplier  # noqa: PLC0415

        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: FinanceTransactionAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = _types.parse_model(FinanceTransactionAccount, _account)

        amount = d.pop("amount", UNSET)

        _client = d.pop("client", UNSET)
        client: Client | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = _types.parse_model(Client, _client)

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

        id = d.pop("id", UNSET)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = _types.parse_datetime(_last_change_date)

        _master = d.pop("master", UNSET)
        master: FinanceTransactionMaster | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = _types.parse_model(FinanceTransactionMaster, _master)

        record_id = d.pop("record_id", UNSET)

        sold_item_id = d.pop("sold_item_id", UNSET)

        sold_item_type = d.pop("sold_item_type", UNSET)

        _supplier = d.pop("supplier", UNSET)
        supplier: FinanceTransactionSupplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = _types.parse_model(FinanceTransactionSupplier, _supplier)

        visit_id = d.pop("visit_id", UNSET)

        finance_transaction = cls(
            account=account,
            amount=amount,
            client=client,
            comment=comment,
            date=date,
            document_id=document_id,
            expense=expense,
            id=id,
            last_change_date=last_change_date,
            master=master,
            record_id=record_id,
            sold_item_id=sold_item_id,
            sold_item_type=sold_item_type,
            supplier=supplier,
            visit_id=visit_id,
        )

        finance_transaction.additional_properties = d
        return finance_transaction

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
