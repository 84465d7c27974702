from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_schedule_days_item_events_master import ClientScheduleDaysItemEventsMaster

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, ClientScheduleDaysItemEventsMaster
    from ..models.client_schedule_days_item_events_master import ClientScheduleDaysItemEventsMaster  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="ClientScheduleDaysItem")


@_attrs_define
class ClientScheduleDaysItem:
    """Data for an existing schedule series in a location.

    Attributes:
        created_at (str | Unset): Datetime of a schedule series created.
        day_of_week (str | Unset): Day of week of a schedule series.
        deleted_at (None | str | Unset): Datetime of a schedule series deleted.
        event_technical_break_duration (float | Unset): Technical break duration in seconds.
        events (list[Any] | Unset): Events of appointments or events in a schedule series. Returned in response only if
            corresponding `include` is present in request.
        events_duration (float | Unset): Duration of the events in a schedule series. Note: Does not include technical
            break duration.
        events_labels (list[Any] | Unset): Tags for the events in a schedule series. Returned in response only if
            corresponding `include` is present in request.
        events_master (ClientScheduleDaysItemEventsMaster | Unset): Team member for the events in a schedule series.
            Returned in response only if corresponding `include` is present in request.
        events_resource_instances (list[Any] | Unset): Resource instances for the events in a schedule series. Returned
            in response only if corresponding `include` is present in request.
        events_time (str | Unset): Time of beginning of the events in a schedule series.
        id (int | Unset): ID of a schedule series.
        timetable_event_schedule_id (int | Unset): ID of a schedule, which series is linked to.
        updated_at (str | Unset): Datetime of a schedule series last updated.
    """

    created_at: str | Unset = UNSET
    day_of_week: str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    event_technical_break_duration: float | Unset = UNSET
    events: list[Any] | Unset = UNSET
    events_duration: float | Unset = UNSET
    events_labels: list[Any] | Unset = UNSET
    events_master: ClientScheduleDaysItemEventsMaster | Unset = UNSET
    events_resource_instances: list[Any] | Unset = UNSET
    events_time: str | Unset = UNSET
    id: int | Unset = UNSET
    timetable_event_schedule_id: int | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"created_at": "created_at", "day_of_week": "day_of_week", "deleted_at": "deleted_at", "event_technical_break_duration": "event_technical_break_duration", "events": "events", "events_duration": "events_duration", "events_labels": "events_labels", "events_master": "events_master", "events_resource_instances": "events_resource_instances", "events_time": "events_time", "id": "id", "timetable_event_schedule_id": "timetable_event_schedule_id", "updated_at": "updated_at"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        created_at = self.created_at

        day_of_week = self.day_of_week

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        event_technical_break_duration = self.event_technical_break_duration

        events: list[Any] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        events_duration = self.events_duration

        events_labels: list[Any] | Unset = UNSET
        if not isinstance(self.events_labels, Unset):
            events_labels = self.events_labels

        events_master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.events_master, Unset):
            events_master = _types.to_json(self.events_master)

        events_resource_instances: list[Any] | Unset = UNSET
        if not isinstance(self.events_resource_instances, Unset):
            events_resource_instances = self.events_resource_instances

        events_time = self.events_time

        id = self.id

        timetable_event_schedule_id = self.timetable_event_schedule_id

        updated_at = self.updated_at

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
        created_at = d.pop("created_at", UNSET)

        day_of_week = d.pop("day_of_week", UNSET)

        deleted_at: None | str | Unset = d.pop("deleted_at", UNSET)

        event_technical_break_duration = d.pop("event_technical_break_duration", UNSET)

        _events = d.pop("events", UNSET)
        events: list[Any] | Unset = UNSET
        if _events is not UNSET:
            events = _types.parse_plain_list(_events)

        events_duration = d.pop("events_duration", UNSET)

        _events_labels = d.pop("events_labels", UNSET)
        events_labels: list[Any] | Unset = UNSET
        if _events_labels is not UNSET:
            events_labels = _types.parse_plain_list(_events_labels)

        _events_master = d.pop("events_master", UNSET)
        events_master: ClientScheduleDaysItemEventsMaster | Unset
        if isinstance(_events_master, Unset):
            events_master = UNSET
        else:
            events_master = _types.parse_model(ClientScheduleDaysItemEventsMaster, _events_master)

        _events_resource_instances = d.pop("events_resource_instances", UNSET)
        events_resource_instances: list[Any] | Unset = UNSET
        if _events_resource_instances is not UNSET:
            events_resource_instances = _types.parse_plain_list(_events_resource_instances)

        events_time = d.pop("events_time", UNSET)

        id = d.pop("id", UNSET)

        timetable_event_schedule_id = d.pop("timetable_event_schedule_id", UNSET)

        updated_at = d.pop("updated_at", UNSET)

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
