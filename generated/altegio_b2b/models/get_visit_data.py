from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_visit_data_records_item import GetVisitDataRecordsItem


T = TypeVar("T", bound="GetVisitData")


@_attrs_define
class GetVisitData:
    """Object with data

    Attributes:
        attendance (float | Unset): Visit status
        comment (None | str | Unset): A comment
        datetime_ (datetime.datetime | Unset): Date of visit Example: 2026-09-21T23:00:00+00:00.
        records (list[GetVisitDataRecordsItem] | Unset): Appointment array
    """

    attendance: float | Unset = UNSET
    comment: None | str | Unset = UNSET
    datetime_: datetime.datetime | Unset = UNSET
    records: list[GetVisitDataRecordsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.get_visit_data_records_item import GetVisitDataRecordsItem  # noqa: PLC0415

        d = dict(src_dict)
        attendance = d.pop("attendance", UNSET)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = _types.parse_datetime(_datetime_)

        def _parse_records_item(records_item_data: Any) -> Any:
            records_item = _types.parse_model(GetVisitDataRecordsItem, records_item_data)

            return records_item

        _records = d.pop("records", UNSET)
        records: list[GetVisitDataRecordsItem] | Unset = UNSET
        if _records is not UNSET:
            records = _types.parse_list(_records, _parse_records_item)

        get_visit_data = cls(
            attendance=attendance,
            comment=comment,
            datetime_=datetime_,
            records=records,
        )

        get_visit_data.additional_properties = d
        return get_visit_data

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
