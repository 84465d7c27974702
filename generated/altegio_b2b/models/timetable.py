from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Timetable")


@_attrs_define
class Timetable:
    """
    Attributes:
        activity_record_clients_count_max (int | Unset): Maximum number of seats in one group event
        is_show_newsletter_agreement (bool | Unset): Show newsletter subscription agreement checkbox in booking form
        is_show_personal_data_processing_agreement (bool | Unset): Show personal data processing agreement checkbox in
            booking form
        record_type (int | Unset): Default appointment type: 0 - Mixed appointment, 1 - Individual appointment, 2 -
            Group event
    """

    activity_record_clients_count_max: int | Unset = UNSET
    is_show_newsletter_agreement: bool | Unset = UNSET
    is_show_personal_data_processing_agreement: bool | Unset = UNSET
    record_type: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"activity_record_clients_count_max": "activity_record_clients_count_max", "is_show_newsletter_agreement": "is_show_newsletter_agreement", "is_show_personal_data_processing_agreement": "is_show_personal_data_processing_agreement", "record_type": "record_type"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        activity_record_clients_count_max = self.activity_record_clients_count_max

        is_show_newsletter_agreement = self.is_show_newsletter_agreement

        is_show_personal_data_processing_agreement = self.is_show_personal_data_processing_agreement

        record_type = self.record_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_record_clients_count_max is not UNSET:
            field_dict["activity_record_clients_count_max"] = activity_record_clients_count_max
        if is_show_newsletter_agreement is not UNSET:
            field_dict["is_show_newsletter_agreement"] = is_show_newsletter_agreement
        if is_show_personal_data_processing_agreement is not UNSET:
            field_dict["is_show_personal_data_processing_agreement"] = is_show_personal_data_processing_agreement
        if record_type is not UNSET:
            field_dict["record_type"] = record_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activity_record_clients_count_max = d.pop("activity_record_clients_count_max", UNSET)

        is_show_newsletter_agreement = d.pop("is_show_newsletter_agreement", UNSET)

        is_show_personal_data_processing_agreement = d.pop("is_show_personal_data_processing_agreement", UNSET)

        record_type = d.pop("record_type", UNSET)

        _instance = cls(
            activity_record_clients_count_max,
            is_show_newsletter_agreement,
            is_show_personal_data_processing_agreement,
            record_type,
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
