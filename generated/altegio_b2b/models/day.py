from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.day_day_of_week import DayDayOfWeek
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.day_events_item import DayEventsItem
    from ..models.day_events_labels_item import DayEventsLabelsItem
    from ..models.day_events_master import DayEventsMaster
    from ..models.day_events_resource_instances_item import DayEventsResourceInstancesItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, DayEventsItem, DayEventsLabelsItem, DayEventsMaster, DayEventsResourceInstancesItem
    from ..models.day_events_item import DayEventsItem  # noqa: PLC0415
    from ..models.day_events_labels_item import DayEventsLabelsItem  # noqa: PLC0415
    from ..models.day_events_master import DayEventsMaster  # noqa: PLC0415
    from ..models.day_events_resource_instances_item import DayEventsResourceInstancesItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Day")


@_attrs_define
class Day:
    """Data for an existing schedule series in a location.

    Attributes:
        created_at (datetime.datetime | Unset): Datetime of a schedule series created. Example:
            2026-09-21T23:00:00+00:00.
        day_of_week (DayDayOfWeek | Unset): Day of week of a schedule series.
        deleted_at (datetime.datetime | None | Unset): Datetime of a schedule series deleted. Example:
            2026-09-21T23:00:00+00:00.
        event_technical_break_duration (float | Unset): Technical break duration in seconds.
        events (list[DayEventsItem] | Unset): Events of appointments or events in a schedule series. Returned in
            response only if corresponding `include` is present in request.
        events_duration (float | Unset): Duration of the events in a schedule series. Note: Does not include technical
            break duration.
        events_labels (list[DayEventsLabelsItem] | Unset): Tags for the events in a schedule series. Returned in
            response only if corresponding `include` is present in request.
        events_master (DayEventsMaster | Unset): Team member for the events in a schedule series. Returned in response
            only if corresponding `include` is present in request.
        events_resource_instances (list[DayEventsResourceInstancesItem] | Unset): Resource instances for the events in a
            schedule series. Returned in response only if corresponding `include` is present in request.
        events_time (str | Unset): Time of beginning of the events in a schedule series.
        id (int | Unset): ID of a schedule series.
        timetable_event_schedule_id (int | Unset): ID of a schedule, which series is linked to.
        updated_at (datetime.datetime | Unset): Datetime of a schedule series last updated. Example:
            2026-09-21T23:00:00+00:00.
    """

    created_at: datetime.datetime | Unset = UNSET
    day_of_week: DayDayOfWeek | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    event_technical_break_duration: float | Unset = UNSET
    events: list[DayEventsItem] | Unset = UNSET
    events_duration: float | Unset = UNSET
    events_labels: list[DayEventsLabelsItem] | Unset = UNSET
    events_master: DayEventsMaster | Unset = UNSET
    events_resource_instances: list[DayEventsResourceInstancesItem] | Unset = UNSET
    events_time: str | Unset = UNSET
    id: int | Unset = UNSET
    timetable_event_schedule_id: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"created_at": "created_at", "day_of_week": "day_of_week", "deleted_at": "deleted_at", "event_technical_break_duration": "event_technical_break_duration", "events": "events", "events_duration": "events_duration", "events_labels": "events_labels", "events_master": "events_master", "events_resource_instances": "events_resource_instances", "events_time": "events_time", "id": "id", "timetable_event_schedule_id": "timetable_event_schedule_id", "updated_at": "updated_at"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = _types.datetime_json(self.created_at, "iso")

        day_of_week: str | Unset = UNSET
        if not isinstance(self.day_of_week, Unset):
            day_of_week = _types.to_json(self.day_of_week)

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = _types.datetime_json(self.deleted_at, "iso")
        else:
            deleted_at = self.deleted_at

        event_technical_break_duration = self.event_technical_break_duration

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = _types.to_json(self.events)

        events_duration = self.events_duration

        events_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events_labels, Unset):
            events_labels = _types.to_json(self.events_labels)

        events_master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.events_master, Unset):
            events_master = _types.to_json(self.events_master)

        events_resource_instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events_resource_instances, Unset):
            events_resource_instances = _types.to_json(self.events_resource_instances)

        events_time = self.events_time

        id = self.id

        timetable_event_schedule_id = self.timetable_event_schedule_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = _types.datetime_json(self.updated_at, "iso")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if day_of_week is not UNSET:
            field_dict["day_of_week"] = day_of_week
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if event_technical_break_duration is not UNSET:
            field_dict["event_technical_break_duration"] = event_technical_break_duration
        if events is not UNSET:
            field_dict["events"] = events
        if events_duration is not UNSET:
            field_dict["events_duration"] = events_duration
        if events_labels is not UNSET:
            field_dict["events_labels"] = events_labels
        if events_master is not UNSET:
            field_dict["events_master"] = events_master
        if events_resource_instances is not UNSET:
            field_dict["events_resource_instances"] = events_resource_instances
        if events_time is not UNSET:
            field_dict["events_time"] = events_time
        if id is not UNSET:
            field_dict["id"] = id
        if timetable_event_schedule_id is not UNSET:
            field_dict["timetable_event_schedule_id"] = timetable_event_schedule_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = _types.parse_datetime(_created_at)

        _day_of_week = d.pop("day_of_week", UNSET)
        day_of_week: DayDayOfWeek | Unset
        if isinstance(_day_of_week, Unset):
            day_of_week = UNSET
        else:
            day_of_week = _types.parse_enum(DayDayOfWeek, _day_of_week)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = _types.parse_datetime(data)

                if deleted_at_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        event_technical_break_duration = d.pop("event_technical_break_duration", UNSET)

        _events = d.pop("events", UNSET)
        events: list[DayEventsItem] | Unset = UNSET
        if _events is not UNSET:
            events = _types.parse_model_list(DayEventsItem, _events)

        events_duration = d.pop("events_duration", UNSET)

        _events_labels = d.pop("events_labels", UNSET)
        events_labels: list[DayEventsLabelsItem] | Unset = UNSET
        if _events_labels is not UNSET:
            events_labels = _types.parse_model_list(DayEventsLabelsItem, _events_labels)

        _events_master = d.pop("events_master", UNSET)
        events_master: DayEventsMaster | Unset
        if isinstance(_events_master, Unset):
            events_master = UNSET
        else:
            events_master = _types.parse_model(DayEventsMaster, _events_master)

        _events_resource_instances = d.pop("events_resource_instances", UNSET)
        events_resource_instances: list[DayEventsResourceInstancesItem] | Unset = UNSET
        if _events_resource_instances is not UNSET:
            events_resource_instances = _types.parse_model_list(
                DayEventsResourceInstancesItem, _events_resource_instances
            )

        events_time = d.pop("events_time", UNSET)

        id = d.pop("id", UNSET)

        timetable_event_schedule_id = d.pop("timetable_event_schedule_id", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = _types.parse_datetime(_updated_at)

        _instance = cls(
            created_at,
            day_of_week,
            deleted_at,
            event_technical_break_duration,
            events,
            events_duration,
            events_labels,
            events_master,
            events_resource_instances,
            events_time,
            id,
            timetable_event_schedule_id,
            updated_at,
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
