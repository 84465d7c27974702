from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_schedule_list_item_busy_intervals_item import (
        GetTeamMemberScheduleListItemBusyIntervalsItem,
    )
    from ..models.get_team_member_schedule_list_item_slots_item import GetTeamMemberScheduleListItemSlotsItem


T = TypeVar("T", bound="GetTeamMemberScheduleListItem")


@_attrs_define
class GetTeamMemberScheduleListItem:
    """
    Attributes:
        busy_intervals (list[GetTeamMemberScheduleListItemBusyIntervalsItem] | Unset): Time intervals occupied by
            appointments or events. Only included when `include[]=busy_intervals`.
        date (datetime.date | Unset): Schedule date (YYYY-MM-DD) Example: 2026-09-21.
        off_day_type (int | None | Unset): Off-day type ID (if this is a non-working day). Only included when
            `include[]=off_day_type`.
        slots (list[GetTeamMemberScheduleListItemSlotsItem] | Unset): Working time intervals
        staff_id (int | Unset): Team member ID
    """

    busy_intervals: list[GetTeamMemberScheduleListItemBusyIntervalsItem] | Unset = UNSET
    date: datetime.date | Unset = UNSET
    off_day_type: int | None | Unset = UNSET
    slots: list[GetTeamMemberScheduleListItemSlotsItem] | Unset = UNSET
    staff_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        busy_intervals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.busy_intervals, Unset):
            busy_intervals = _types.to_json(self.busy_intervals)

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = _types.date_json(self.date)

        off_day_type: int | None | Unset
        if isinstance(self.off_day_type, Unset):
            off_day_type = UNSET
        else:
            off_day_type = self.off_day_type

        slots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.slots, Unset):
            slots = _types.to_json(self.slots)

        staff_id = self.staff_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if busy_intervals is not UNSET:
            field_dict["busy_intervals"] = busy_intervals
        if date is not UNSET:
            field_dict["date"] = date
        if off_day_type is not UNSET:
            field_dict["off_day_type"] = off_day_type
        if slots is not UNSET:
            field_dict["slots"] = slots
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_team_member_schedule_list_item_busy_intervals_item import (
            GetTeamMemberScheduleListItemBusyIntervalsItem,  # noqa: PLC0415
        )
        from ..models.get_team_member_schedule_list_item_slots_item import GetTeamMemberScheduleListItemSlotsItem  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_busy_intervals_item(busy_intervals_item_data: Any) -> Any:
            busy_intervals_item = _types.parse_model(
                GetTeamMemberScheduleListItemBusyIntervalsItem, busy_intervals_item_data
            )

            return busy_intervals_item

        _busy_intervals = d.pop("busy_intervals", UNSET)
        busy_intervals: list[GetTeamMemberScheduleListItemBusyIntervalsItem] | Unset = UNSET
        if _busy_intervals is not UNSET:
            busy_intervals = _types.parse_list(_busy_intervals, _parse_busy_intervals_item)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _types.parse_date(_date)

        def _parse_off_day_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(int | None | Unset, data)

        off_day_type = _parse_off_day_type(d.pop("off_day_type", UNSET))

        def _parse_slots_item(slots_item_data: Any) -> Any:
            slots_item = _types.parse_model(GetTeamMemberScheduleListItemSlotsItem, slots_item_data)

            return slots_item

        _slots = d.pop("slots", UNSET)
        slots: list[GetTeamMemberScheduleListItemSlotsItem] | Unset = UNSET
        if _slots is not UNSET:
            slots = _types.parse_list(_slots, _parse_slots_item)

        staff_id = d.pop("staff_id", UNSET)

        get_team_member_schedule_list_item = cls(
            busy_intervals=busy_intervals,
            date=date,
            off_day_type=off_day_type,
            slots=slots,
            staff_id=staff_id,
        )

        get_team_member_schedule_list_item.additional_properties = d
        return get_team_member_schedule_list_item

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
