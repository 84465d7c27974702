from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_access import GroupAccess
    from ..models.group_companies_item import GroupCompaniesItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, GroupAccess, GroupCompaniesItem
    from ..models.group_access import GroupAccess  # noqa: PLC0415
    from ..models.group_companies_item import GroupCompaniesItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    """
    Attributes:
        access (GroupAccess | Unset): User access rights on the chain
        companies (list[GroupCompaniesItem] | Unset): Chain locations
        id (int | Unset): Chain ID
        title (str | Unset): Chain name
    """

    access: GroupAccess | Unset = UNSET
    companies: list[GroupCompaniesItem] | Unset = UNSET
    id: int | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"access": "access", "companies": "companies", "id": "id", "title": "title"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = _types.to_json(self.access)

        companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.companies, Unset):
            companies = _types.to_json(self.companies)

        id = self.id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access is not UNSET:
            field_dict["access"] = access
        if companies is not UNSET:
            field_dict["companies"] = companies
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _access = d.pop("access", UNSET)
        access: GroupAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = _types.parse_model(GroupAccess, _access)

        _companies = d.pop("companies", UNSET)
        companies: list[GroupCompaniesItem] | Unset = UNSET
        if _companies is not UNSET:
            companies = _types.parse_model_list(GroupCompaniesItem, _companies)

        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        _instance = cls(
            access,
            companies,
            id,
            title,
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
