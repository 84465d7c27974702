from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEventBody")


@_attrs_define
class UpdateEventBody:
    """Event creation/update request body

    Attributes:
        capacity (float): Capacity
        date (datetime.datetime): date and time Example: 2026-09-21T23:00:00+00:00.
        force (bool): Ignore errors (busy team member/resources, etc.)
        service_id (int): Service ID
        staff_id (int): team member ID
        length (float | Unset): Event duration in seconds
        resource_instance_ids (list[int] | Unset): Array of resource instance IDs
    """

    capacity: float
    date: datetime.datetime
    force: bool
    service_id: int
    staff_id: int
    length: float | Unset = UNSET
    resource_instance_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"capacity": "capacity", "date": "date", "force": "force", "service_id": "service_id", "staff_id": "staff_id", "length": "length", "resource_instance_ids": "resource_instance_ids"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        capacity = self.capacity

        date = _types.datetime_json(self.date, "iso")

        force = self.force

        service_id = self.service_id

        staff_id = self.staff_id

        length = self.length

        resource_instance_ids: list[int] | Unset = UNSET
        if not isinstance(self.resource_instance_ids, Unset):
            resource_instance_ids = self.resource_instance_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capacity": capacity,
                "date": date,
                "force": force,
                "service_id": service_id,
                "staff_id": staff_id,
            }
        )
        if length is not UNSET:
            field_dict["length"] = length
        if resource_instance_ids is not UNSET:
            field_dict["resource_instance_ids"] = resource_instance_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capacity = d.pop("capacity")

        date = _types.parse_datetime(d.pop("date"))

        force = d.pop("force")

        service_id = d.pop("service_id")

        staff_id = d.pop("staff_id")

        length = d.pop("length", UNSET)

        _resource_instance_ids = d.pop("resource_instance_ids", UNSET)
        resource_instance_ids: list[int] | Unset = UNSET
        if _resource_instance_ids is not UNSET:
            resource_instance_ids = _types.parse_plain_list(_resource_instance_ids)

        _instance = cls(
            capacity,
            date,
            force,
            service_id,
            staff_id,
            length,
            resource_instance_ids,
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
