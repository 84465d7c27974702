from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calculation_currency import CalculationCurrency
    from ..models.calculation_total_sum import CalculationTotalSum

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, CalculationCurrency, CalculationTotalSum
    from ..models.calculation_currency import CalculationCurrency  # noqa: PLC0415
    from ..models.calculation_total_sum import CalculationTotalSum  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Calculation")


@_attrs_define
class Calculation:
    """Mutual settlements.

    Attributes:
        currency (CalculationCurrency | Unset): Currency.
        total_sum (CalculationTotalSum | Unset): Total sum.
    """

    currency: CalculationCurrency | Unset = UNSET
    total_sum: CalculationTotalSum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"currency": "currency", "total_sum": "total_sum"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = _types.to_json(self.currency)

        total_sum: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_sum, Unset):
            total_sum = _types.to_json(self.total_sum)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if total_sum is not UNSET:
            field_dict["total_sum"] = total_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _currency = d.pop("currency", UNSET)
        currency: CalculationCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = _types.parse_model(CalculationCurrency, _currency)

        _total_sum = d.pop("total_sum", UNSET)
        total_sum: CalculationTotalSum | Unset
        if isinstance(_total_sum, Unset):
            total_sum = UNSET
        else:
            total_sum = _types.parse_model(CalculationTotalSum, _total_sum)

        _instance = cls(
            currency,
            total_sum,
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
