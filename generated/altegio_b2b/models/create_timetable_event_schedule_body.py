from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.create_timetable_event_schedule_body_original_entity_type import (
    CreateTimetableEventScheduleBodyOriginalEntityType,
)

if TYPE_CHECKING:
    from ..models.create_timetable_event_schedule_body_days_item import CreateTimetableEventScheduleBodyDaysItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, CreateTimetableEventScheduleBodyDaysItem
    from ..models.create_timetable_event_schedule_body_days_item import CreateTimetableEventScheduleBodyDaysItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="CreateTimetableEventScheduleBody")


@_attrs_define
class CreateTimetableEventScheduleBody:
    """
    Attributes:
        add_clients_from_original_entity (bool): Add clients from original entity to all scheduled events.
        date_end (datetime.date): Date of the schedule end. Example: 2026-09-21.
        days (list[CreateTimetableEventScheduleBodyDaysItem]): Each object represents schedule series settings for a
            specific day of the week. A minimum of 1 and a maximum of 7 schedule series can be defined (one for each day of
            the week).
        original_entity_id (int): ID of entity the schedule will be based on.
        original_entity_type (CreateTimetableEventScheduleBodyOriginalEntityType): Type of entity the schedule will be
            based on: `record` - individual appointment, currently not supported; `activity` - group event.
    """

    add_clients_from_original_entity: bool
    date_end: datetime.date
    days: list[CreateTimetableEventScheduleBodyDaysItem]
    original_entity_id: int
    original_entity_type: CreateTimetableEventScheduleBodyOriginalEntityType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"add_clients_from_original_entity": "add_clients_from_original_entity", "date_end": "date_end", "days": "days", "original_entity_id": "original_entity_id", "original_entity_type": "original_entity_type"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        add_clients_from_original_entity = self.add_clients_from_original_entity

        date_end = _types.date_json(self.date_end)

        days = _types.to_json(self.days)

        original_entity_id = self.original_entity_id

        original_entity_type = _types.to_json(self.original_entity_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add_clients_from_original_entity": add_clients_from_original_entity,
                "date_end": date_end,
                "days": days,
                "original_entity_id": original_entity_id,
                "original_entity_type": original_entity_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        add_clients_from_original_entity = d.pop("add_clients_from_original_entity")

        date_end = _types.parse_date(d.pop("date_end"))

        days = _types.parse_model_list(CreateTimetableEventScheduleBodyDaysItem, d.pop("days"))

        original_entity_id = d.pop("original_entity_id")

        original_entity_type = _types.parse_enum(
            CreateTimetableEventScheduleBodyOriginalEntityType, d.pop("original_entity_type")
        )

        _instance = cls(
            add_clients_from_original_entity,
            date_end,
            days,
            original_entity_id,
            original_entity_type,
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
