from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

if TYPE_CHECKING:
    from ..models.remove_user_from_locations_body_user_company_links_item import (
        RemoveUserFromLocationsBodyUserCompanyLinksItem,
    )

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, RemoveUserFromLocationsBodyUserCompanyLinksItem
    from ..models.remove_user_from_locations_body_user_company_links_item import (
        RemoveUserFromLocationsBodyUserCompanyLinksItem,  # noqa: PLC0415
    )

    _LAZY_READY = True


T = TypeVar("T", bound="RemoveUserFromLocationsBody")


@_attrs_define
class RemoveUserFromLocationsBody:
    """
    Attributes:
        user_company_links (list[RemoveUserFromLocationsBodyUserCompanyLinksItem]): List of locations to remove the user
            from
    """

    user_company_links: list[RemoveUserFromLocationsBodyUserCompanyLinksItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"user_company_links": "user_company_links"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        user_company_links = _types.to_json(self.user_company_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_company_links": user_company_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        user_company_links = _types.parse_model_list(
            RemoveUserFromLocationsBodyUserCompanyLinksItem, d.pop("user_company_links")
        )

        _instance = cls(
            user_company_links,
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
