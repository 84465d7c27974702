from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_memberships_set_balance_body_services_balance_count_item import (
        ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem,
    )

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem
    from ..models.chain_loyalty_memberships_set_balance_body_services_balance_count_item import (
        ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem,  # noqa: PLC0415
    )

    _LAZY_READY = True


T = TypeVar("T", bound="ChainLoyaltyMembershipsSetBalanceBody")


@_attrs_define
class ChainLoyaltyMembershipsSetBalanceBody:
    """
    Attributes:
        services_balance_count (list[ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem] | Unset): New
            balance for separate balance subscriptions (per service/category)
        united_balance_services_count (int | Unset): New visit count for unified balance subscriptions
    """

    services_balance_count: list[ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem] | Unset = UNSET
    united_balance_services_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"services_balance_count": "services_balance_count", "united_balance_services_count": "united_balance_services_count"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        services_balance_count: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services_balance_count, Unset):
            services_balance_count = _types.to_json(self.services_balance_count)

        united_balance_services_count = self.united_balance_services_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if services_balance_count is not UNSET:
            field_dict["services_balance_count"] = services_balance_count
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _services_balance_count = d.pop("services_balance_count", UNSET)
        services_balance_count: list[ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem] | Unset = UNSET
        if _services_balance_count is not UNSET:
            services_balance_count = _types.parse_model_list(
                ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem, _services_balance_count
            )

        united_balance_services_count = d.pop("united_balance_services_count", UNSET)

        _instance = cls(
            services_balance_count,
            united_balance_services_count,
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
