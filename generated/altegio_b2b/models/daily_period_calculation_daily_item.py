from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.daily_period_calculation_daily_item_period_calculation import (
        DailyPeriodCalculationDailyItemPeriodCalculation,
    )

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, DailyPeriodCalculationDailyItemPeriodCalculation
    from ..models.daily_period_calculation_daily_item_period_calculation import (
        DailyPeriodCalculationDailyItemPeriodCalculation,  # noqa: PLC0415
    )

    _LAZY_READY = True


T = TypeVar("T", bound="DailyPeriodCalculationDailyItem")


@_attrs_define
class DailyPeriodCalculationDailyItem:
    """
    Attributes:
        date (str | Unset): Date.
        period_calculation (DailyPeriodCalculationDailyItemPeriodCalculation | Unset): Calculations for this date.
    """

    date: str | Unset = UNSET
    period_calculation: DailyPeriodCalculationDailyItemPeriodCalculation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"date": "date", "period_calculation": "period_calculation"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        date = self.date

        period_calculation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period_calculation, Unset):
            period_calculation = _types.to_json(self.period_calculation)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if period_calculation is not UNSET:
            field_dict["period_calculation"] = period_calculation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        date = d.pop("date", UNSET)

        _period_calculation = d.pop("period_calculation", UNSET)
        period_calculation: DailyPeriodCalculationDailyItemPeriodCalculation | Unset
        if isinstance(_period_calculation, Unset):
            period_calculation = UNSET
        else:
            period_calculation = _types.parse_model(
                DailyPeriodCalculationDailyItemPeriodCalculation, _period_calculation
            )

        _instance = cls(
            date,
            period_calculation,
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
