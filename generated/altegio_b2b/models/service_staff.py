from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceStaff")


@_attrs_define
class ServiceStaff:
    """
    Attributes:
        api_id (str | Unset): External API identifier.
        is_offline_records_allowed (bool | Unset): Whether offline appointments are allowed for this service-team member
            link.
        is_online (bool | Unset): Whether the service is available for online booking.
        length (float | Unset): Duration of service provision by the specified team member in seconds.
        master_id (int | Unset): ID of team member.
        price (float | None | Unset): Custom price for this team member providing the service.
        service_id (int | Unset): ID of service.
        technological_card_id (int | Unset): ID of technological card.
    """

    api_id: str | Unset = UNSET
    is_offline_records_allowed: bool | Unset = UNSET
    is_online: bool | Unset = UNSET
    length: float | Unset = UNSET
    master_id: int | Unset = UNSET
    price: float | None | Unset = UNSET
    service_id: int | Unset = UNSET
    technological_card_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"api_id": "api_id", "is_offline_records_allowed": "is_offline_records_allowed", "is_online": "is_online", "length": "length", "master_id": "master_id", "price": "price", "service_id": "service_id", "technological_card_id": "technological_card_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        api_id = self.api_id

        is_offline_records_allowed = self.is_offline_records_allowed

        is_online = self.is_online

        length = self.length

        master_id = self.master_id

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        service_id = self.service_id

        technological_card_id = self.technological_card_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if is_offline_records_allowed is not UNSET:
            field_dict["is_offline_records_allowed"] = is_offline_records_allowed
        if is_online is not UNSET:
            field_dict["is_online"] = is_online
        if length is not UNSET:
            field_dict["length"] = length
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if price is not UNSET:
            field_dict["price"] = price
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if technological_card_id is not UNSET:
            field_dict["technological_card_id"] = technological_card_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_id = d.pop("api_id", UNSET)

        is_offline_records_allowed = d.pop("is_offline_records_allowed", UNSET)

        is_online = d.pop("is_online", UNSET)

        length = d.pop("length", UNSET)

        master_id = d.pop("master_id", UNSET)

        price: float | None | Unset = d.pop("price", UNSET)

        service_id = d.pop("service_id", UNSET)

        technological_card_id = d.pop("technological_card_id", UNSET)

        _instance = cls(
            api_id,
            is_offline_records_allowed,
            is_online,
            length,
            master_id,
            price,
            service_id,
            technological_card_id,
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
