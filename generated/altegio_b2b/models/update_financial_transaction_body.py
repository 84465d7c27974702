from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateFinancialTransactionBody")


@_attrs_define
class UpdateFinancialTransactionBody:
    """Create a Financial Transaction

    Attributes:
        account_id (int | Unset): Checkout ID
        amount (float | Unset): Transaction amount
        client_id (int | Unset): Client ID
        comment (str | Unset): A comment
        date (datetime.datetime | Unset): Transaction creation date Example: 2026-09-21T23:00:00+00:00.
        expense_id (int | Unset): Payment item
        master_id (int | Unset): team member ID
        supplier_id (int | Unset): Supplier ID
    """

    account_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    client_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    expense_id: int | Unset = UNSET
    master_id: int | Unset = UNSET
    supplier_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"account_id": "account_id", "amount": "amount", "client_id": "client_id", "comment": "comment", "date": "date", "expense_id": "expense_id", "master_id": "master_id", "supplier_id": "supplier_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        amount = self.amount

        client_id = self.client_id

        comment = self.comment

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = _types.datetime_json(self.date, "iso")

        expense_id = self.expense_id

        master_id = self.master_id

        supplier_id = self.supplier_id

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
        if expense_id is not UNSET:
            field_dict["expense_id"] = expense_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id", UNSET)

        amount = d.pop("amount", UNSET)

        client_id = d.pop("client_id", UNSET)

        comment = d.pop("comment", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _types.parse_datetime(_date)

        expense_id = d.pop("expense_id", UNSET)

        master_id = d.pop("master_id", UNSET)

        supplier_id = d.pop("supplier_id", UNSET)

        _instance = cls(
            account_id,
            amount,
            client_id,
            comment,
            date,
            expense_id,
            master_id,
            supplier_id,
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
