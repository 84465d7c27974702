from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTagListByEntityItem")


@_attrs_define
class GetTagListByEntityItem:
    """
    Attributes:
        color (str | Unset): Tag color in #RRGGBB format
        deleted (str | Unset): Delete mark (0 - active, 1 - deleted)
        entity (str | Unset): Tag type (1 - client, 2 - appointment, 3 - event)
        font_color (str | Unset): Font color in #RRGGBB format
        icon (str | Unset): Icon name
        id (str | Unset): Tag ID
        not_editable (str | Unset): Whether tag changes are allowed (0 - allowed, 1 - not allowed)
        salon_id (str | Unset): Location ID
        slug (None | str | Unset): Tag slug; `null` when not set
        title (str | Unset): Tag name
    """

    color: str | Unset = UNSET
    deleted: str | Unset = UNSET
    entity: str | Unset = UNSET
    font_color: str | Unset = UNSET
    icon: str | Unset = UNSET
    id: str | Unset = UNSET
    not_editable: str | Unset = UNSET
    salon_id: str | Unset = UNSET
    slug: None | str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        color = self.color

        deleted = self.deleted

        entity = self.entity

        font_color = self.font_color

        icon = self.icon

        id = self.id

        not_editable = self.not_editable

        salon_id = self.salon_id

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if color is not UNSET:
            field_dict["color"] = color
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if entity is not UNSET:
            field_dict["entity"] = entity
        if font_color is not UNSET:
            field_dict["font_color"] = font_color
        if icon is not UNSET:
            field_dict["icon"] = icon
        if id is not UNSET:
            field_dict["id"] = id
        if not_editable is not UNSET:
            field_dict["not_editable"] = not_editable
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        color = d.pop("color", UNSET)

        deleted = d.pop("deleted", UNSET)

        entity = d.pop("entity", UNSET)

        font_color = d.pop("font_color", UNSET)

        icon = d.pop("icon", UNSET)

        id = d.pop("id", UNSET)

        not_editable = d.pop("not_editable", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        title = d.pop("title", UNSET)

        get_tag_list_by_entity_item = cls(
            color=color,
            deleted=deleted,
            entity=entity,
            font_color=font_color,
            icon=icon,
            id=id,
            not_editable=not_editable,
            salon_id=salon_id,
            slug=slug,
            title=title,
        )

        get_tag_list_by_entity_item.additional_properties = d
        return get_tag_list_by_entity_item

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
