from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Auth")


@_attrs_define
class Auth:
    """
    Attributes:
        avatar (str | Unset): Path to the user's avatar file
        email (str | Unset): User mailing address
        id (int | Unset): User ID
        is_approved (bool | Unset): Is the user verified in the system
        is_email_confirmed (bool | Unset): Is the user email confirmed
        login (str | Unset): User login
        name (str | Unset): Username
        phone (str | Unset): User phone
        user_token (str | Unset): User_token of the user
    """

    avatar: str | Unset = UNSET
    email: str | Unset = UNSET
    id: int | Unset = UNSET
    is_approved: bool | Unset = UNSET
    is_email_confirmed: bool | Unset = UNSET
    login: str | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    user_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"avatar": "avatar", "email": "email", "id": "id", "is_approved": "is_approved", "is_email_confirmed": "is_email_confirmed", "login": "login", "name": "name", "phone": "phone", "user_token": "user_token"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        avatar = self.avatar

        email = self.email

        id = self.id

        is_approved = self.is_approved

        is_email_confirmed = self.is_email_confirmed

        login = self.login

        name = self.name

        phone = self.phone

        user_token = self.user_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if email is not UNSET:
            field_dict["email"] = email
        if id is not UNSET:
            field_dict["id"] = id
        if is_approved is not UNSET:
            field_dict["is_approved"] = is_approved
        if is_email_confirmed is not UNSET:
            field_dict["is_email_confirmed"] = is_email_confirmed
        if login is not UNSET:
            field_dict["login"] = login
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if user_token is not UNSET:
            field_dict["user_token"] = user_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avatar = d.pop("avatar", UNSET)

        email = d.pop("email", UNSET)

        id = d.pop("id", UNSET)

        is_approved = d.pop("is_approved", UNSET)

        is_email_confirmed = d.pop("is_email_confirmed", UNSET)

        login = d.pop("login", UNSET)

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        user_token = d.pop("user_token", UNSET)

        _instance = cls(
            avatar,
            email,
            id,
            is_approved,
            is_email_confirmed,
            login,
            name,
            phone,
            user_token,
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
