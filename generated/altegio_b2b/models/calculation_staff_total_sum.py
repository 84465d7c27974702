from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalculationStaffTotalSum")


@_attrs_define
class CalculationStaffTotalSum:
    """Total sum.

    Attributes:
        balance (str | Unset): Balance.
        expense (str | Unset): Expense.
        income (str | Unset): Income.
    """

    balance: str | Unset = UNSET
    expense: str | Unset = UNSET
    income: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"balance": "balance", "expense": "expense", "income": "income"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        expense = self.expense

        income = self.income

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance is not UNSET:
            field_dict["balance"] = balance
        if expense is not UNSET:
            field_dict["expense"] = expense
        if income is not UNSET:
            field_dict["income"] = income

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        balance = d.pop("balance", UNSET)

        expense = d.pop("expense", UNSET)

        income = d.pop("income", UNSET)

        _instance = cls(
            balance,
            expense,
            income,
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
