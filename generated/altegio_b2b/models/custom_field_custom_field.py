from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_custom_field_type import CustomFieldCustomFieldType

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, CustomFieldCustomFieldType
    from ..models.custom_field_custom_field_type import CustomFieldCustomFieldType  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="CustomFieldCustomField")


@_attrs_define
class CustomFieldCustomField:
    """Custom fields

    Attributes:
        code (str | Unset): Field code by which values for appointment fields are set
        entity_type (str | Unset): Entity type for which the field is valid (customer card, appointment window)
        id (int | Unset): Field ID
        show_in_ui (bool | Unset): Whether to show fields in the interface
        title (str | Unset): Name of add. fields
        type_ (CustomFieldCustomFieldType | Unset): Field type
        user_can_edit (bool | Unset): Is editing allowed
        values (str | Unset): List of valid values for type "list"
    """

    code: str | Unset = UNSET
    entity_type: str | Unset = UNSET
    id: int | Unset = UNSET
    show_in_ui: bool | Unset = UNSET
    title: str | Unset = UNSET
    type_: CustomFieldCustomFieldType | Unset = UNSET
    user_can_edit: bool | Unset = UNSET
    values: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"code": "code", "entity_type": "entity_type", "id": "id", "show_in_ui": "show_in_ui", "title": "title", "type_": "type", "user_can_edit": "user_can_edit", "values": "values"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        code = self.code

        entity_type = self.entity_type

        id = self.id

        show_in_ui = self.show_in_ui

        title = self.title

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = _types.to_json(self.type_)

        user_can_edit = self.user_can_edit

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if id is not UNSET:
            field_dict["id"] = id
        if show_in_ui is not UNSET:
            field_dict["show_in_ui"] = show_in_ui
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_can_edit is not UNSET:
            field_dict["user_can_edit"] = user_can_edit
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        entity_type = d.pop("entity_type", UNSET)

        id = d.pop("id", UNSET)

        show_in_ui = d.pop("show_in_ui", UNSET)

        title = d.pop("title", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CustomFieldCustomFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _types.parse_model(CustomFieldCustomFieldType, _type_)

        user_can_edit = d.pop("user_can_edit", UNSET)

        values = d.pop("values", UNSET)

        _instance = cls(
            code,
            entity_type,
            id,
            show_in_ui,
            title,
            type_,
            user_can_edit,
            values,
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
