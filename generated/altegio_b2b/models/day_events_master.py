from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.day_events_master_position_type_0 import DayEventsMasterPositionType0

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, DayEventsMasterPositionType0
    from ..models.day_events_master_position_type_0 import DayEventsMasterPositionType0  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="DayEventsMaster")


@_attrs_define
class DayEventsMaster:
    """Team member for the events in a schedule series. Returned in response only if corresponding `include` is present in
    request.

        Attributes:
            avatar (str | Unset): Link to the avatar of a team member (small).
            avatar_big (str | Unset): Link to the avatar of a team member (original).
            company_id (int | Unset): ID of a location, where team member was created.
            id (int | Unset): ID of a team member.
            is_paid_staff (bool | Unset): Whether the team member is a paid staff member counted in license price.
            name (str | Unset): Name of a team member.
            position (DayEventsMasterPositionType0 | None | Unset): Position of a team member.
            specialization (str | Unset): Specialization of a team member.
    """

    avatar: str | Unset = UNSET
    avatar_big: str | Unset = UNSET
    company_id: int | Unset = UNSET
    id: int | Unset = UNSET
    is_paid_staff: bool | Unset = UNSET
    name: str | Unset = UNSET
    position: DayEventsMasterPositionType0 | None | Unset = UNSET
    specialization: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"avatar": "avatar", "avatar_big": "avatar_big", "company_id": "company_id", "id": "id", "is_paid_staff": "is_paid_staff", "name": "name", "position": "position", "specialization": "specialization"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        avatar = self.avatar

        avatar_big = self.avatar_big

        company_id = self.company_id

        id = self.id

        is_paid_staff = self.is_paid_staff

        name = self.name

        position: dict[str, Any] | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, DayEventsMasterPositionType0):
            position = _types.to_json(self.position)
        else:
            position = self.position

        specialization = self.specialization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if id is not UNSET:
            field_dict["id"] = id
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
        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        company_id = d.pop("company_id", UNSET)

        id = d.pop("id", UNSET)

        is_paid_staff = d.pop("is_paid_staff", UNSET)

        name = d.pop("name", UNSET)

        def _parse_position(data: object) -> DayEventsMasterPositionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = _types.parse_model(DayEventsMasterPositionType0, data)

                if position_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(DayEventsMasterPositionType0 | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        specialization = d.pop("specialization", UNSET)

        _instance = cls(
            avatar,
            avatar_big,
            company_id,
            id,
            is_paid_staff,
            name,
            position,
            specialization,
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
