from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.income_currency import IncomeCurrency
    from ..models.income_income_stats import IncomeIncomeStats
    from ..models.income_income_stats_by_day_item import IncomeIncomeStatsByDayItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, IncomeCurrency, IncomeIncomeStats, IncomeIncomeStatsByDayItem
    from ..models.income_currency import IncomeCurrency  # noqa: PLC0415
    from ..models.income_income_stats import IncomeIncomeStats  # noqa: PLC0415
    from ..models.income_income_stats_by_day_item import IncomeIncomeStatsByDayItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Income")


@_attrs_define
class Income:
    """Object with data

    Attributes:
        currency (IncomeCurrency | Unset): Currency
        income_stats (IncomeIncomeStats | Unset): revenue statistics
        income_stats_by_day (list[IncomeIncomeStatsByDayItem] | Unset): Revenue statistics by day
    """

    currency: IncomeCurrency | Unset = UNSET
    income_stats: IncomeIncomeStats | Unset = UNSET
    income_stats_by_day: list[IncomeIncomeStatsByDayItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"currency": "currency", "income_stats": "income_stats", "income_stats_by_day": "income_stats_by_day"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = _types.to_json(self.currency)

        income_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_stats, Unset):
            income_stats = _types.to_json(self.income_stats)

        income_stats_by_day: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.income_stats_by_day, Unset):
            income_stats_by_day = _types.to_json(self.income_stats_by_day)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if income_stats is not UNSET:
            field_dict["income_stats"] = income_stats
        if income_stats_by_day is not UNSET:
            field_dict["income_stats_by_day"] = income_stats_by_day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _currency = d.pop("currency", UNSET)
        currency: IncomeCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = _types.parse_model(IncomeCurrency, _currency)

        _income_stats = d.pop("income_stats", UNSET)
        income_stats: IncomeIncomeStats | Unset
        if isinstance(_income_stats, Unset):
            income_stats = UNSET
        else:
            income_stats = _types.parse_model(IncomeIncomeStats, _income_stats)

        _income_stats_by_day = d.pop("income_stats_by_day", UNSET)
        income_stats_by_day: list[IncomeIncomeStatsByDayItem] | Unset = UNSET
        if _income_stats_by_day is not UNSET:
            income_stats_by_day = _types.parse_model_list(IncomeIncomeStatsByDayItem, _income_stats_by_day)

        _instance = cls(
            currency,
            income_stats,
            income_stats_by_day,
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
