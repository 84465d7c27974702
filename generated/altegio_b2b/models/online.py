from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Online")


@_attrs_define
class Online:
    """Online booking settings for a location

    Attributes:
        activity_online_record_clients_count_max (int | Unset): Maximum number of seats in one group event
        any_master (bool | Unset): "Any team member" mode
        confirm_number (bool | Unset): Confirm customer number via SMS
        seance_delay_step (int | Unset): Delay to the next session, in minutes from 0 to 23 hours (inclusive) in
            increments of 30 minutes
    """

    activity_online_record_clients_count_max: int | Unset = UNSET
    any_master: bool | Unset = UNSET
    confirm_number: bool | Unset = UNSET
    seance_delay_step: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"activity_online_record_clients_count_max": "activity_online_record_clients_count_max", "any_master": "any_master", "confirm_number": "confirm_number", "seance_delay_step": "seance_delay_step"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        activity_online_record_clients_count_max = self.activity_online_record_clients_count_max

        any_master = self.any_master

        confirm_number = self.confirm_number

        seance_delay_step = self.seance_delay_step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_online_record_clients_count_max is not UNSET:
            field_dict["activity_online_record_clients_count_max"] = activity_online_record_clients_count_max
        if any_master is not UNSET:
            field_dict["any_master"] = any_master
        if confirm_number is not UNSET:
            field_dict["confirm_number"] = confirm_number
        if seance_delay_step is not UNSET:
            field_dict["seance_delay_step"] = seance_delay_step

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activity_online_record_clients_count_max = d.pop("activity_online_record_clients_count_max", UNSET)

        any_master = d.pop("any_master", UNSET)

        confirm_number = d.pop("confirm_number", UNSET)

        seance_delay_step = d.pop("seance_delay_step", UNSET)

        _instance = cls(
            activity_online_record_clients_count_max,
            any_master,
            confirm_number,
            seance_delay_step,
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
