from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTimetableEventScheduleBody")


@_attrs_define
class UpdateTimetableEventScheduleBody:
    """
    Attributes:
        date_end (datetime.date | Unset): Date of the schedule end. Example: 2026-09-21.
    """

    date_end: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"date_end": "date_end"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        date_end: str | Unset = UNSET
        if not isinstance(self.date_end, Unset):
            date_end = _types.date_json(self.date_end)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_end is not UNSET:
            field_dict["date_end"] = date_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date_end = d.pop("date_end", UNSET)
        date_end: datetime.date | Unset
        if isinstance(_date_end, Unset):
            date_end = UNSET
        else:
            date_end = _types.parse_date(_date_end)

        _instance = cls(
            date_end,
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
