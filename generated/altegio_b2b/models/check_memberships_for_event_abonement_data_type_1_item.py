from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.check_memberships_for_event_abonement_data_type_1_item_attributes import (
        CheckMembershipsForEventAbonementDataType1ItemAttributes,
    )
    from ..models.check_memberships_for_event_abonement_data_type_1_item_relationships import (
        CheckMembershipsForEventAbonementDataType1ItemRelationships,
    )

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        CheckMembershipsForEventAbonementDataType1ItemAttributes, \
        CheckMembershipsForEventAbonementDataType1ItemRelationships
    from ..models.check_memberships_for_event_abonement_data_type_1_item_attributes import (
        CheckMembershipsForEventAbonementDataType1ItemAttributes,  # noqa: PLC0415
    )
    from ..models.check_memberships_for_event_abonement_data_type_1_item_relationships import (
        CheckMembershipsForEventAbonementDataType1ItemRelationships,  # noqa: PLC0415
    )

    _LAZY_READY = True


T = TypeVar("T", bound="CheckMembershipsForEventAbonementDataType1Item")


@_attrs_define
class CheckMembershipsForEventAbonementDataType1Item:
    """
    Attributes:
        attributes (CheckMembershipsForEventAbonementDataType1ItemAttributes | Unset):
        id (str | Unset): Membership instance ID
        relationships (CheckMembershipsForEventAbonementDataType1ItemRelationships | Unset):
        type_ (str | Unset):
    """

    attributes: CheckMembershipsForEventAbonementDataType1ItemAttributes | Unset = UNSET
    id: str | Unset = UNSET
    relationships: CheckMembershipsForEventAbonementDataType1ItemRelationships | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"attributes": "attributes", "id": "id", "relationships": "relationships", "type_": "type"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = _types.to_json(self.attributes)

        id = self.id

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = _types.to_json(self.relationships)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if id is not UNSET:
            field_dict["id"] = id
        if relationships is not UNSET:
            field_dict["relationships"] = relationships
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _attributes = d.pop("attributes", UNSET)
        attributes: CheckMembershipsForEventAbonementDataType1ItemAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = _types.parse_model(CheckMembershipsForEventAbonementDataType1ItemAttributes, _attributes)

        id = d.pop("id", UNSET)

        _relationships = d.pop("relationships", UNSET)
        relationships: CheckMembershipsForEventAbonementDataType1ItemRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = _types.parse_model(
                CheckMembershipsForEventAbonementDataType1ItemRelationships, _relationships
            )

        type_ = d.pop("type", UNSET)

        _instance = cls(
            attributes,
            id,
            relationships,
            type_,
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
