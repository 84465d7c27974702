from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.search_team_member_period_daily_salary_data_period_calculation_daily_item import (
        SearchTeamMemberPeriodDailySalaryDataPeriodCalculationDailyItem,
    )


T = TypeVar("T", bound="SearchTeamMemberPeriodDailySalaryData")


@_attrs_define
class SearchTeamMemberPeriodDailySalaryData:
    """Payroll for a period for a specific team member grouped by date.

    Attributes:
        currency (Currency | Unset): Currency
        period_calculation_daily (list[SearchTeamMemberPeriodDailySalaryDataPeriodCalculationDailyItem] | Unset):
    """

    currency: Currency | Unset = UNSET
    period_calculation_daily: list[SearchTeamMemberPeriodDailySalaryDataPeriodCalculationDailyItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = _types.to_json(self.currency)

        period_calculation_daily: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.period_calculation_daily, Unset):
            period_calculation_daily = _types.to_json(self.period_calculation_daily)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if period_calculation_daily is not UNSET:
            field_dict["period_calculation_daily"] = period_calculation_daily

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.search_team_member_period_daily_salary_data_period_calculation_daily_item import (
            SearchTeamMemberPeriodDailySalaryDataPeriodCalculationDailyItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = _types.parse_model(Currency, _currency)

        def _parse_period_calculation_daily_item(period_calculation_daily_item_data: Any) -> Any:
            period_calculation_daily_item = _types.parse_model(
                SearchTeamMemberPeriodDailySalaryDataPeriodCalculationDailyItem, period_calculation_daily_item_data
            )

            return period_calculation_daily_item

        _period_calculation_daily = d.pop("period_calculation_daily", UNSET)
        period_calculation_daily: list[SearchTeamMemberPeriodDailySalaryDataPeriodCalculationDailyItem] | Unset = UNSET
        if _period_calculation_daily is not UNSET:
            period_calculation_daily = _types.parse_list(
                _period_calculation_daily, _parse_period_calculation_daily_item
            )

        search_team_member_period_daily_salary_data = cls(
            currency=currency,
            period_calculation_daily=period_calculation_daily,
        )

        search_team_member_period_daily_salary_data.additional_properties = d
        return search_team_member_period_daily_salary_data

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
