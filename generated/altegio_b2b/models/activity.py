from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_duration_details import ActivityDurationDetails
    from ..models.activity_labels_item import ActivityLabelsItem
    from ..models.activity_resource_instances_item import ActivityResourceInstancesItem
    from ..models.activity_service import ActivityService
    from ..models.activity_staff import ActivityStaff

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        ActivityDurationDetails, \
        ActivityLabelsItem, \
        ActivityResourceInstancesItem, \
        ActivityService, \
        ActivityStaff
    from ..models.activity_duration_details import ActivityDurationDetails  # noqa: PLC0415
    from ..models.activity_labels_item import ActivityLabelsItem  # noqa: PLC0415
    from ..models.activity_resource_instances_item import ActivityResourceInstancesItem  # noqa: PLC0415
    from ..models.activity_service import ActivityService  # noqa: PLC0415
    from ..models.activity_staff import ActivityStaff  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Activity")


@_attrs_define
class Activity:
    """Object with data

    Attributes:
        capacity (float | Unset): Capacity
        color (str | Unset): Event color
        comment (None | str | Unset): Event comment
        company_id (int | Unset): Location ID
        date (datetime.datetime | Unset): Event date and time Example: 2026-09-21T23:00:00+00:00.
        duration_details (ActivityDurationDetails | Unset): Event duration details
        font_color (str | Unset): Font color
        id (int | Unset): Event ID
        instructions (str | Unset): Event instructions
        is_deleted (bool | Unset): Whether Event is deleted
        labels (list[ActivityLabelsItem] | Unset): Event tags
        length (float | Unset): Event duration in seconds
        notified (bool | Unset): Whether notifications have been sent
        prepaid (str | Unset): Prepayment status (forbidden, optional, required)
        records_count (float | Unset): Number of Appointments in this Event
        resource_instances (list[ActivityResourceInstancesItem] | Unset): Resource instances
        salon_id (int | Unset): Location ID (deprecated, use company_id)
        service (ActivityService | Unset): Service
        service_id (int | Unset): Service ID
        staff (ActivityStaff | Unset): team member
        staff_id (int | Unset): team member ID
        stream_link (str | Unset): Stream link for online events
        timestamp (float | Unset): Unix timestamp of Event date
    """

    capacity: float | Unset = UNSET
    color: str | Unset = UNSET
    comment: None | str | Unset = UNSET
    company_id: int | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    duration_details: ActivityDurationDetails | Unset = UNSET
    font_color: str | Unset = UNSET
    id: int | Unset = UNSET
    instructions: str | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    labels: list[ActivityLabelsItem] | Unset = UNSET
    length: float | Unset = UNSET
    notified: bool | Unset = UNSET
    prepaid: str | Unset = UNSET
    records_count: float | Unset = UNSET
    resource_instances: list[ActivityResourceInstancesItem] | Unset = UNSET
    salon_id: int | Unset = UNSET
    service: ActivityService | Unset = UNSET
    service_id: int | Unset = UNSET
    staff: ActivityStaff | Unset = UNSET
    staff_id: int | Unset = UNSET
    stream_link: str | Unset = UNSET
    timestamp: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"capacity": "capacity", "color": "color", "comment": "comment", "company_id": "company_id", "date": "date", "duration_details": "duration_details", "font_color": "font_color", "id": "id", "instructions": "instructions", "is_deleted": "is_deleted", "labels": "labels", "length": "length", "notified": "notified", "prepaid": "prepaid", "records_count": "records_count", "resource_instances": "resource_instances", "salon_id": "salon_id", "service": "service", "service_id": "service_id", "staff": "staff", "staff_id": "staff_id", "stream_link": "stream_link", "timestamp": "timestamp"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        capacity = self.capacity

        color = self.color

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        company_id = self.company_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = _types.datetime_json(self.date, "iso")

        duration_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration_details, Unset):
            duration_details = _types.to_json(self.duration_details)

        font_color = self.font_color

        id = self.id

        instructions = self.instructions

        is_deleted = self.is_deleted

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = _types.to_json(self.labels)

        length = self.length

        notified = self.notified

        prepaid = self.prepaid

        records_count = self.records_count

        resource_instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resource_instances, Unset):
            resource_instances = _types.to_json(self.resource_instances)

        salon_id = self.salon_id

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = _types.to_json(self.service)

        service_id = self.service_id

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = _types.to_json(self.staff)

        staff_id = self.staff_id

        stream_link = self.stream_link

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if color is not UNSET:
            field_dict["color"] = color
        if comment is not UNSET:
            field_dict["comment"] = comment
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if date is not UNSET:
            field_dict["date"] = date
        if duration_details is not UNSET:
            field_dict["duration_details"] = duration_details
        if font_color is not UNSET:
            field_dict["font_color"] = font_color
        if id is not UNSET:
            field_dict["id"] = id
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if labels is not UNSET:
            field_dict["labels"] = labels
        if length is not UNSET:
            field_dict["length"] = length
        if notified is not UNSET:
            field_dict["notified"] = notified
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if records_count is not UNSET:
            field_dict["records_count"] = records_count
        if resource_instances is not UNSET:
            field_dict["resource_instances"] = resource_instances
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if service is not UNSET:
            field_dict["service"] = service
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if staff is not UNSET:
            field_dict["staff"] = staff
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if stream_link is not UNSET:
            field_dict["stream_link"] = stream_link
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        capacity = d.pop("capacity", UNSET)

        color = d.pop("color", UNSET)

        comment: None | str | Unset = d.pop("comment", UNSET)

        company_id = d.pop("company_id", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _types.parse_datetime(_date)

        _duration_details = d.pop("duration_details", UNSET)
        duration_details: ActivityDurationDetails | Unset
        if isinstance(_duration_details, Unset):
            duration_details = UNSET
        else:
            duration_details = _types.parse_model(ActivityDurationDetails, _duration_details)

        font_color = d.pop("font_color", UNSET)

        id = d.pop("id", UNSET)

        instructions = d.pop("instructions", UNSET)

        is_deleted = d.pop("is_deleted", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: list[ActivityLabelsItem] | Unset = UNSET
        if _labels is not UNSET:
            labels = _types.parse_model_list(ActivityLabelsItem, _labels)

        length = d.pop("length", UNSET)

        notified = d.pop("notified", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        records_count = d.pop("records_count", UNSET)

        _resource_instances = d.pop("resource_instances", UNSET)
        resource_instances: list[ActivityResourceInstancesItem] | Unset = UNSET
        if _resource_instances is not UNSET:
            resource_instances = _types.parse_model_list(ActivityResourceInstancesItem, _resource_instances)

        salon_id = d.pop("salon_id", UNSET)

        _service = d.pop("service", UNSET)
        service: ActivityService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = _types.parse_model(ActivityService, _service)

        service_id = d.pop("service_id", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: ActivityStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = _types.parse_model(ActivityStaff, _staff)

        staff_id = d.pop("staff_id", UNSET)

        stream_link = d.pop("stream_link", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        _instance = cls(
            capacity,
            color,
            comment,
            company_id,
            date,
            duration_details,
            font_color,
            id,
            instructions,
            is_deleted,
            labels,
            length,
            notified,
            prepaid,
            records_count,
            resource_instances,
            salon_id,
            service,
            service_id,
            staff,
            staff_id,
            stream_link,
            timestamp,
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
