from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.position_quick_services_binding_type import PositionQuickServicesBindingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PositionQuick")


@_attrs_define
class PositionQuick:
    """Data for an existing position in a chain.

    Attributes:
        chain_id (int | Unset): ID of a chain, where position was created.
        description (str | Unset): Description of a position.
        id (int | Unset): ID of a position.
        only_chain_appointment (bool | Unset): Availability of linking a team member to a position only in a chain.
        rules_required_fields (list[str] | Unset): Fields required to be filled for a team member to be able to be
            linked to a position.
        services_binding_type (PositionQuickServicesBindingType | Unset): Type of binding of services to a position:
            `0`: - binding disabled; `2`: - strict binding.
        title (str | Unset): Title of a position.
    """

    chain_id: int | Unset = UNSET
    description: str | Unset = UNSET
    id: int | Unset = UNSET
    only_chain_appointment: bool | Unset = UNSET
    rules_required_fields: list[str] | Unset = UNSET
    services_binding_type: PositionQuickServicesBindingType | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"chain_id": "chain_id", "description": "description", "id": "id", "only_chain_appointment": "only_chain_appointment", "rules_required_fields": "rules_required_fields", "services_binding_type": "services_binding_type", "title": "title"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        chain_id = self.chain_id

        description = self.description

        id = self.id

        only_chain_appointment = self.only_chain_appointment

        rules_required_fields: list[str] | Unset = UNSET
        if not isinstance(self.rules_required_fields, Unset):
            rules_required_fields = self.rules_required_fields

        services_binding_type: int | Unset = UNSET
        if not isinstance(self.services_binding_type, Unset):
            services_binding_type = _types.to_json(self.services_binding_type)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if only_chain_appointment is not UNSET:
            field_dict["only_chain_appointment"] = only_chain_appointment
        if rules_required_fields is not UNSET:
            field_dict["rules_required_fields"] = rules_required_fields
        if services_binding_type is not UNSET:
            field_dict["services_binding_type"] = services_binding_type
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chain_id = d.pop("chain_id", UNSET)

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        only_chain_appointment = d.pop("only_chain_appointment", UNSET)

        _rules_required_fields = d.pop("rules_required_fields", UNSET)
        rules_required_fields: list[str] | Unset = UNSET
        if _rules_required_fields is not UNSET:
            rules_required_fields = _types.parse_plain_list(_rules_required_fields)

        _services_binding_type = d.pop("services_binding_type", UNSET)
        services_binding_type: PositionQuickServicesBindingType | Unset
        if isinstance(_services_binding_type, Unset):
            services_binding_type = UNSET
        else:
            services_binding_type = _types.parse_enum(PositionQuickServicesBindingType, _services_binding_type)

        title = d.pop("title", UNSET)

        _instance = cls(
            chain_id,
            description,
            id,
            only_chain_appointment,
            rules_required_fields,
            services_binding_type,
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
