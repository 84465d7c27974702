from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.chain_loyalty_memberships_set_period_body_period_unit_id import (
    ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId,
)

T = TypeVar("T", bound="ChainLoyaltyMembershipsSetPeriodBody")


@_attrs_define
class ChainLoyaltyMembershipsSetPeriodBody:
    """
    Attributes:
        period (int): Duration value
        period_unit_id (ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId): Period unit: 1 = day, 2 = week, 3 = month, 4
            = year
    """

    period: int
    period_unit_id: ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"period": "period", "period_unit_id": "period_unit_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        period_unit_id = _types.to_json(self.period_unit_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "period_unit_id": period_unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = d.pop("period")

        period_unit_id = _types.parse_enum(ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId, d.pop("period_unit_id"))

        _instance = cls(
            period,
            period_unit_id,
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
