from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.visit_records_item import VisitRecordsItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, VisitRecordsItem
    from ..models.visit_records_item import VisitRecordsItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Visit")


@_attrs_define
class Visit:
    """Object with data

    Attributes:
        attendance (float | Unset): Visit status
        comment (None | str | Unset): A comment
        datetime_ (datetime.datetime | Unset): Date of visit Example: 2026-09-21T23:00:00+00:00.
        records (list[VisitRecordsItem] | Unset): Appointment array
    """

    attendance: float | Unset = UNSET
    comment: None | str | Unset = UNSET
    datetime_: datetime.datetime | Unset = UNSET
    records: list[VisitRecordsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"attendance": "attendance", "comment": "comment", "datetime_": "datetime", "records": "records"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        attendance = self.attendance

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = _types.datetime_json(self.datetime_, "iso")

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = _types.to_json(self.records)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if comment is not UNSET:
            field_dict["comment"] = comment
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        attendance = d.pop("attendance", UNSET)

        comment: None | str | Unset = d.pop("comment", UNSET)

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = _types.parse_datetime(_datetime_)

        _records = d.pop("records", UNSET)
        records: list[VisitRecordsItem] | Unset = UNSET
        if _records is not UNSET:
            records = _types.parse_model_list(VisitRecordsItem, _records)

        _instance = cls(
            attendance,
            comment,
            datetime_,
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
