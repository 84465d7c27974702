from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.role_slug import RoleSlug
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_user_permissions_type_0_item import RoleUserPermissionsType0Item

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, RoleUserPermissionsType0Item
    from ..models.role_user_permissions_type_0_item import RoleUserPermissionsType0Item  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Role")


@_attrs_define
class Role:
    """Data on the user role

    Attributes:
        description (str | Unset): Description of the role
        slug (RoleSlug | Unset): Name of the role
        title (str | Unset): Title of the role
        user_permissions (list[RoleUserPermissionsType0Item] | None | Unset): List of permissions for this role Returned
            in response only if corresponding `include` is present in request.
        weight (float | Unset): Role weight which determines the number of available permissions
    """

    description: str | Unset = UNSET
    slug: RoleSlug | Unset = UNSET
    title: str | Unset = UNSET
    user_permissions: list[RoleUserPermissionsType0Item] | None | Unset = UNSET
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"description": "description", "slug": "slug", "title": "title", "user_permissions": "user_permissions", "weight": "weight"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        description = self.description

        slug: str | Unset = UNSET
        if not isinstance(self.slug, Unset):
            slug = _types.to_json(self.slug)

        title = self.title

        user_permissions: list[dict[str, Any]] | None | Unset
        if isinstance(self.user_permissions, Unset):
            user_permissions = UNSET
        elif isinstance(self.user_permissions, list):
            user_permissions = _types.to_json(self.user_permissions)

        else:
            user_permissions = self.user_permissions

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if slug is not UNSET:
            field_dict["slug"] = slug
        if title is not UNSET:
            field_dict["title"] = title
        if user_permissions is not UNSET:
            field_dict["user_permissions"] = user_permissions
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        _slug = d.pop("slug", UNSET)
        slug: RoleSlug | Unset
        if isinstance(_slug, Unset):
            slug = UNSET
        else:
            slug = _types.parse_enum(RoleSlug, _slug)

        title = d.pop("title", UNSET)

        def _parse_user_permissions(data: object) -> list[RoleUserPermissionsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, list) or data == {}):
                    raise TypeError()
                user_permissions_type_0 = _types.parse_model_list(RoleUserPermissionsType0Item, data)

                if user_permissions_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return user_permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(list[RoleUserPermissionsType0Item] | None | Unset, data)

        user_permissions = _parse_user_permissions(d.pop("user_permissions", UNSET))

        weight = d.pop("weight", UNSET)

        _instance = cls(
            description,
            slug,
            title,
            user_permissions,
            weight,
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
