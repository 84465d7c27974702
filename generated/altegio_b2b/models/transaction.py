from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_account import TransactionAccount
    from ..models.transaction_client import TransactionClient
    from ..models.transaction_expense import TransactionExpense
    from ..models.transaction_master import TransactionMaster
    from ..models.transaction_supplier import TransactionSupplier

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        TransactionAccount, \
        TransactionClient, \
        TransactionExpense, \
        TransactionMaster, \
        TransactionSupplier
    from ..models.transaction_account import TransactionAccount  # noqa: PLC0415
    from ..models.transaction_client import TransactionClient  # noqa: PLC0415
    from ..models.transaction_expense import TransactionExpense  # noqa: PLC0415
    from ..models.transaction_master import TransactionMaster  # noqa: PLC0415
    from ..models.transaction_supplier import TransactionSupplier  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """
    Attributes:
        account (TransactionAccount | Unset): Location account
        amount (float | Unset): Transaction amount
        client (TransactionClient | Unset): Customer
        comment (str | Unset): A comment
        date (datetime.datetime | Unset): Transaction creation date Example: 2026-09-21T23:00:00+00:00.
        document_id (int | Unset): Document ID
        expense (TransactionExpense | Unset): Payment type
        id (int | Unset): Transaction ID
        last_change_date (datetime.datetime | Unset): Last modified date Example: 2026-09-21T23:00:00+00:00.
        master (TransactionMaster | Unset): Team Member
        record_id (int | Unset): Appointment ID
        sold_item_id (int | Unset): Identifier of the sold product/service
        sold_item_type (float | Unset): Sale entity type (product/service)
        supplier (TransactionSupplier | Unset): counterparty
        visit_id (int | Unset): Visit ID
    """

    account: TransactionAccount | Unset = UNSET
    amount: float | Unset = UNSET
    client: TransactionClient | Unset = UNSET
    comment: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    document_id: int | Unset = UNSET
    expense: TransactionExpense | Unset = UNSET
    id: int | Unset = UNSET
    last_change_date: datetime.datetime | Unset = UNSET
    master: TransactionMaster | Unset = UNSET
    record_id: int | Unset = UNSET
    sold_item_id: int | Unset = UNSET
    sold_item_type: float | Unset = UNSET
    supplier: TransactionSupplier | Unset = UNSET
    visit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"account": "account", "amount": "amount", "client": "client", "comment": "comment", "date": "date", "document_id": "document_id", "expense": "expense", "id": "id", "last_change_date": "last_change_date", "master": "master", "record_id": "record_id", "sold_item_id": "sold_item_id", "sold_item_type": "sold_item_type", "supplier": "supplier", "visit_id": "visit_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
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
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: TransactionAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = _types.parse_model(TransactionAccount, _account)

        amount = d.pop("amount", UNSET)

        _client = d.pop("client", UNSET)
        client: TransactionClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = _types.parse_model(TransactionClient, _client)

        comment = d.pop("comment", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _types.parse_datetime(_date)

        document_id = d.pop("document_id", UNSET)

        _expense = d.pop("expense", UNSET)
        expense: TransactionExpense | Unset
        if isinstance(_expense, Unset):
            expense = UNSET
        else:
            expense = _types.parse_model(TransactionExpense, _expense)

        id = d.pop("id", UNSET)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = _types.parse_datetime(_last_change_date)

        _master = d.pop("master", UNSET)
        master: TransactionMaster | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = _types.parse_model(TransactionMaster, _master)

        record_id = d.pop("record_id", UNSET)

        sold_item_id = d.pop("sold_item_id", UNSET)

        sold_item_type = d.pop("sold_item_type", UNSET)

        _supplier = d.pop("supplier", UNSET)
        supplier: TransactionSupplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = _types.parse_model(TransactionSupplier, _supplier)

        visit_id = d.pop("visit_id", UNSET)

        _instance = cls(
            account,
            amount,
            client,
            comment,
            date,
            document_id,
            expense,
            id,
            last_change_date,
            master,
            record_id,
            sold_item_id,
            sold_item_type,
            supplier,
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
