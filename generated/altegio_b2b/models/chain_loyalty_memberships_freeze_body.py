from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

T = TypeVar("T", bound="ChainLoyaltyMembershipsFreezeBody")


@_attrs_define
class ChainLoyaltyMembershipsFreezeBody:
    """
    Attributes:
        freeze_till (datetime.datetime): Date until which the membership will be frozen (ISO 8601 format) Example:
            2026-09-21T23:00:00+00:00.
    """

    freeze_till: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"freeze_till": "freeze_till"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        freeze_till = _types.datetime_json(self.freeze_till, "iso")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "freeze_till": freeze_till,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        freeze_till = _types.parse_datetime(d.pop("freeze_till"))

        _instance = cls(
            freeze_till,
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
