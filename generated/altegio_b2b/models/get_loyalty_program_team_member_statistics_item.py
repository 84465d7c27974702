from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_stat import ClientStat
    from ..models.get_loyalty_program_team_member_statistics_item_staff import (
        GetLoyaltyProgramTeamMemberStatisticsItemStaff,
    )


T = TypeVar("T", bound="GetLoyaltyProgramTeamMemberStatisticsItem")


@_attrs_define
class GetLoyaltyProgramTeamMemberStatisticsItem:
    """
    Attributes:
        client_stats (ClientStat | Unset): Client statistics
        staff (GetLoyaltyProgramTeamMemberStatisticsItemStaff | Unset): team member
    """

    client_stats: ClientStat | Unset = UNSET
    staff: GetLoyaltyProgramTeamMemberStatisticsItemStaff | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.client_stat import ClientStat  # noqa: PLC0415
        from ..models.get_loyalty_program_team_member_statistics_item_staff import (
            GetLoyaltyProgramTeamMemberStatisticsItemStaff,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _client_stats = d.pop("client_stats", UNSET)
        client_stats: ClientStat | Unset
        if isinstance(_client_stats, Unset):
            client_stats = UNSET
        else:
            client_stats = _types.parse_model(ClientStat, _client_stats)

        _staff = d.pop("staff", UNSET)
        staff: GetLoyaltyProgramTeamMemberStatisticsItemStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = _types.parse_model(GetLoyaltyProgramTeamMemberStatisticsItemStaff, _staff)

        get_loyalty_program_team_member_statistics_item = cls(
            client_stats=client_stats,
            staff=staff,
        )

        get_loyalty_program_team_member_statistics_item.additional_properties = d
        return get_loyalty_program_team_member_statistics_item

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
