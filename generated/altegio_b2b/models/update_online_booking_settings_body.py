from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateOnlineBookingSettingsBody")


@_attrs_define
class UpdateOnlineBookingSettingsBody:
    """
    Attributes:
        activity_online_record_clients_count_max (int): Maximum number of seats in one group event
        any_master (bool): "Any team member" mode
        confirm_number (bool): Confirm customer number via SMS
        seance_delay_step (int): Delay to the next session, in minutes from 0 to 23 hours (inclusive) in increments of
            30 minutes
    """

    activity_online_record_clients_count_max: int
    any_master: bool
    confirm_number: bool
    seance_delay_step: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"activity_online_record_clients_count_max": "activity_online_record_clients_count_max", "any_master": "any_master", "confirm_number": "confirm_number", "seance_delay_step": "seance_delay_step"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        activity_online_record_clients_count_max = self.activity_online_record_clients_count_max

        any_master = self.any_master

        confirm_number = self.confirm_number

        seance_delay_step = self.seance_delay_step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity_online_record_clients_count_max": activity_online_record_clients_count_max,
                "any_master": any_master,
                "confirm_number": confirm_number,
                "seance_delay_step": seance_delay_step,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activity_online_record_clients_count_max = d.pop("activity_online_record_clients_count_max")

        any_master = d.pop("any_master")

        confirm_number = d.pop("confirm_number")

        seance_delay_step = d.pop("seance_delay_step")

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
