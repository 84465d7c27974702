from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_schedule_schedule_busy_intervals_item import (
        GetTeamMemberScheduleScheduleBusyIntervalsItem,
    )
    from ..models.get_team_member_schedule_schedule_slots_item import GetTeamMemberScheduleScheduleSlotsItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, GetTeamMemberScheduleScheduleBusyIntervalsItem, GetTeamMemberScheduleScheduleSlotsItem
    from ..models.get_team_member_schedule_schedule_busy_intervals_item import (
        GetTeamMemberScheduleScheduleBusyIntervalsItem,  # noqa: PLC0415
    )
    from ..models.get_team_member_schedule_schedule_slots_item import GetTeamMemberScheduleScheduleSlotsItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="GetTeamMemberScheduleSchedule")


@_attrs_define
class GetTeamMemberScheduleSchedule:
    """
    Attributes:
        date (datetime.date | Unset): date in iso8601 format. Example: 2026-09-21.
        is_working (bool | Unset): Free time or not.
        slots (list[GetTeamMemberScheduleScheduleSlotsItem] | Unset): An array of (from, to) working timeslots.
        busy_intervals (list[GetTeamMemberScheduleScheduleBusyIntervalsItem] | Unset): Time intervals occupied by
            appointments or events. Only included when `include[]=busy_intervals`.
        off_day_type (int | None | Unset): Off-day type ID (if this is a non-working day). Only included when
            `include[]=off_day_type`.
        staff_id (int | Unset): Team member ID
        team_member_id (int | Unset):
    """

    date: datetime.date | Unset = UNSET
    is_working: bool | Unset = UNSET
    slots: list[GetTeamMemberScheduleScheduleSlotsItem] | Unset = UNSET
    busy_intervals: list[GetTeamMemberScheduleScheduleBusyIntervalsItem] | Unset = UNSET
    off_day_type: int | None | Unset = UNSET
    staff_id: int | Unset = UNSET
    team_member_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"date": "date", "is_working": "is_working", "slots": "slots", "busy_intervals": "busy_intervals", "off_day_type": "off_day_type", "staff_id": "staff_id", "team_member_id": "team_member_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = _types.date_json(self.date)

        is_working = self.is_working

        slots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.slots, Unset):
            slots = _types.to_json(self.slots)

        busy_intervals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.busy_intervals, Unset):
            busy_intervals = _types.to_json(self.busy_intervals)

        off_day_type: int | None | Unset
        if isinstance(self.off_day_type, Unset):
            off_day_type = UNSET
        else:
            off_day_type = self.off_day_type

        staff_id = self.staff_id

        team_member_id = self.team_member_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if is_working is not UNSET:
            field_dict["is_working"] = is_working
        if slots is not UNSET:
            field_dict["slots"] = slots
        if busy_intervals is not UNSET:
            field_dict["busy_intervals"] = busy_intervals
        if off_day_type is not UNSET:
            field_dict["off_day_type"] = off_day_type
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if team_member_id is not UNSET:
            field_dict["team_member_id"] = team_member_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _types.parse_date(_date)

        is_working = d.pop("is_working", UNSET)

        _slots = d.pop("slots", UNSET)
        slots: list[GetTeamMemberScheduleScheduleSlotsItem] | Unset = UNSET
        if _slots is not UNSET:
            slots = _types.parse_model_list(GetTeamMemberScheduleScheduleSlotsItem, _slots)

        _busy_intervals = d.pop("busy_intervals", UNSET)
        busy_intervals: list[GetTeamMemberScheduleScheduleBusyIntervalsItem] | Unset = UNSET
        if _busy_intervals is not UNSET:
            busy_intervals = _types.parse_model_list(GetTeamMemberScheduleScheduleBusyIntervalsItem, _busy_intervals)

        off_day_type: int | None | Unset = d.pop("off_day_type", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        team_member_id = d.pop("team_member_id", UNSET)

        _instance = cls(
            date,
            is_working,
            slots,
            busy_intervals,
            off_day_type,
            staff_id,
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
