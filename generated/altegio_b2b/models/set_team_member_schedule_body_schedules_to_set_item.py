from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="SetTeamMemberScheduleBodySchedulesToSetItem")


@_attrs_define
class SetTeamMemberScheduleBodySchedulesToSetItem:
    """
    Attributes:
        dates (list[Any] | Unset): Dates to set schedule for (YYYY-MM-DD)
        slots (list[Any] | Unset): Working time intervals
        team_member_id (int | Unset): Team member ID
    """

    dates: list[Any] | Unset = UNSET
    slots: list[Any] | Unset = UNSET
    team_member_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"dates": "dates", "slots": "slots", "team_member_id": "team_member_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        dates: list[Any] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = self.dates

        slots: list[Any] | Unset = UNSET
        if not isinstance(self.slots, Unset):
            slots = self.slots

        team_member_id = self.team_member_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dates is not UNSET:
            field_dict["dates"] = dates
        if slots is not UNSET:
            field_dict["slots"] = slots
        if team_member_id is not UNSET:
            field_dict["team_member_id"] = team_member_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _dates = d.pop("dates", UNSET)
        dates: list[Any] | Unset = UNSET
        if _dates is not UNSET:
            dates = _types.parse_plain_list(_dates)

        _slots = d.pop("slots", UNSET)
        slots: list[Any] | Unset = UNSET
        if _slots is not UNSET:
            slots = _types.parse_plain_list(_slots)

        team_member_id = d.pop("team_member_id", UNSET)

        _instance = cls(
            dates,
            slots,
            team_member_id,
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
