from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_user_access import CompanyUserAccess

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, CompanyUserAccess
    from ..models.company_user_access import CompanyUserAccess  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="CompanyUser")


@_attrs_define
class CompanyUser:
    """
    Attributes:
        access (CompanyUserAccess | Unset): Object of user access rights to system modules
        email (str | Unset): User mailing address
        firstname (str | Unset): Username
        id (int | Unset): User ID
        information (str | Unset): User information
        login (str | Unset): user login for authorization in the system (for authorization, you can also use the phone
            and email fields as a login)
        phone (str | Unset): User phone
    """

    access: CompanyUserAccess | Unset = UNSET
    email: str | Unset = UNSET
    firstname: str | Unset = UNSET
    id: int | Unset = UNSET
    information: str | Unset = UNSET
    login: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"access": "access", "email": "email", "firstname": "firstname", "id": "id", "information": "information", "login": "login", "phone": "phone"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = _types.to_json(self.access)

        email = self.email

        firstname = self.firstname

        id = self.id

        information = self.information

        login = self.login

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access is not UNSET:
            field_dict["access"] = access
        if email is not UNSET:
            field_dict["email"] = email
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if id is not UNSET:
            field_dict["id"] = id
        if information is not UNSET:
            field_dict["information"] = information
        if login is not UNSET:
            field_dict["login"] = login
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _access = d.pop("access", UNSET)
        access: CompanyUserAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = _types.parse_model(CompanyUserAccess, _access)

        email = d.pop("email", UNSET)

        firstname = d.pop("firstname", UNSET)

        id = d.pop("id", UNSET)

        information = d.pop("information", UNSET)

        login = d.pop("login", UNSET)

        phone = d.pop("phone", UNSET)

        _instance = cls(
            access,
            email,
            firstname,
            id,
            information,
            login,
            phone,
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
