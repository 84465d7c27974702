from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_program_staff_client_stats import LoyaltyProgramStaffClientStats
    from ..models.loyalty_program_staff_staff import LoyaltyProgramStaffStaff

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, LoyaltyProgramStaffClientStats, LoyaltyProgramStaffStaff
    from ..models.loyalty_program_staff_client_stats import LoyaltyProgramStaffClientStats  # noqa: PLC0415
    from ..models.loyalty_program_staff_staff import LoyaltyProgramStaffStaff  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="LoyaltyProgramStaff")


@_attrs_define
class LoyaltyProgramStaff:
    """
    Attributes:
        client_stats (LoyaltyProgramStaffClientStats | Unset): Client statistics
        staff (LoyaltyProgramStaffStaff | Unset): team member
    """

    client_stats: LoyaltyProgramStaffClientStats | Unset = UNSET
    staff: LoyaltyProgramStaffStaff | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"client_stats": "client_stats", "staff": "staff"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        client_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_stats, Unset):
            client_stats = _types.to_json(self.client_stats)

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = _types.to_json(self.staff)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_stats is not UNSET:
            field_dict["client_stats"] = client_stats
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _client_stats = d.pop("client_stats", UNSET)
        client_stats: LoyaltyProgramStaffClientStats | Unset
        if isinstance(_client_stats, Unset):
            client_stats = UNSET
        else:
            client_stats = _types.parse_model(LoyaltyProgramStaffClientStats, _client_stats)

        _staff = d.pop("staff", UNSET)
        staff: LoyaltyProgramStaffStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = _types.parse_model(LoyaltyProgramStaffStaff, _staff)

        _instance = cls(
            client_stats,
            staff,
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
