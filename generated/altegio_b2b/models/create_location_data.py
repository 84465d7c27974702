from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLocationData")


@_attrs_define
class CreateLocationData:
    """data object

    Attributes:
        active (float | Unset): Is the location active (presence of a paid license) (1 - active, 0 - inactive)
        active_staff_count (float | Unset): Number of team members available for appointment
        address (str | Unset): Address where the location is located
        app_android (str | Unset): Link to Android App
        app_ios (str | Unset): Link to iOS App
        city (str | Unset): Name of the city where the location is located
        city_id (int | Unset): City ID where the location is located
        coordinate_lat (float | Unset): Latitude
        coordinate_lon (float | Unset): Longitude
        country (str | Unset): Name of the country in which the location is located
        country_id (int | Unset): Identifier of the country in which the location is located
        currency_short_title (str | Unset): Abbreviated currency name
        id (int | Unset): location ID
        logo (str | Unset): Path to location logo image
        phone (str | Unset): location phone number
        phone_confirmation (bool | Unset): Do I need to confirm my phone number via SMS when appointment?
        schedule (str | Unset): location schedule
        short_descr (str | Unset): location category
        timezone_name (str | Unset): timezone locations
        title (str | Unset): location name
    """

    active: float | Unset = UNSET
    active_staff_count: float | Unset = UNSET
    address: str | Unset = UNSET
    app_android: str | Unset = UNSET
    app_ios: str | Unset = UNSET
    city: str | Unset = UNSET
    city_id: int | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lon: float | Unset = UNSET
    country: str | Unset = UNSET
    country_id: int | Unset = UNSET
    currency_short_title: str | Unset = UNSET
    id: int | Unset = UNSET
    logo: str | Unset = UNSET
    phone: str | Unset = UNSET
    phone_confirmation: bool | Unset = UNSET
    schedule: str | Unset = UNSET
    short_descr: str | Unset = UNSET
    timezone_name: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        active_staff_count = self.active_staff_count

        address = self.address

        app_android = self.app_android

        app_ios = self.app_ios

        city = self.city

        city_id = self.city_id

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        country = self.country

        country_id = self.country_id

        currency_short_title = self.currency_short_title

        id = self.id

        logo = self.logo

        phone = self.phone

        phone_confirmation = self.phone_confirmation

        schedule = self.schedule

        short_descr = self.short_descr

        timezone_name = self.timezone_name

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if active_staff_count is not UNSET:
            field_dict["active_staff_count"] = active_staff_count
        if address is not UNSET:
            field_dict["address"] = address
        if app_android is not UNSET:
            field_dict["app_android"] = app_android
        if app_ios is not UNSET:
            field_dict["app_ios"] = app_ios
        if city is not UNSET:
            field_dict["city"] = city
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = coordinate_lon
        if country is not UNSET:
            field_dict["country"] = country
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if currency_short_title is not UNSET:
            field_dict["currency_short_title"] = currency_short_title
        if id is not UNSET:
            field_dict["id"] = id
        if logo is not UNSET:
            field_dict["logo"] = logo
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone_confirmation is not UNSET:
            field_dict["phone_confirmation"] = phone_confirmation
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr
        if timezone_name is not UNSET:
            field_dict["timezone_name"] = timezone_name
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        active_staff_count = d.pop("active_staff_count", UNSET)

        address = d.pop("address", UNSET)

        app_android = d.pop("app_android", UNSET)

        app_ios = d.pop("app_ios", UNSET)

        city = d.pop("city", UNSET)

        city_id = d.pop("city_id", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        country = d.pop("country", UNSET)

        country_id = d.pop("country_id", UNSET)

        currency_short_title = d.pop("currency_short_title", UNSET)

        id = d.pop("id", UNSET)

        logo = d.pop("logo", UNSET)

        phone = d.pop("phone", UNSET)

        phone_confirmation = d.pop("phone_confirmation", UNSET)

        schedule = d.pop("schedule", UNSET)

        short_descr = d.pop("short_descr", UNSET)

        timezone_name = d.pop("timezone_name", UNSET)

        title = d.pop("title", UNSET)

        create_location_data = cls(
            active=active,
            active_staff_count=active_staff_count,
            address=address,
            app_android=app_android,
            app_ios=app_ios,
            city=city,
            city_id=city_id,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            country=country,
            country_id=country_id,
            currency_short_title=currency_short_title,
            id=id,
            logo=logo,
            phone=phone,
            phone_confirmation=phone_confirmation,
            schedule=schedule,
            short_descr=short_descr,
            timezone_name=timezone_name,
            title=title,
        )

        create_location_data.additional_properties = d
        return create_location_data

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
