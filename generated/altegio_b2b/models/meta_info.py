from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetaInfo")


@_attrs_define
class MetaInfo:
    """The envelope's meta as an object: totals where the API reports them.

    Attributes:
        total_count (int | Unset): Items across all pages
        count (int | Unset): Items in total, or on this page
        message (str | Unset):
    """

    total_count: int | Unset = UNSET
    count: int | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"total_count": "total_count", "count": "count", "message": "message"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        count = self.count

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if count is not UNSET:
            field_dict["count"] = count
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        count = d.pop("count", UNSET)

        message = d.pop("message", UNSET)

        _instance = cls(
            total_count,
            count,
            message,
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
