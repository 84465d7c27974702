from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_events_item_labels_item import SearchEventsItemLabelsItem
    from ..models.search_events_item_resource_instances_item import SearchEventsItemResourceInstancesItem
    from ..models.search_events_item_service import SearchEventsItemService
    from ..models.search_events_item_staff import SearchEventsItemStaff


T = TypeVar("T", bound="SearchEventsItem")


@_attrs_define
class SearchEventsItem:
    """
    Attributes:
        capacity (float | Unset): Capacity
        color (str | Unset): Color
        company_id (int | Unset): Location ID
        date (datetime.datetime | Unset): Session date Example: 2026-09-21T23:00:00+00:00.
        font_color (str | Unset): Font color
        id (int | Unset): Event ID
        instructions (str | Unset): Instructions
        labels (list[SearchEventsItemLabelsItem] | Unset): Post category
        length (float | Unset): Duration
        notified (bool | Unset): Notifications
        prepaid (str | Unset): Prepayment
        records_count (float | Unset): Number of appointments
        resource_instances (list[SearchEventsItemResourceInstancesItem] | Unset): Resource instance
        service (SearchEventsItemService | Unset): Service
        service_id (int | Unset): Service ID
        staff (SearchEventsItemStaff | Unset): team member
        staff_id (int | Unset): team member ID
        stream_link (str | Unset): Link to instructions
    """

    capacity: float | Unset = UNSET
    color: str | Unset = UNSET
    company_id: int | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    font_color: str | Unset = UNSET
    id: int | Unset = UNSET
    instructions: str | Unset = UNSET
    labels: list[SearchEventsItemLabelsItem] | Unset = UNSET
    length: float | Unset = UNSET
    notified: bool | Unset = UNSET
    prepaid: str | Unset = UNSET
    records_count: float | Unset = UNSET
    resource_instances: list[SearchEventsItemResourceInstancesItem] | Unset = UNSET
    service: SearchEventsItemService | Unset = UNSET
    service_id: int | Unset = UNSET
    staff: SearchEventsItemStaff | Unset = UNSET
    staff_id: int | Unset = UNSET
    stream_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity = self.capacity

        color = self.color

        company_id = self.company_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = _types.datetime_json(self.date, "iso")

        font_color = self.font_color

        id = self.id

        instructions = self.instructions

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

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = _types.to_json(self.service)

        service_id = self.service_id

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = _types.to_json(self.staff)

        staff_id = self.staff_id

        stream_link = self.stream_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if color is not UNSET:
            field_dict["color"] = color
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if date is not UNSET:
            field_dict["date"] = date
        if font_color is not UNSET:
            field_dict["font_color"] = font_color
        if id is not UNSET:
            field_dict["id"] = id
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_events_item_labels_item import SearchEventsItemLabelsItem  # noqa: PLC0415
        from ..models.search_events_item_resource_instances_item import SearchEventsItemResourceInstancesItem  # noqa: PLC0415
        from ..models.search_events_item_service import SearchEventsItemService  # noqa: PLC0415
        from ..models.search_events_item_staff import SearchEventsItemStaff  # noqa: PLC0415

        d = dict(src_dict)
        capacity = d.pop("capacity", UNSET)

        color = d.pop("color", UNSET)

        company_id = d.pop("company_id", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _types.parse_datetime(_date)

        font_color = d.pop("font_color", UNSET)

        id = d.pop("id", UNSET)

        instructions = d.pop("instructions", UNSET)

        def _parse_labels_item(labels_item_data: Any) -> Any:
            labels_item = _types.parse_model(SearchEventsItemLabelsItem, labels_item_data)

            return labels_item

        _labels = d.pop("labels", UNSET)
        labels: list[SearchEventsItemLabelsItem] | Unset = UNSET
        if _labels is not UNSET:
            labels = _types.parse_list(_labels, _parse_labels_item)

        length = d.pop("length", UNSET)

        notified = d.pop("notified", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        records_count = d.pop("records_count", UNSET)

        def _parse_resource_instances_item(resource_instances_item_data: Any) -> Any:
            resource_instances_item = _types.parse_model(
                SearchEventsItemResourceInstancesItem, resource_instances_item_data
            )

            return resource_instances_item

        _resource_instances = d.pop("resource_instances", UNSET)
        resource_instances: list[SearchEventsItemResourceInstancesItem] | Unset = UNSET
        if _resource_instances is not UNSET:
            resource_instances = _types.parse_list(_resource_instances, _parse_resource_instances_item)

        _service = d.pop("service", UNSET)
        service: SearchEventsItemService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = _types.parse_model(SearchEventsItemService, _service)

        service_id = d.pop("service_id", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: SearchEventsItemStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = _types.parse_model(SearchEventsItemStaff, _staff)

        staff_id = d.pop("staff_id", UNSET)

        stream_link = d.pop("stream_link", UNSET)

        search_events_item = cls(
            capacity=capacity,
            color=color,
            company_id=company_id,
            date=date,
            font_color=font_color,
            id=id,
            instructions=instructions,
            labels=labels,
            length=length,
            notified=notified,
            prepaid=prepaid,
            records_count=records_count,
            resource_instances=resource_instances,
            service=service,
            service_id=service_id,
            staff=staff,
            staff_id=staff_id,
            stream_link=stream_link,
        )

        search_events_item.additional_properties = d
        return search_events_item

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
