from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.quick_services_binding_type import QuickServicesBindingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quick_position_type_0 import QuickPositionType0

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, QuickPositionType0
    from ..models.quick_position_type_0 import QuickPositionType0  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Quick")


@_attrs_define
class Quick:
    """Data for an existing position in a chain.

    Attributes:
        chain_id (int | Unset): ID of a chain, where position was created.
        description (str | Unset): Description of a position.
        id (int | Unset): ID of a position.
        only_chain_appointment (bool | Unset): Availability of linking a team member to a position only in a chain.
        rules_required_fields (list[str] | Unset): Fields required to be filled for a team member to be able to be
            linked to a position.
        services_binding_type (QuickServicesBindingType | Unset): Type of binding of services to a position: `0`: -
            binding disabled; `2`: - strict binding.
        title (str | Unset): Title of a position.
        avatar (str | Unset): Link to the avatar of a team member (small).
        avatar_big (str | Unset): Link to the avatar of a team member (original).
        company_id (int | Unset): ID of a location, where team member was created.
        is_paid_staff (bool | Unset): Whether the team member is a paid staff member counted in license price.
        name (str | Unset): Name of a team member.
        position (None | QuickPositionType0 | Unset): Position of a team member.
        specialization (str | Unset): Specialization of a team member.
    """

    chain_id: int | Unset = UNSET
    description: str | Unset = UNSET
    id: int | Unset = UNSET
    only_chain_appointment: bool | Unset = UNSET
    rules_required_fields: list[str] | Unset = UNSET
    services_binding_type: QuickServicesBindingType | Unset = UNSET
    title: str | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    company_id: int | Unset = UNSET
    is_paid_staff: bool | Unset = UNSET
    name: str | Unset = UNSET
    position: None | QuickPositionType0 | Unset = UNSET
    specialization: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"chain_id": "chain_id", "description": "description", "id": "id", "only_chain_appointment": "only_chain_appointment", "rules_required_fields": "rules_required_fields", "services_binding_type": "services_binding_type", "title": "title", "avatar": "avatar", "avatar_big": "avatar_big", "company_id": "company_id", "is_paid_staff": "is_paid_staff", "name": "name", "position": "position", "specialization": "specialization"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
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

        avatar = self.avatar

        avatar_big = self.avatar_big

        company_id = self.company_id

        is_paid_staff = self.is_paid_staff

        name = self.name

        position: dict[str, Any] | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, QuickPositionType0):
            position = _types.to_json(self.position)
        else:
            position = self.position

        specialization = self.specialization

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
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff
        if name is not UNSET:
            field_dict["name"] = name
        if position is not UNSET:
            field_dict["position"] = position
        if specialization is not UNSET:
            field_dict["specialization"] = specialization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        chain_id = d.pop("chain_id", UNSET)

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        only_chain_appointment = d.pop("only_chain_appointment", UNSET)

        _rules_required_fields = d.pop("rules_required_fields", UNSET)
        rules_required_fields: list[str] | Unset = UNSET
        if _rules_required_fields is not UNSET:
            rules_required_fields = _types.parse_list(_rules_required_fields, lambda item: item)

        _services_binding_type = d.pop("services_binding_type", UNSET)
        services_binding_type: QuickServicesBindingType | Unset
        if isinstance(_services_binding_type, Unset):
            services_binding_type = UNSET
        else:
            services_binding_type = _types.parse_enum(QuickServicesBindingType, _services_binding_type)

        title = d.pop("title", UNSET)

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        company_id = d.pop("company_id", UNSET)

        is_paid_staff = d.pop("is_paid_staff", UNSET)

        name = d.pop("name", UNSET)

        def _parse_position(data: object) -> None | QuickPositionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = _types.parse_model(QuickPositionType0, data)

                if position_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(None | QuickPositionType0 | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        specialization = d.pop("specialization", UNSET)

        _instance = cls(
            chain_id=chain_id,
            description=description,
            id=id,
            only_chain_appointment=only_chain_appointment,
            rules_required_fields=rules_required_fields,
            services_binding_type=services_binding_type,
            title=title,
            avatar=avatar,
            avatar_big=avatar_big,
            company_id=company_id,
            is_paid_staff=is_paid_staff,
            name=name,
            position=position,
            specialization=specialization,
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
