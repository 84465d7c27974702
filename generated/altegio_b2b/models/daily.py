from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.daily_currency import DailyCurrency
    from ..models.daily_payroll_daily_item import DailyPayrollDailyItem
    from ..models.daily_period_calculation_daily_item import DailyPeriodCalculationDailyItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, DailyCurrency, DailyPayrollDailyItem, DailyPeriodCalculationDailyItem
    from ..models.daily_currency import DailyCurrency  # noqa: PLC0415
    from ..models.daily_payroll_daily_item import DailyPayrollDailyItem  # noqa: PLC0415
    from ..models.daily_period_calculation_daily_item import DailyPeriodCalculationDailyItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Daily")


@_attrs_define
class Daily:
    """Mutual settlements grouped by date.

    Attributes:
        currency (DailyCurrency | Unset): Currency.
        payroll_daily (list[DailyPayrollDailyItem] | Unset):
        period_calculation_daily (list[DailyPeriodCalculationDailyItem] | Unset):
    """

    currency: DailyCurrency | Unset = UNSET
    payroll_daily: list[DailyPayrollDailyItem] | Unset = UNSET
    period_calculation_daily: list[DailyPeriodCalculationDailyItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"currency": "currency", "payroll_daily": "payroll_daily", "period_calculation_daily": "period_calculation_daily"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = _types.to_json(self.currency)

        payroll_daily: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payroll_daily, Unset):
            payroll_daily = _types.to_json(self.payroll_daily)

        period_calculation_daily: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.period_calculation_daily, Unset):
            period_calculation_daily = _types.to_json(self.period_calculation_daily)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payroll_daily is not UNSET:
            field_dict["payroll_daily"] = payroll_daily
        if period_calculation_daily is not UNSET:
            field_dict["period_calculation_daily"] = period_calculation_daily

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _currency = d.pop("currency", UNSET)
        currency: DailyCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = _types.parse_model(DailyCurrency, _currency)

        _payroll_daily = d.pop("payroll_daily", UNSET)
        payroll_daily: list[DailyPayrollDailyItem] | Unset = UNSET
        if _payroll_daily is not UNSET:
            payroll_daily = _types.parse_model_list(DailyPayrollDailyItem, _payroll_daily)

        _period_calculation_daily = d.pop("period_calculation_daily", UNSET)
        period_calculation_daily: list[DailyPeriodCalculationDailyItem] | Unset = UNSET
        if _period_calculation_daily is not UNSET:
            period_calculation_daily = _types.parse_model_list(
                DailyPeriodCalculationDailyItem, _period_calculation_daily
            )

        _instance = cls(
            currency,
            payroll_daily,
            period_calculation_daily,
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
