from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.create_timetable_schedule_day_body_day_of_week import CreateTimetableScheduleDayBodyDayOfWeek
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTimetableScheduleDayBody")


@_attrs_define
class CreateTimetableScheduleDayBody:
    """
    Attributes:
        day_of_week (CreateTimetableScheduleDayBodyDayOfWeek): The day of the week for the schedule series.
        events_capacity (float): The capacity of activities in the schedule series. For appointments, this should be set
            to 1.
        events_duration (float): Duration of each event in the schedule series, in seconds.
        events_master_id (int): The ID of the team member assigned to the events in the schedule series.
        events_time (str): Start time of the events in the schedule series, formatted as HH:MM:SS.
        labels_ids (list[int] | Unset): An array of tag IDs associated with the events in the schedule series.
        resource_instances_ids (list[int] | Unset): An array of resource instance IDs used in the events of the schedule
            series.
    """

    day_of_week: CreateTimetableScheduleDayBodyDayOfWeek
    events_capacity: float
    events_duration: float
    events_master_id: int
    events_time: str
    labels_ids: list[int] | Unset = UNSET
    resource_instances_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"day_of_week": "day_of_week", "events_capacity": "events_capacity", "events_duration": "events_duration", "events_master_id": "events_master_id", "events_time": "events_time", "labels_ids": "labels_ids", "resource_instances_ids": "resource_instances_ids"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        day_of_week = _types.to_json(self.day_of_week)

        events_capacity = self.events_capacity

        events_duration = self.events_duration

        events_master_id = self.events_master_id

        events_time = self.events_time

        labels_ids: list[int] | Unset = UNSET
        if not isinstance(self.labels_ids, Unset):
            labels_ids = self.labels_ids

        resource_instances_ids: list[int] | Unset = UNSET
        if not isinstance(self.resource_instances_ids, Unset):
            resource_instances_ids = self.resource_instances_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day_of_week": day_of_week,
                "events_capacity": events_capacity,
                "events_duration": events_duration,
                "events_master_id": events_master_id,
                "events_time": events_time,
            }
        )
        if labels_ids is not UNSET:
            field_dict["labels_ids"] = labels_ids
        if resource_instances_ids is not UNSET:
            field_dict["resource_instances_ids"] = resource_instances_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day_of_week = _types.parse_enum(CreateTimetableScheduleDayBodyDayOfWeek, d.pop("day_of_week"))

        events_capacity = d.pop("events_capacity")

        events_duration = d.pop("events_duration")

        events_master_id = d.pop("events_master_id")

        events_time = d.pop("events_time")

        _labels_ids = d.pop("labels_ids", UNSET)
        labels_ids: list[int] | Unset = UNSET
        if _labels_ids is not UNSET:
            labels_ids = _types.parse_plain_list(_labels_ids)

        _resource_instances_ids = d.pop("resource_instances_ids", UNSET)
        resource_instances_ids: list[int] | Unset = UNSET
        if _resource_instances_ids is not UNSET:
            resource_instances_ids = _types.parse_plain_list(_resource_instances_ids)

        _instance = cls(
            day_of_week,
            events_capacity,
            events_duration,
            events_master_id,
            events_time,
            labels_ids,
            resource_instances_ids,
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
