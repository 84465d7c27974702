from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.overall_income_average_services_stats_currency import OverallIncomeAverageServicesStatsCurrency

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, OverallIncomeAverageServicesStatsCurrency
    from ..models.overall_income_average_services_stats_currency import OverallIncomeAverageServicesStatsCurrency  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="OverallIncomeAverageServicesStats")


@_attrs_define
class OverallIncomeAverageServicesStats:
    """
    Attributes:
        change_percent (int | Unset): The percentage change in the current value of the indicator relative to the past.
            Null if the previous value is 0 and the current value is not 0.
        currency (OverallIncomeAverageServicesStatsCurrency | Unset): Currency
        current_sum (str | Unset): The current value of the indicator
        previous_sum (str | Unset): The value of the indicator in the previous period
    """

    change_percent: int | Unset = UNSET
    currency: OverallIncomeAverageServicesStatsCurrency | Unset = UNSET
    current_sum: str | Unset = UNSET
    previous_sum: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"change_percent": "change_percent", "currency": "currency", "current_sum": "current_sum", "previous_sum": "previous_sum"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        change_percent = self.change_percent

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = _types.to_json(self.currency)

        current_sum = self.current_sum

        previous_sum = self.previous_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if change_percent is not UNSET:
            field_dict["change_percent"] = change_percent
        if currency is not UNSET:
            field_dict["currency"] = currency
        if current_sum is not UNSET:
            field_dict["current_sum"] = current_sum
        if previous_sum is not UNSET:
            field_dict["previous_sum"] = previous_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        change_percent = d.pop("change_percent", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: OverallIncomeAverageServicesStatsCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = _types.parse_model(OverallIncomeAverageServicesStatsCurrency, _currency)

        current_sum = d.pop("current_sum", UNSET)

        previous_sum = d.pop("previous_sum", UNSET)

        _instance = cls(
            change_percent,
            currency,
            current_sum,
            previous_sum,
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
