from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_team_member_schedule_item_slots_item import SetTeamMemberScheduleItemSlotsItem


T = TypeVar("T", bound="SetTeamMemberScheduleItem")


@_attrs_define
class SetTeamMemberScheduleItem:
    """
    Attributes:
        date (datetime.date | Unset):  Example: 2026-09-21.
        slots (list[SetTeamMemberScheduleItemSlotsItem] | Unset):
        team_member_id (int | Unset):
    """

    date: datetime.date | Unset = UNSET
    slots: list[SetTeamMemberScheduleItemSlotsItem] | Unset = UNSET
    team_member_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = _types.date_json(self.date)

        slots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.slots, Unset):
            slots = _types.to_json(self.slots)

        team_member_id = self.team_member_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if slots is not UNSET:
            field_dict["slots"] = slots
        if team_member_id is not UNSET:
            field_dict["team_member_id"] = team_member_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.set_team_member_schedule_item_slots_item import SetTeamMemberScheduleItemSlotsItem  # noqa: PLC0415

        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _types.parse_date(_date)

        def _parse_slots_item(slots_item_data: Any) -> Any:
            slots_item = _types.parse_model(SetTeamMemberScheduleItemSlotsItem, slots_item_data)

            return slots_item

        _slots = d.pop("slots", UNSET)
        slots: list[SetTeamMemberScheduleItemSlotsItem] | Unset = UNSET
        if _slots is not UNSET:
            slots = _types.parse_list(_slots, _parse_slots_item)

        team_member_id = d.pop("team_member_id", UNSET)

        set_team_member_schedule_item = cls(
            date=date,
            slots=slots,
            team_member_id=team_member_id,
        )

        set_team_member_schedule_item.additional_properties = d
        return set_team_member_schedule_item

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
