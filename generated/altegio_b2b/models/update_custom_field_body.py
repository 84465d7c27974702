from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateCustomFieldBody")


@_attrs_define
class UpdateCustomFieldBody:
    """Adding a Custom Field

    Attributes:
        code (str): Field ID
        show_in_ui (bool): Whether to show the field in the interface
        title (str): Field name
        type_ (str): Field type
        user_can_edit (bool): Can the user edit the field
    """

    code: str
    show_in_ui: bool
    title: str
    type_: str
    user_can_edit: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"code": "code", "show_in_ui": "show_in_ui", "title": "title", "type_": "type", "user_can_edit": "user_can_edit"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        show_in_ui = self.show_in_ui

        title = self.title

        type_ = self.type_

        user_can_edit = self.user_can_edit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "show_in_ui": show_in_ui,
                "title": title,
                "type": type_,
                "user_can_edit": user_can_edit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        show_in_ui = d.pop("show_in_ui")

        title = d.pop("title")

        type_ = d.pop("type")

        user_can_edit = d.pop("user_can_edit")

        _instance = cls(
            code,
            show_in_ui,
            title,
            type_,
            user_can_edit,
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
