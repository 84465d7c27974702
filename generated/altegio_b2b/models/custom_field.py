from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_custom_field import CustomFieldCustomField

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, CustomFieldCustomField
    from ..models.custom_field_custom_field import CustomFieldCustomField  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="CustomField")


@_attrs_define
class CustomField:
    """
    Attributes:
        custom_field (CustomFieldCustomField | Unset): Custom fields
        id (int | Unset): Field ID
        salon_id (int | Unset): location ID
    """

    custom_field: CustomFieldCustomField | Unset = UNSET
    id: int | Unset = UNSET
    salon_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"custom_field": "custom_field", "id": "id", "salon_id": "salon_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        custom_field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_field, Unset):
            custom_field = _types.to_json(self.custom_field)

        id = self.id

        salon_id = self.salon_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_field is not UNSET:
            field_dict["custom_field"] = custom_field
        if id is not UNSET:
            field_dict["id"] = id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _custom_field = d.pop("custom_field", UNSET)
        custom_field: CustomFieldCustomField | Unset
        if isinstance(_custom_field, Unset):
            custom_field = UNSET
        else:
            custom_field = _types.parse_model(CustomFieldCustomField, _custom_field)

        id = d.pop("id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        _instance = cls(
            custom_field,
            id,
            salon_id,
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
