from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceStaffItem")


@_attrs_define
class ServiceStaffItem:
    """
    Attributes:
        id (int | Unset): team member ID
        seance_length (float | Unset): Service duration (multiple of 15 minutes)
        technological_card_id (int | None | Unset): Technological card ID
    """

    id: int | Unset = UNSET
    seance_length: float | Unset = UNSET
    technological_card_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"id": "id", "seance_length": "seance_length", "technological_card_id": "technological_card_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        seance_length = self.seance_length

        technological_card_id: int | None | Unset
        if isinstance(self.technological_card_id, Unset):
            technological_card_id = UNSET
        else:
            technological_card_id = self.technological_card_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if technological_card_id is not UNSET:
            field_dict["technological_card_id"] = technological_card_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        seance_length = d.pop("seance_length", UNSET)

        technological_card_id: int | None | Unset = d.pop("technological_card_id", UNSET)

        _instance = cls(
            id,
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
