from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_schedule_data_slots_item import GetTeamMemberScheduleDataSlotsItem


T = TypeVar("T", bound="GetTeamMemberScheduleData")


@_attrs_define
class GetTeamMemberScheduleData:
    """
    Attributes:
        date (str | Unset): date in iso8601 format.
        is_working (bool | Unset): Free time or not.
        slots (list[GetTeamMemberScheduleDataSlotsItem] | Unset): An array of (from, to) working timeslots.
    """

    date: str | Unset = UNSET
    is_working: bool | Unset = UNSET
    slots: list[GetTeamMemberScheduleDataSlotsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        is_working = self.is_working

        slots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.slots, Unset):
            slots = _types.to_json(self.slots)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if is_working is not UNSET:
            field_dict["is_working"] = is_working
        if slots is not UNSET:
            field_dict["slots"] = slots

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_team_member_schedule_data_slots_item import GetTeamMemberScheduleDataSlotsItem  # noqa: PLC0415

        d = dict(src_dict)
        date = d.pop("date", UNSET)

        is_working = d.pop("is_working", UNSET)

        def _parse_slots_item(slots_item_data: Any) -> Any:
            slots_item = _types.parse_model(GetTeamMemberScheduleDataSlotsItem, slots_item_data)

            return slots_item

        _slots = d.pop("slots", UNSET)
        slots: list[GetTeamMemberScheduleDataSlotsItem] | Unset = UNSET
        if _slots is not UNSET:
            slots = _types.parse_list(_slots, _parse_slots_item)

        get_team_member_schedule_data = cls(
            date=date,
            is_working=is_working,
            slots=slots,
        )

        get_team_member_schedule_data.additional_properties = d
        return get_team_member_schedule_data

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
