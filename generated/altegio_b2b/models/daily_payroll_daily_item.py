from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.daily_payroll_daily_item_payroll_sum import DailyPayrollDailyItemPayrollSum

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, DailyPayrollDailyItemPayrollSum
    from ..models.daily_payroll_daily_item_payroll_sum import DailyPayrollDailyItemPayrollSum  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="DailyPayrollDailyItem")


@_attrs_define
class DailyPayrollDailyItem:
    """
    Attributes:
        date (str | Unset): Date.
        payroll_sum (DailyPayrollDailyItemPayrollSum | Unset): Total payroll sum for this date.
    """

    date: str | Unset = UNSET
    payroll_sum: DailyPayrollDailyItemPayrollSum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"date": "date", "payroll_sum": "payroll_sum"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        date = self.date

        payroll_sum: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payroll_sum, Unset):
            payroll_sum = _types.to_json(self.payroll_sum)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if payroll_sum is not UNSET:
            field_dict["payroll_sum"] = payroll_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        date = d.pop("date", UNSET)

        _payroll_sum = d.pop("payroll_sum", UNSET)
        payroll_sum: DailyPayrollDailyItemPayrollSum | Unset
        if isinstance(_payroll_sum, Unset):
            payroll_sum = UNSET
        else:
            payroll_sum = _types.parse_model(DailyPayrollDailyItemPayrollSum, _payroll_sum)

        _instance = cls(
            date,
            payroll_sum,
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
