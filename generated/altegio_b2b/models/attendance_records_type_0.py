from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

if TYPE_CHECKING:
    from ..models.attendance_records_type_0_additional_property import AttendanceRecordsType0AdditionalProperty

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, AttendanceRecordsType0AdditionalProperty
    from ..models.attendance_records_type_0_additional_property import AttendanceRecordsType0AdditionalProperty  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="AttendanceRecordsType0")


@_attrs_define
class AttendanceRecordsType0:
    additional_properties: dict[str, AttendanceRecordsType0AdditionalProperty] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = _types.to_json(prop)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _instance = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = _types.parse_model(AttendanceRecordsType0AdditionalProperty, prop_dict)

            additional_properties[prop_name] = additional_property

        _instance.additional_properties = additional_properties
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> AttendanceRecordsType0AdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: AttendanceRecordsType0AdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
