from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.event_event_entity_type import EventEventEntityType
from ..models.event_event_status import EventEventStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_entity_labels_item import EventEntityLabelsItem
    from ..models.event_entity_master import EventEntityMaster
    from ..models.event_entity_resource_instances_item import EventEntityResourceInstancesItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, EventEntityLabelsItem, EventEntityMaster, EventEntityResourceInstancesItem
    from ..models.event_entity_labels_item import EventEntityLabelsItem  # noqa: PLC0415
    from ..models.event_entity_master import EventEntityMaster  # noqa: PLC0415
    from ..models.event_entity_resource_instances_item import EventEntityResourceInstancesItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """Data of the existing event of appointment or event in a schedule.

    Attributes:
        created_at (datetime.datetime | Unset): Datetime of an event of appointment/event in a schedule created.
            Example: 2026-09-21T23:00:00+00:00.
        deleted_at (datetime.datetime | None | Unset): Datetime of an event of appointment/event in a schedule deleted.
            Example: 2026-09-21T23:00:00+00:00.
        entity_datetime (str | Unset): Actual datetime of a scheduled appointment/event beginning.
        entity_duration (str | Unset): Actual duration of a scheduled appointment/event.
        entity_labels (list[EventEntityLabelsItem] | Unset): Actual tags linked to a scheduled appointment/event.
        entity_master (EventEntityMaster | Unset): Team member for a scheduled appointment/event.
        entity_resource_instances (list[EventEntityResourceInstancesItem] | Unset): Actual resource instances linked to
            a scheduled appointment/event.
        event_datetime (datetime.datetime | Unset): Datetime of a scheduled appointment/event beginning. Example:
            2026-09-21T23:00:00+00:00.
        event_entity_id (int | None | Unset): ID of an scheduled entity (appointment or event).
        event_entity_type (EventEventEntityType | Unset): Type of an scheduled entity (appointment or event). Note: enum
            values "record" and "activity" are legacy terms for appointment and event.
        event_status (EventEventStatus | Unset): Event of appointment/event status: `stable` - entity is stable;
            `event_created` - event is created, corresponding appointment/event is not created yet; `event_changed` - event
            is changed, correspondi…
        id (int | Unset): ID of an event of appointment/event in a schedule.
        is_entity_datetime_changed (bool | Unset): Flag for manual change of a datetime for a scheduled
            appointment/event.
        is_entity_duration_changed (bool | Unset): Flag for manual change of a duration for a scheduled
            appointment/event.
        is_entity_labels_changed (bool | Unset): Flag for manual change of a tags linked to a scheduled
            appointment/event.
        is_entity_master_changed (bool | Unset): Flag for manual change of a team member for a scheduled
            appointment/event.
        is_entity_resource_instances_changed (bool | Unset): Flag for manual change of a resource instances linked to a
            scheduled appointment/event.
        updated_at (datetime.datetime | Unset): Datetime of an event of appointment/event in a schedule last updated.
            Example: 2026-09-21T23:00:00+00:00.
    """

    created_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    entity_datetime: str | Unset = UNSET
    entity_duration: str | Unset = UNSET
    entity_labels: list[EventEntityLabelsItem] | Unset = UNSET
    entity_master: EventEntityMaster | Unset = UNSET
    entity_resource_instances: list[EventEntityResourceInstancesItem] | Unset = UNSET
    event_datetime: datetime.datetime | Unset = UNSET
    event_entity_id: int | None | Unset = UNSET
    event_entity_type: EventEventEntityType | Unset = UNSET
    event_status: EventEventStatus | Unset = UNSET
    id: int | Unset = UNSET
    is_entity_datetime_changed: bool | Unset = UNSET
    is_entity_duration_changed: bool | Unset = UNSET
    is_entity_labels_changed: bool | Unset = UNSET
    is_entity_master_changed: bool | Unset = UNSET
    is_entity_resource_instances_changed: bool | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"created_at": "created_at", "deleted_at": "deleted_at", "entity_datetime": "entity_datetime", "entity_duration": "entity_duration", "entity_labels": "entity_labels", "entity_master": "entity_master", "entity_resource_instances": "entity_resource_instances", "event_datetime": "event_datetime", "event_entity_id": "event_entity_id", "event_entity_type": "event_entity_type", "event_status": "event_status", "id": "id", "is_entity_datetime_changed": "is_entity_datetime_changed", "is_entity_duration_changed": "is_entity_duration_changed", "is_entity_labels_changed": "is_entity_labels_changed", "is_entity_master_changed": "is_entity_master_changed", "is_entity_resource_instances_changed": "is_entity_resource_instances_changed", "updated_at": "updated_at"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = _types.datetime_json(self.created_at, "iso")

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = _types.datetime_json(self.deleted_at, "iso")
        else:
            deleted_at = self.deleted_at

        entity_datetime = self.entity_datetime

        entity_duration = self.entity_duration

        entity_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entity_labels, Unset):
            entity_labels = _types.to_json(self.entity_labels)

        entity_master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity_master, Unset):
            entity_master = _types.to_json(self.entity_master)

        entity_resource_instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entity_resource_instances, Unset):
            entity_resource_instances = _types.to_json(self.entity_resource_instances)

        event_datetime: str | Unset = UNSET
        if not isinstance(self.event_datetime, Unset):
            event_datetime = _types.datetime_json(self.event_datetime, "iso")

        event_entity_id: int | None | Unset
        if isinstance(self.event_entity_id, Unset):
            event_entity_id = UNSET
        else:
            event_entity_id = self.event_entity_id

        event_entity_type: str | Unset = UNSET
        if not isinstance(self.event_entity_type, Unset):
            event_entity_type = _types.to_json(self.event_entity_type)

        event_status: str | Unset = UNSET
        if not isinstance(self.event_status, Unset):
            event_status = _types.to_json(self.event_status)

        id = self.id

        is_entity_datetime_changed = self.is_entity_datetime_changed

        is_entity_duration_changed = self.is_entity_duration_changed

        is_entity_labels_changed = self.is_entity_labels_changed

        is_entity_master_changed = self.is_entity_master_changed

        is_entity_resource_instances_changed = self.is_entity_resource_instances_changed

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = _types.datetime_json(self.updated_at, "iso")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if entity_datetime is not UNSET:
            field_dict["entity_datetime"] = entity_datetime
        if entity_duration is not UNSET:
            field_dict["entity_duration"] = entity_duration
        if entity_labels is not UNSET:
            field_dict["entity_labels"] = entity_labels
        if entity_master is not UNSET:
            field_dict["entity_master"] = entity_master
        if entity_resource_instances is not UNSET:
            field_dict["entity_resource_instances"] = entity_resource_instances
        if event_datetime is not UNSET:
            field_dict["event_datetime"] = event_datetime
        if event_entity_id is not UNSET:
            field_dict["event_entity_id"] = event_entity_id
        if event_entity_type is not UNSET:
            field_dict["event_entity_type"] = event_entity_type
        if event_status is not UNSET:
            field_dict["event_status"] = event_status
        if id is not UNSET:
            field_dict["id"] = id
        if is_entity_datetime_changed is not UNSET:
            field_dict["is_entity_datetime_changed"] = is_entity_datetime_changed
        if is_entity_duration_changed is not UNSET:
            field_dict["is_entity_duration_changed"] = is_entity_duration_changed
        if is_entity_labels_changed is not UNSET:
            field_dict["is_entity_labels_changed"] = is_entity_labels_changed
        if is_entity_master_changed is not UNSET:
            field_dict["is_entity_master_changed"] = is_entity_master_changed
        if is_entity_resource_instances_changed is not UNSET:
            field_dict["is_entity_resource_instances_changed"] = is_entity_resource_instances_changed
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

        entity_datetime = d.pop("entity_datetime", UNSET)

        entity_duration = d.pop("entity_duration", UNSET)

        _entity_labels = d.pop("entity_labels", UNSET)
        entity_labels: list[EventEntityLabelsItem] | Unset = UNSET
        if _entity_labels is not UNSET:
            entity_labels = _types.parse_model_list(EventEntityLabelsItem, _entity_labels)

        _entity_master = d.pop("entity_master", UNSET)
        entity_master: EventEntityMaster | Unset
        if isinstance(_entity_master, Unset):
            entity_master = UNSET
        else:
            entity_master = _types.parse_model(EventEntityMaster, _entity_master)

        _entity_resource_instances = d.pop("entity_resource_instances", UNSET)
        entity_resource_instances: list[EventEntityResourceInstancesItem] | Unset = UNSET
        if _entity_resource_instances is not UNSET:
            entity_resource_instances = _types.parse_model_list(
                EventEntityResourceInstancesItem, _entity_resource_instances
            )

        _event_datetime = d.pop("event_datetime", UNSET)
        event_datetime: datetime.datetime | Unset
        if isinstance(_event_datetime, Unset):
            event_datetime = UNSET
        else:
            event_datetime = _types.parse_datetime(_event_datetime)

        event_entity_id: int | None | Unset = d.pop("event_entity_id", UNSET)

        _event_entity_type = d.pop("event_entity_type", UNSET)
        event_entity_type: EventEventEntityType | Unset
        if isinstance(_event_entity_type, Unset):
            event_entity_type = UNSET
        else:
            event_entity_type = _types.parse_enum(EventEventEntityType, _event_entity_type)

        _event_status = d.pop("event_status", UNSET)
        event_status: EventEventStatus | Unset
        if isinstance(_event_status, Unset):
            event_status = UNSET
        else:
            event_status = _types.parse_enum(EventEventStatus, _event_status)

        id = d.pop("id", UNSET)

        is_entity_datetime_changed = d.pop("is_entity_datetime_changed", UNSET)

        is_entity_duration_changed = d.pop("is_entity_duration_changed", UNSET)

        is_entity_labels_changed = d.pop("is_entity_labels_changed", UNSET)

        is_entity_master_changed = d.pop("is_entity_master_changed", UNSET)

        is_entity_resource_instances_changed = d.pop("is_entity_resource_instances_changed", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = _types.parse_datetime(_updated_at)

        _instance = cls(
            created_at,
            deleted_at,
            entity_datetime,
            entity_duration,
            entity_labels,
            entity_master,
            entity_resource_instances,
            event_datetime,
            event_entity_id,
            event_entity_type,
            event_status,
            id,
            is_entity_datetime_changed,
            is_entity_duration_changed,
            is_entity_labels_changed,
            is_entity_master_changed,
            is_entity_resource_instances_changed,
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
