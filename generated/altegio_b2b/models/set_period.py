from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="SetPeriod")


@_attrs_define
class SetPeriod:
    """
    Attributes:
        expiration_date (datetime.datetime | Unset): New expiration date Example: 2026-09-21T23:00:00+00:00.
        id (int | Unset):
        period (int | Unset): Updated period duration
        period_unit_id (int | Unset): Period unit type
    """

    expiration_date: datetime.datetime | Unset = UNSET
    id: int | Unset = UNSET
    period: int | Unset = UNSET
    period_unit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"expiration_date": "expiration_date", "id": "id", "period": "period", "period_unit_id": "period_unit_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = _types.datetime_json(self.expiration_date, "iso")

        id = self.id

        period = self.period

        period_unit_id = self.period_unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if id is not UNSET:
            field_dict["id"] = id
        if period is not UNSET:
            field_dict["period"] = period
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _expiration_date = d.pop("expiration_date", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = _types.parse_datetime(_expiration_date)

        id = d.pop("id", UNSET)

        period = d.pop("period", UNSET)

        period_unit_id = d.pop("period_unit_id", UNSET)

        _instance = cls(
            expiration_date,
            id,
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
