from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoyaltyAbonement")


@_attrs_define
class LoyaltyAbonement:
    """
    Attributes:
        freeze_period (int | Unset): Total freeze period in days
        freeze_till (datetime.datetime | Unset): Date until which membership is frozen Example:
            2026-09-21T23:00:00+00:00.
        id (int | Unset):
        is_frozen (bool | Unset):
        number (str | Unset):
    """

    freeze_period: int | Unset = UNSET
    freeze_till: datetime.datetime | Unset = UNSET
    id: int | Unset = UNSET
    is_frozen: bool | Unset = UNSET
    number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"freeze_period": "freeze_period", "freeze_till": "freeze_till", "id": "id", "is_frozen": "is_frozen", "number": "number"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        freeze_period = self.freeze_period

        freeze_till: str | Unset = UNSET
        if not isinstance(self.freeze_till, Unset):
            freeze_till = _types.datetime_json(self.freeze_till, "iso")

        id = self.id

        is_frozen = self.is_frozen

        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if freeze_period is not UNSET:
            field_dict["freeze_period"] = freeze_period
        if freeze_till is not UNSET:
            field_dict["freeze_till"] = freeze_till
        if id is not UNSET:
            field_dict["id"] = id
        if is_frozen is not UNSET:
            field_dict["is_frozen"] = is_frozen
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        freeze_period = d.pop("freeze_period", UNSET)

        _freeze_till = d.pop("freeze_till", UNSET)
        freeze_till: datetime.datetime | Unset
        if isinstance(_freeze_till, Unset):
            freeze_till = UNSET
        else:
            freeze_till = _types.parse_datetime(_freeze_till)

        id = d.pop("id", UNSET)

        is_frozen = d.pop("is_frozen", UNSET)

        number = d.pop("number", UNSET)

        _instance = cls(
            freeze_period,
            freeze_till,
            id,
            is_frozen,
            number,
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
