from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.setting_staff import SettingStaff

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, SettingStaff
    from ..models.setting_staff import SettingStaff  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Setting")


@_attrs_define
class Setting:
    """
    Attributes:
        hash_ (str | Unset): Hash token
        id (int | Unset): Setting ID
        invite_sms_sent (bool | Unset):
        is_enabled (bool | Unset): Is tip setting enabled
        landing_external (str | Unset):
        location_id (int | Unset):
        master_tips_form_link (str | Unset): Link to the page where you can leave a tip to the team member
        staff (SettingStaff | Unset): Team Member
        staff_id (int | Unset): team member ID
        status (float | Unset): Setting status
        status_title (str | Unset): Status name
    """

    hash_: str | Unset = UNSET
    id: int | Unset = UNSET
    invite_sms_sent: bool | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    landing_external: str | Unset = UNSET
    location_id: int | Unset = UNSET
    master_tips_form_link: str | Unset = UNSET
    staff: SettingStaff | Unset = UNSET
    staff_id: int | Unset = UNSET
    status: float | Unset = UNSET
    status_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"hash_": "hash", "id": "id", "invite_sms_sent": "invite_sms_sent", "is_enabled": "is_enabled", "landing_external": "landing_external", "location_id": "location_id", "master_tips_form_link": "master_tips_form_link", "staff": "staff", "staff_id": "staff_id", "status": "status", "status_title": "status_title"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        hash_ = self.hash_

        id = self.id

        invite_sms_sent = self.invite_sms_sent

        is_enabled = self.is_enabled

        landing_external = self.landing_external

        location_id = self.location_id

        master_tips_form_link = self.master_tips_form_link

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = _types.to_json(self.staff)

        staff_id = self.staff_id

        status = self.status

        status_title = self.status_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if id is not UNSET:
            field_dict["id"] = id
        if invite_sms_sent is not UNSET:
            field_dict["invite_sms_sent"] = invite_sms_sent
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if landing_external is not UNSET:
            field_dict["landing_external"] = landing_external
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if master_tips_form_link is not UNSET:
            field_dict["master_tips_form_link"] = master_tips_form_link
        if staff is not UNSET:
            field_dict["staff"] = staff
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if status is not UNSET:
            field_dict["status"] = status
        if status_title is not UNSET:
            field_dict["status_title"] = status_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        hash_ = d.pop("hash", UNSET)

        id = d.pop("id", UNSET)

        invite_sms_sent = d.pop("invite_sms_sent", UNSET)

        is_enabled = d.pop("is_enabled", UNSET)

        landing_external = d.pop("landing_external", UNSET)

        location_id = d.pop("location_id", UNSET)

        master_tips_form_link = d.pop("master_tips_form_link", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: SettingStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = _types.parse_model(SettingStaff, _staff)

        staff_id = d.pop("staff_id", UNSET)

        status = d.pop("status", UNSET)

        status_title = d.pop("status_title", UNSET)

        _instance = cls(
            hash_,
            id,
            invite_sms_sent,
            is_enabled,
            landing_external,
            location_id,
            master_tips_form_link,
            staff,
            staff_id,
            status,
            status_title,
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
