from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Image")


@_attrs_define
class Image:
    """
    Attributes:
        height (float): Image Height
        id (int): image id
        image_group_id (int): Image group id
        path (str): Image Path
        type_ (str): Image type
        version (str): Image version
        width (float): Image Width
    """

    height: float
    id: int
    image_group_id: int
    path: str
    type_: str
    version: str
    width: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(
            {
                "height": height,
                "id": id,
                "image_group_id": image_group_id,
                "path": path,
                "type": type_,
                "version": version,
                "width": width,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        height = d.pop("height")

        id = d.pop("id")

        image_group_id = d.pop("image_group_id")

        path = d.pop("path")

        type_ = d.pop("type")

        version = d.pop("version")

        width = d.pop("width")

        image = cls(
            height=height,
            id=id,
            image_group_id=image_group_id,
            path=path,
            type_=type_,
            version=version,
            width=width,
        )

        image.additional_properties = d
        return image

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
