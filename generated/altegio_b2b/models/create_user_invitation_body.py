from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types

if TYPE_CHECKING:
    from ..models.create_user_invitation_body_invites_item import CreateUserInvitationBodyInvitesItem

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, CreateUserInvitationBodyInvitesItem
    from ..models.create_user_invitation_body_invites_item import CreateUserInvitationBodyInvitesItem  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="CreateUserInvitationBody")


@_attrs_define
class CreateUserInvitationBody:
    """
    Attributes:
        invites (list[CreateUserInvitationBodyInvitesItem]): Array of invites
    """

    invites: list[CreateUserInvitationBodyInvitesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"invites": "invites"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        invites = _types.to_json(self.invites)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invites": invites,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        invites = _types.parse_model_list(CreateUserInvitationBodyInvitesItem, d.pop("invites"))

        _instance = cls(
            invites,
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
