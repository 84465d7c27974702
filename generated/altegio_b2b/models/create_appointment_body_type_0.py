from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.create_appointment_body_type_0_activity_id import CreateAppointmentBodyType0ActivityId
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAppointmentBodyType0")


@_attrs_define
class CreateAppointmentBodyType0:
    """
    Attributes:
        activity_id (CreateAppointmentBodyType0ActivityId | Unset):
    """

    activity_id: CreateAppointmentBodyType0ActivityId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id: int | Unset = UNSET
        if not isinstance(self.activity_id, Unset):
            activity_id = _types.to_json(self.activity_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _activity_id = d.pop("activity_id", UNSET)
        activity_id: CreateAppointmentBodyType0ActivityId | Unset
        if isinstance(_activity_id, Unset):
            activity_id = UNSET
        else:
            activity_id = _types.parse_enum(CreateAppointmentBodyType0ActivityId, _activity_id)

        _instance = cls(
            activity_id=activity_id,
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
