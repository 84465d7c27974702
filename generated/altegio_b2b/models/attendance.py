from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.attendance_attendance import AttendanceAttendance
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attendance_records_type_0 import AttendanceRecordsType0

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, AttendanceRecordsType0
    from ..models.attendance_records_type_0 import AttendanceRecordsType0  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Attendance")


@_attrs_define
class Attendance:
    """
    Attributes:
        attendance (AttendanceAttendance | Unset):
        records (AttendanceRecordsType0 | list[Any] | Unset): Timetable changes keyed by Appointment ID, or an empty
            array when there are none
    """

    attendance: AttendanceAttendance | Unset = UNSET
    records: AttendanceRecordsType0 | list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"attendance": "attendance", "records": "records"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        attendance: int | Unset = UNSET
        if not isinstance(self.attendance, Unset):
            attendance = _types.to_json(self.attendance)

        records: dict[str, Any] | list[Any] | Unset
        if isinstance(self.records, Unset):
            records = UNSET
        elif isinstance(self.records, AttendanceRecordsType0):
            records = _types.to_json(self.records)
        else:
            records = self.records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _attendance = d.pop("attendance", UNSET)
        attendance: AttendanceAttendance | Unset
        if isinstance(_attendance, Unset):
            attendance = UNSET
        else:
            attendance = _types.parse_enum(AttendanceAttendance, _attendance)

        def _parse_records(data: object) -> AttendanceRecordsType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                records_type_0 = _types.parse_model(AttendanceRecordsType0, data)

                if records_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return records_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (isinstance(data, list) or data == {}):
                    raise TypeError()
                records_type_1 = _types.parse_plain_list(data)

                if records_type_1 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return records_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(AttendanceRecordsType0 | list[Any] | Unset, data)

        records = _parse_records(d.pop("records", UNSET))

        _instance = cls(
            attendance,
            records,
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
