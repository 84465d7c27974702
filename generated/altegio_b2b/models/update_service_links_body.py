from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

if TYPE_CHECKING:
    from ..models.update_service_links_body_team_member_settings_item import (
        UpdateServiceLinksBodyTeamMemberSettingsItem,
    )
    from ..models.update_service_links_body_translations_item import UpdateServiceLinksBodyTranslationsItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, UpdateServiceLinksBodyTeamMemberSettingsItem, UpdateServiceLinksBodyTranslationsItem
    from ..models.update_service_links_body_team_member_settings_item import (
        UpdateServiceLinksBodyTeamMemberSettingsItem,  # noqa: PLC0415
    )
    from ..models.update_service_links_body_translations_item import UpdateServiceLinksBodyTranslationsItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="UpdateServiceLinksBody")


@_attrs_define
class UpdateServiceLinksBody:
    """
    Attributes:
        resource_ids (list[int]): List of resource IDs required to provide this service
        service_id (int): Service ID to update
        team_member_settings (list[UpdateServiceLinksBodyTeamMemberSettingsItem]): List of team members providing this
            service with duration and tech cards
        translations (list[UpdateServiceLinksBodyTranslationsItem]): Service name translations for different languages
    """

    resource_ids: list[int]
    service_id: int
    team_member_settings: list[UpdateServiceLinksBodyTeamMemberSettingsItem]
    translations: list[UpdateServiceLinksBodyTranslationsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"resource_ids": "resource_ids", "service_id": "service_id", "team_member_settings": "team_member_settings", "translations": "translations"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        resource_ids = self.resource_ids

        service_id = self.service_id

        team_member_settings = _types.to_json(self.team_member_settings)

        translations = _types.to_json(self.translations)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_ids": resource_ids,
                "service_id": service_id,
                "team_member_settings": team_member_settings,
                "translations": translations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        resource_ids = _types.parse_plain_list(d.pop("resource_ids"))

        service_id = d.pop("service_id")

        team_member_settings = _types.parse_model_list(
            UpdateServiceLinksBodyTeamMemberSettingsItem, d.pop("team_member_settings")
        )

        translations = _types.parse_model_list(UpdateServiceLinksBodyTranslationsItem, d.pop("translations"))

        _instance = cls(
            resource_ids,
            service_id,
            team_member_settings,
            translations,
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
