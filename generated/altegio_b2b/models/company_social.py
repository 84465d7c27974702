from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanySocial")


@_attrs_define
class CompanySocial:
    """location social media

    Attributes:
        facebook (str | Unset): Facebook
        instagram (str | Unset): Instagram
        telegram (str | Unset): Telegram
        viber (str | Unset): Viber
        vk (str | Unset): VK (social network)
        whatsapp (str | Unset): WhatsApp
    """

    facebook: str | Unset = UNSET
    instagram: str | Unset = UNSET
    telegram: str | Unset = UNSET
    viber: str | Unset = UNSET
    vk: str | Unset = UNSET
    whatsapp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"facebook": "facebook", "instagram": "instagram", "telegram": "telegram", "viber": "viber", "vk": "vk", "whatsapp": "whatsapp"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        facebook = self.facebook

        instagram = self.instagram

        telegram = self.telegram

        viber = self.viber

        vk = self.vk

        whatsapp = self.whatsapp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if facebook is not UNSET:
            field_dict["facebook"] = facebook
        if instagram is not UNSET:
            field_dict["instagram"] = instagram
        if telegram is not UNSET:
            field_dict["telegram"] = telegram
        if viber is not UNSET:
            field_dict["viber"] = viber
        if vk is not UNSET:
            field_dict["vk"] = vk
        if whatsapp is not UNSET:
            field_dict["whatsapp"] = whatsapp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        facebook = d.pop("facebook", UNSET)

        instagram = d.pop("instagram", UNSET)

        telegram = d.pop("telegram", UNSET)

        viber = d.pop("viber", UNSET)

        vk = d.pop("vk", UNSET)

        whatsapp = d.pop("whatsapp", UNSET)

        _instance = cls(
            facebook,
            instagram,
            telegram,
            viber,
            vk,
            whatsapp,
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
