from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageImageGroupImages")


@_attrs_define
class ImageImageGroupImages:
    """
    Attributes:
        height (float | Unset): Image Height
        id (int | Unset): image id
        image_group_id (int | Unset): Image group id
        path (str | Unset): Image Path
        type_ (str | Unset): Image type
        version (str | Unset): Image version
        width (float | Unset): Image Width
    """

    height: float | Unset = UNSET
    id: int | Unset = UNSET
    image_group_id: int | Unset = UNSET
    path: str | Unset = UNSET
    type_: str | Unset = UNSET
    version: str | Unset = UNSET
    width: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"height": "height", "id": "id", "image_group_id": "image_group_id", "path": "path", "type_": "type", "version": "version", "width": "width"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        id = self.id

        image_group_id = self.image_group_id

        path = self.path

        type_ = self.type_

        version = self.version

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if height is not UNSET:
            field_dict["height"] = height
        if id is not UNSET:
            field_dict["id"] = id
        if image_group_id is not UNSET:
            field_dict["image_group_id"] = image_group_id
        if path is not UNSET:
            field_dict["path"] = path
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        height = d.pop("height", UNSET)

        id = d.pop("id", UNSET)

        image_group_id = d.pop("image_group_id", UNSET)

        path = d.pop("path", UNSET)

        type_ = d.pop("type", UNSET)

        version = d.pop("version", UNSET)

        width = d.pop("width", UNSET)

        _instance = cls(
            height,
            id,
            image_group_id,
            path,
            type_,
            version,
            width,
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
