from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnlinkAppointmentServiceAssociationBody")


@_attrs_define
class UnlinkAppointmentServiceAssociationBody:
    """
    Attributes:
        delete_consumables (float | Unset): Whether to remove consumables along with deleting bill of materials. Default
            0
    """

    delete_consumables: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"delete_consumables": "delete_consumables"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        delete_consumables = self.delete_consumables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delete_consumables is not UNSET:
            field_dict["delete_consumables"] = delete_consumables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delete_consumables = d.pop("delete_consumables", UNSET)

        _instance = cls(
            delete_consumables,
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
