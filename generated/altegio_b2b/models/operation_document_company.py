from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationDocumentCompany")


@_attrs_define
class OperationDocumentCompany:
    """location

    Attributes:
        address (str | Unset): location address
        city_id (int | Unset): City ID
        coordinate_lat (str | Unset): Latitude
        coordinate_lon (str | Unset): Longitude
        country_id (int | Unset): Country ID
        id (int | Unset): location ID
        logo (str | Unset): Let, on which the location logo is located
        phones (list[Any] | Unset): location phone
        site (str | Unset): The site of the location
        timezone (str | Unset): time zone
        title (str | Unset): location name
        zip_ (str | Unset): Postcode
    """

    address: str | Unset = UNSET
    city_id: int | Unset = UNSET
    coordinate_lat: str | Unset = UNSET
    coordinate_lon: str | Unset = UNSET
    country_id: int | Unset = UNSET
    id: int | Unset = UNSET
    logo: str | Unset = UNSET
    phones: list[Any] | Unset = UNSET
    site: str | Unset = UNSET
    timezone: str | Unset = UNSET
    title: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"address": "address", "city_id": "city_id", "coordinate_lat": "coordinate_lat", "coordinate_lon": "coordinate_lon", "country_id": "country_id", "id": "id", "logo": "logo", "phones": "phones", "site": "site", "timezone": "timezone", "title": "title", "zip_": "zip"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        city_id = self.city_id

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        country_id = self.country_id

        id = self.id

        logo = self.logo

        phones: list[Any] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        site = self.site

        timezone = self.timezone

        title = self.title

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = coordinate_lon
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if id is not UNSET:
            field_dict["id"] = id
        if logo is not UNSET:
            field_dict["logo"] = logo
        if phones is not UNSET:
            field_dict["phones"] = phones
        if site is not UNSET:
            field_dict["site"] = site
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if title is not UNSET:
            field_dict["title"] = title
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        city_id = d.pop("city_id", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        country_id = d.pop("country_id", UNSET)

        id = d.pop("id", UNSET)

        logo = d.pop("logo", UNSET)

        _phones = d.pop("phones", UNSET)
        phones: list[Any] | Unset = UNSET
        if _phones is not UNSET:
            phones = _types.parse_plain_list(_phones)

        site = d.pop("site", UNSET)

        timezone = d.pop("timezone", UNSET)

        title = d.pop("title", UNSET)

        zip_ = d.pop("zip", UNSET)

        _instance = cls(
            address,
            city_id,
            coordinate_lat,
            coordinate_lon,
            country_id,
            id,
            logo,
            phones,
            site,
            timezone,
            title,
            zip_,
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
