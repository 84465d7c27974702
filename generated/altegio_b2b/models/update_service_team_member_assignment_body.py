from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateServiceTeamMemberAssignmentBody")


@_attrs_define
class UpdateServiceTeamMemberAssignmentBody:
    """
    Attributes:
        seance_length (float): Duration of service provision by the specified team member in seconds, minimum 300
            seconds (5 minutes), maximum 86100 seconds (23 hours 55 minutes).
        technological_card_id (int | None): ID of bill of materials used while providing the service.
    """

    seance_length: float
    technological_card_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"seance_length": "seance_length", "technological_card_id": "technological_card_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        seance_length = self.seance_length

        technological_card_id: int | None
        technological_card_id = self.technological_card_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seance_length": seance_length,
                "technological_card_id": technological_card_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seance_length = d.pop("seance_length")

        technological_card_id: int | None = d.pop("technological_card_id")

        _instance = cls(
            seance_length,
            technological_card_id,
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
