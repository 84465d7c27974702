from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTeamMemberQuickBody")


@_attrs_define
class CreateTeamMemberQuickBody:
    """
    Attributes:
        is_user_invite (bool): Whether to send an invitation email to the user. Set to true to send invitation, false to
            create without sending invitation.
        name (str): Name of a team member.
        phone_number (None | str): Phone number of a user that should be linked to a team member (without "+", 9 to 15
            digits).
        position_id (int | None): ID of a position that should be linked to a team member.
        specialization (str): Specialization of a team member.
        user_email (str): Email address of the user to be created or linked to the team member.
        user_phone (str): User phone number (without "+", 9 to 15 digits). Can be the same as phone_number or different
            for user account login.
        is_paid_staff (bool | Unset): Whether the team member is a paid staff member.
    """

    is_user_invite: bool
    name: str
    phone_number: None | str
    position_id: int | None
    specialization: str
    user_email: str
    user_phone: str
    is_paid_staff: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"is_user_invite": "is_user_invite", "name": "name", "phone_number": "phone_number", "position_id": "position_id", "specialization": "specialization", "user_email": "user_email", "user_phone": "user_phone", "is_paid_staff": "is_paid_staff"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        is_user_invite = self.is_user_invite

        name = self.name

        phone_number: None | str
        phone_number = self.phone_number

        position_id: int | None
        position_id = self.position_id

        specialization = self.specialization

        user_email = self.user_email

        user_phone = self.user_phone

        is_paid_staff = self.is_paid_staff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_user_invite": is_user_invite,
                "name": name,
                "phone_number": phone_number,
                "position_id": position_id,
                "specialization": specialization,
                "user_email": user_email,
                "user_phone": user_phone,
            }
        )
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_user_invite = d.pop("is_user_invite")

        name = d.pop("name")

        phone_number: None | str = d.pop("phone_number")

        position_id: int | None = d.pop("position_id")

        specialization = d.pop("specialization")

        user_email = d.pop("user_email")

        user_phone = d.pop("user_phone")

        is_paid_staff = d.pop("is_paid_staff", UNSET)

        _instance = cls(
            is_user_invite,
            name,
            phone_number,
            position_id,
            specialization,
            user_email,
            user_phone,
            is_paid_staff,
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
