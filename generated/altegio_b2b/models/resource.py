from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_instances_item import ResourceInstancesItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, ResourceInstancesItem
    from ..models.resource_instances_item import ResourceInstancesItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Resource")


@_attrs_define
class Resource:
    """
    Attributes:
        id (int | Unset): Resource ID
        instances (list[ResourceInstancesItem] | Unset): Array of resource instances
        title (str | Unset): Resource name
    """

    id: int | Unset = UNSET
    instances: list[ResourceInstancesItem] | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"id": "id", "instances": "instances", "title": "title"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        id = self.id

        instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instances, Unset):
            instances = _types.to_json(self.instances)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if instances is not UNSET:
            field_dict["instances"] = instances
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _instances = d.pop("instances", UNSET)
        instances: list[ResourceInstancesItem] | Unset = UNSET
        if _instances is not UNSET:
            instances = _types.parse_model_list(ResourceInstancesItem, _instances)

        title = d.pop("title", UNSET)

        _instance = cls(
            id,
            instances,
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
