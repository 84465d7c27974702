from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Label")


@_attrs_define
class Label:
    """Object with data

    Attributes:
        color (str | Unset): Tag color in #RRGGBB format
        entity (float | str | Unset): Tag type (1 - tag for customers, 2 - tag for appointments)
        id (int | str | Unset): Tag ID
        salon_id (int | str | Unset): ID of the location that the tag belongs to
        title (str | Unset): name of tag
        deleted (str | Unset): Delete mark (0 - active, 1 - deleted)
        font_color (str | Unset): Font color in #RRGGBB format
        icon (str | Unset): Icon name
        not_editable (str | Unset): Whether tag changes are allowed (0 - allowed, 1 - not allowed)
        slug (None | str | Unset): Tag slug; `null` when not set
    """

    color: str | Unset = UNSET
    entity: float | str | Unset = UNSET
    id: int | str | Unset = UNSET
    salon_id: int | str | Unset = UNSET
    title: str | Unset = UNSET
    deleted: str | Unset = UNSET
    font_color: str | Unset = UNSET
    icon: str | Unset = UNSET
    not_editable: str | Unset = UNSET
    slug: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"color": "color", "entity": "entity", "id": "id", "salon_id": "salon_id", "title": "title", "deleted": "deleted", "font_color": "font_color", "icon": "icon", "not_editable": "not_editable", "slug": "slug"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        color = self.color

        entity: float | str | Unset
        if isinstance(self.entity, Unset):
            entity = UNSET
        else:
            entity = self.entity

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        salon_id: int | str | Unset
        if isinstance(self.salon_id, Unset):
            salon_id = UNSET
        else:
            salon_id = self.salon_id

        title = self.title

        deleted = self.deleted

        font_color = self.font_color

        icon = self.icon

        not_editable = self.not_editable

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if color is not UNSET:
            field_dict["color"] = color
        if entity is not UNSET:
            field_dict["entity"] = entity
        if id is not UNSET:
            field_dict["id"] = id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if title is not UNSET:
            field_dict["title"] = title
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if font_color is not UNSET:
            field_dict["font_color"] = font_color
        if icon is not UNSET:
            field_dict["icon"] = icon
        if not_editable is not UNSET:
            field_dict["not_editable"] = not_editable
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        color = d.pop("color", UNSET)

        entity: float | str | Unset = d.pop("entity", UNSET)

        id: int | str | Unset = d.pop("id", UNSET)

        salon_id: int | str | Unset = d.pop("salon_id", UNSET)

        title = d.pop("title", UNSET)

        deleted = d.pop("deleted", UNSET)

        font_color = d.pop("font_color", UNSET)

        icon = d.pop("icon", UNSET)

        not_editable = d.pop("not_editable", UNSET)

        slug: None | str | Unset = d.pop("slug", UNSET)

        _instance = cls(
            color,
            entity,
            id,
            salon_id,
            title,
            deleted,
            font_color,
            icon,
            not_editable,
            slug,
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
