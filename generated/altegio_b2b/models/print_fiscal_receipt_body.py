from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrintFiscalReceiptBody")


@_attrs_define
class PrintFiscalReceiptBody:
    """
    Attributes:
        document_id (int): Document ID
        type_ (float): type of operation with location account (see table of types of all operations)
        is_pos_enabled (bool | Unset): enable POS terminal (default false)
    """

    document_id: int
    type_: float
    is_pos_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"document_id": "document_id", "type_": "type", "is_pos_enabled": "is_pos_enabled"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        type_ = self.type_

        is_pos_enabled = self.is_pos_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_id": document_id,
                "type": type_,
            }
        )
        if is_pos_enabled is not UNSET:
            field_dict["is_pos_enabled"] = is_pos_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = d.pop("document_id")

        type_ = d.pop("type")

        is_pos_enabled = d.pop("is_pos_enabled", UNSET)

        _instance = cls(
            document_id,
            type_,
            is_pos_enabled,
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
