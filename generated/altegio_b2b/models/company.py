from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Company")


@_attrs_define
class Company:
    """
    Attributes:
        address (str): location address
        city (str): Name of the city where the organization is located
        city_id (int): City ID
        coordinate_lat (float): Latitude
        coordinate_lng (float): Longitude
        country (str): The name of the country in which the organization is located
        country_id (int): Country ID
        id (int): location ID
        phone (str): location phone
        timezone (str): location time zone
        title (str): Name of the organization
    """

    address: str
    city: str
    city_id: int
    coordinate_lat: float
    coordinate_lng: float
    country: str
    country_id: int
    id: int
    phone: str
    timezone: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(
            {
                "address": address,
                "city": city,
                "city_id": city_id,
                "coordinate_lat": coordinate_lat,
                "coordinate_lng": coordinate_lng,
                "country": country,
                "country_id": country_id,
                "id": id,
                "phone": phone,
                "timezone": timezone,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        city = d.pop("city")

        city_id = d.pop("city_id")

        coordinate_lat = d.pop("coordinate_lat")

        coordinate_lng = d.pop("coordinate_lng")

        country = d.pop("country")

        country_id = d.pop("country_id")

        id = d.pop("id")

        phone = d.pop("phone")

        timezone = d.pop("timezone")

        title = d.pop("title")

        company = cls(
            address=address,
            city=city,
            city_id=city_id,
            coordinate_lat=coordinate_lat,
            coordinate_lng=coordinate_lng,
            country=country,
            country_id=country_id,
            id=id,
            phone=phone,
            timezone=timezone,
            title=title,
        )

        company.additional_properties = d
        return company

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
