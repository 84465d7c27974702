from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDocumentBody")


@_attrs_define
class CreateDocumentBody:
    """Create document

    Attributes:
        create_date (datetime.datetime): Date of the inventory transaction Example: 2026-09-21T23:00:00+00:00.
        storage_id (int): Inventory ID
        type_id (int): Document type (sale 1, receipt 3, write-off 7)
        comment (str | Unset): A comment
    """

    create_date: datetime.datetime
    storage_id: int
    type_id: int
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"create_date": "create_date", "storage_id": "storage_id", "type_id": "type_id", "comment": "comment"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        create_date = _types.datetime_json(self.create_date, "iso")

        storage_id = self.storage_id

        type_id = self.type_id

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "create_date": create_date,
                "storage_id": storage_id,
                "type_id": type_id,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        create_date = _types.parse_datetime(d.pop("create_date"))

        storage_id = d.pop("storage_id")

        type_id = d.pop("type_id")

        comment = d.pop("comment", UNSET)

        _instance = cls(
            create_date,
            storage_id,
            type_id,
            comment,
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
