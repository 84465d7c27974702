from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_salary_period_response_200_type_0_currency import (
        GetTeamMemberSalaryPeriodResponse200Type0Currency,
    )

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, GetTeamMemberSalaryPeriodResponse200Type0Currency
    from ..models.get_team_member_salary_period_response_200_type_0_currency import (
        GetTeamMemberSalaryPeriodResponse200Type0Currency,  # noqa: PLC0415
    )

    _LAZY_READY = True


T = TypeVar("T", bound="GetTeamMemberSalaryPeriodResponse200Type0")


@_attrs_define
class GetTeamMemberSalaryPeriodResponse200Type0:
    """
    Attributes:
        goods_sales_count (int | Unset): Number of products sold.
        goods_sales_sum (str | Unset): Cost of products sold.
        group_services_count (int | Unset): Number of group services provided.
        salary (str | Unset): Salary.
        services_count (int | Unset): Number of services provided.
        services_sum (str | Unset): The cost of services provided.
        total_sum (str | Unset): Total cost.
        working_days_count (int | Unset): Number of working days.
        working_hours_count (int | Unset): Number of working hours.
        currency (GetTeamMemberSalaryPeriodResponse200Type0Currency | Unset): Currency.
    """

    goods_sales_count: int | Unset = UNSET
    goods_sales_sum: str | Unset = UNSET
    group_services_count: int | Unset = UNSET
    salary: str | Unset = UNSET
    services_count: int | Unset = UNSET
    services_sum: str | Unset = UNSET
    total_sum: str | Unset = UNSET
    working_days_count: int | Unset = UNSET
    working_hours_count: int | Unset = UNSET
    currency: GetTeamMemberSalaryPeriodResponse200Type0Currency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"goods_sales_count": "goods_sales_count", "goods_sales_sum": "goods_sales_sum", "group_services_count": "group_services_count", "salary": "salary", "services_count": "services_count", "services_sum": "services_sum", "total_sum": "total_sum", "working_days_count": "working_days_count", "working_hours_count": "working_hours_count", "currency": "currency"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        goods_sales_count = self.goods_sales_count

        goods_sales_sum = self.goods_sales_sum

        group_services_count = self.group_services_count

        salary = self.salary

        services_count = self.services_count

        services_sum = self.services_sum

        total_sum = self.total_sum

        working_days_count = self.working_days_count

        working_hours_count = self.working_hours_count

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = _types.to_json(self.currency)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if goods_sales_count is not UNSET:
            field_dict["goods_sales_count"] = goods_sales_count
        if goods_sales_sum is not UNSET:
            field_dict["goods_sales_sum"] = goods_sales_sum
        if group_services_count is not UNSET:
            field_dict["group_services_count"] = group_services_count
        if salary is not UNSET:
            field_dict["salary"] = salary
        if services_count is not UNSET:
            field_dict["services_count"] = services_count
        if services_sum is not UNSET:
            field_dict["services_sum"] = services_sum
        if total_sum is not UNSET:
            field_dict["total_sum"] = total_sum
        if working_days_count is not UNSET:
            field_dict["working_days_count"] = working_days_count
        if working_hours_count is not UNSET:
            field_dict["working_hours_count"] = working_hours_count
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        goods_sales_count = d.pop("goods_sales_count", UNSET)

        goods_sales_sum = d.pop("goods_sales_sum", UNSET)

        group_services_count = d.pop("group_services_count", UNSET)

        salary = d.pop("salary", UNSET)

        services_count = d.pop("services_count", UNSET)

        services_sum = d.pop("services_sum", UNSET)

        total_sum = d.pop("total_sum", UNSET)

        working_days_count = d.pop("working_days_count", UNSET)

        working_hours_count = d.pop("working_hours_count", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: GetTeamMemberSalaryPeriodResponse200Type0Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = _types.parse_model(GetTeamMemberSalaryPeriodResponse200Type0Currency, _currency)

        _instance = cls(
            goods_sales_count,
            goods_sales_sum,
            group_services_count,
            salary,
            services_count,
            services_sum,
            total_sum,
            working_days_count,
            working_hours_count,
            currency,
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
