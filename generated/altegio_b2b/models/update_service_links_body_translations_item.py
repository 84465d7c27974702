from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateServiceLinksBodyTranslationsItem")


@_attrs_define
class UpdateServiceLinksBodyTranslationsItem:
    """
    Attributes:
        language_id (int | Unset): Language ID
        translation (str | Unset): Translated service name (empty string to clear)
    """

    language_id: int | Unset = UNSET
    translation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"language_id": "language_id", "translation": "translation"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        language_id = self.language_id

        translation = self.translation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if language_id is not UNSET:
            field_dict["language_id"] = language_id
        if translation is not UNSET:
            field_dict["translation"] = translation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        language_id = d.pop("language_id", UNSET)

        translation = d.pop("translation", UNSET)

        _instance = cls(
            language_id,
            translation,
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
