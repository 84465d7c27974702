from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramCompaniesItem")


@_attrs_define
class ProgramCompaniesItem:
    """
    Attributes:
        address (str | Unset): location address
        city (str | Unset): Name of the city where the organization is located
        city_id (int | Unset): City ID
        coordinate_lat (float | Unset): Latitude
        coordinate_lng (float | Unset): Longitude
        country (str | Unset): The name of the country in which the organization is located
        country_id (int | Unset): Country ID
        id (int | Unset): location ID
        phone (str | Unset): location phone
        timezone (str | Unset): location time zone
        title (str | Unset): Name of the organization
    """

    address: str | Unset = UNSET
    city: str | Unset = UNSET
    city_id: int | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lng: float | Unset = UNSET
    country: str | Unset = UNSET
    country_id: int | Unset = UNSET
    id: int | Unset = UNSET
    phone: str | Unset = UNSET
    timezone: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"address": "address", "city": "city", "city_id": "city_id", "coordinate_lat": "coordinate_lat", "coordinate_lng": "coordinate_lng", "country": "country", "country_id": "country_id", "id": "id", "phone": "phone", "timezone": "timezone", "title": "title"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        city = self.city

        city_id = self.city_id

        coordinate_lat = self.coordinate_lat

        coordinate_lng = self.coordinate_lng

        country = self.country

        country_id = self.country_id

        id = self.id

        phone = self.phone

        timezone = self.timezone

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lng is not UNSET:
            field_dict["coordinate_lng"] = coordinate_lng
        if country is not UNSET:
            field_dict["country"] = country
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if id is not UNSET:
            field_dict["id"] = id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        city_id = d.pop("city_id", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lng = d.pop("coordinate_lng", UNSET)

        country = d.pop("country", UNSET)

        country_id = d.pop("country_id", UNSET)

        id = d.pop("id", UNSET)

        phone = d.pop("phone", UNSET)

        timezone = d.pop("timezone", UNSET)

        title = d.pop("title", UNSET)

        _instance = cls(
            address,
            city,
            city_id,
            coordinate_lat,
            coordinate_lng,
            country,
            country_id,
            id,
            phone,
            timezone,
            title,
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
