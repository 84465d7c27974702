from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_location_data_access import UpdateLocationDataAccess
    from ..models.update_location_data_main_group_type_0 import UpdateLocationDataMainGroupType0
    from ..models.update_location_data_social import UpdateLocationDataSocial


T = TypeVar("T", bound="UpdateLocationData")


@_attrs_define
class UpdateLocationData:
    """
    Attributes:
        access (UpdateLocationDataAccess | Unset): Access rights list
        address (str | Unset): location address
        business_type_id (int | Unset): Business type
        city (str | Unset): City name
        city_id (int | Unset): City ID
        coordinate_lat (float | Unset): Latitude
        coordinate_lon (float | Unset): Longitude
        country (str | Unset): Country name
        country_id (int | Unset): Country ID
        description (str | Unset): Description
        group_priority (int | Unset): The higher the priority, the higher the location when displayed in the list of
            chain locations
        id (int | Unset): location ID
        main_group (list[Any] | Unset | UpdateLocationDataMainGroupType0): Main location chain (object or empty array)
        main_group_id (int | Unset): Main location chain ID
        phone_confirmation (bool | Unset): Do I need to confirm my phone number via SMS when appointment?
        push_notification_phone_confirm (bool | int | Unset): Confirm client number to send push notifications (0/1 or
            boolean)
        short_descr (str | Unset): Business category
        site (str | Unset): location website
        social (UpdateLocationDataSocial | Unset): location social media
        timezone_name (str | Unset): Timezone name
        title (str | Unset): location name
        zip_ (str | Unset): Zip code
    """

    access: UpdateLocationDataAccess | Unset = UNSET
    address: str | Unset = UNSET
    business_type_id: int | Unset = UNSET
    city: str | Unset = UNSET
    city_id: int | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lon: float | Unset = UNSET
    country: str | Unset = UNSET
    country_id: int | Unset = UNSET
    description: str | Unset = UNSET
    group_priority: int | Unset = UNSET
    id: int | Unset = UNSET
    main_group: list[Any] | Unset | UpdateLocationDataMainGroupType0 = UNSET
    main_group_id: int | Unset = UNSET
    phone_confirmation: bool | Unset = UNSET
    push_notification_phone_confirm: bool | int | Unset = UNSET
    short_descr: str | Unset = UNSET
    site: str | Unset = UNSET
    social: UpdateLocationDataSocial | Unset = UNSET
    timezone_name: str | Unset = UNSET
    title: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_location_data_main_group_type_0 import UpdateLocationDataMainGroupType0  # noqa: PLC0415

        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = _types.to_json(self.access)

        address = self.address

        business_type_id = self.business_type_id

        city = self.city

        city_id = self.city_id

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        country = self.country

        country_id = self.country_id

        description = self.description

        group_priority = self.group_priority

        id = self.id

        main_group: dict[str, Any] | list[Any] | Unset
        if isinstance(self.main_group, Unset):
            main_group = UNSET
        elif isinstance(self.main_group, UpdateLocationDataMainGroupType0):
            main_group = _types.to_json(self.main_group)
        else:
            main_group = self.main_group

        main_group_id = self.main_group_id

        phone_confirmation = self.phone_confirmation

        push_notification_phone_confirm: bool | int | Unset
        if isinstance(self.push_notification_phone_confirm, Unset):
            push_notification_phone_confirm = UNSET
        else:
            push_notification_phone_confirm = self.push_notification_phone_confirm

        short_descr = self.short_descr

        site = self.site

        social: dict[str, Any] | Unset = UNSET
        if not isinstance(self.social, Unset):
            social = _types.to_json(self.social)

        timezone_name = self.timezone_name

        title = self.title

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access is not UNSET:
            field_dict["access"] = access
        if address is not UNSET:
            field_dict["address"] = address
        if business_type_id is not UNSET:
            field_dict["business_type_id"] = business_type_id
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
        if description is not UNSET:
            field_dict["description"] = description
        if group_priority is not UNSET:
            field_dict["group_priority"] = group_priority
        if id is not UNSET:
            field_dict["id"] = id
        if main_group is not UNSET:
            field_dict["main_group"] = main_group
        if main_group_id is not UNSET:
            field_dict["main_group_id"] = main_group_id
        if phone_confirmation is not UNSET:
            field_dict["phone_confirmation"] = phone_confirmation
        if push_notification_phone_confirm is not UNSET:
            field_dict["push_notification_phone_confirm"] = push_notification_phone_confirm
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr
        if site is not UNSET:
            field_dict["site"] = site
        if social is not UNSET:
            field_dict["social"] = social
        if timezone_name is not UNSET:
            field_dict["timezone_name"] = timezone_name
        if title is not UNSET:
            field_dict["title"] = title
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_location_data_access import UpdateLocationDataAccess  # noqa: PLC0415
        from ..models.update_location_data_main_group_type_0 import UpdateLocationDataMainGroupType0  # noqa: PLC0415
        from ..models.update_location_data_social import UpdateLocationDataSocial  # noqa: PLC0415

        d = dict(src_dict)
        _access = d.pop("access", UNSET)
        access: UpdateLocationDataAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = _types.parse_model(UpdateLocationDataAccess, _access)

        address = d.pop("address", UNSET)

        business_type_id = d.pop("business_type_id", UNSET)

        city = d.pop("city", UNSET)

        city_id = d.pop("city_id", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        country = d.pop("country", UNSET)

        country_id = d.pop("country_id", UNSET)

        description = d.pop("description", UNSET)

        group_priority = d.pop("group_priority", UNSET)

        id = d.pop("id", UNSET)

        def _parse_main_group(data: object) -> list[Any] | Unset | UpdateLocationDataMainGroupType0:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                main_group_type_0 = _types.parse_model(UpdateLocationDataMainGroupType0, data)

                if main_group_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return main_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (isinstance(data, list) or data == {}):
                    raise TypeError()
                main_group_type_1 = _types.parse_list(data, lambda item: item)

                if main_group_type_1 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return main_group_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(list[Any] | Unset | UpdateLocationDataMainGroupType0, data)

        main_group = _parse_main_group(d.pop("main_group", UNSET))

        main_group_id = d.pop("main_group_id", UNSET)

        phone_confirmation = d.pop("phone_confirmation", UNSET)

        def _parse_push_notification_phone_confirm(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(bool | int | Unset, data)

        push_notification_phone_confirm = _parse_push_notification_phone_confirm(
            d.pop("push_notification_phone_confirm", UNSET)
        )

        short_descr = d.pop("short_descr", UNSET)

        site = d.pop("site", UNSET)

        _social = d.pop("social", UNSET)
        social: UpdateLocationDataSocial | Unset
        if isinstance(_social, Unset):
            social = UNSET
        else:
            social = _types.parse_model(UpdateLocationDataSocial, _social)

        timezone_name = d.pop("timezone_name", UNSET)

        title = d.pop("title", UNSET)

        zip_ = d.pop("zip", UNSET)

        update_location_data = cls(
            access=access,
            address=address,
            business_type_id=business_type_id,
            city=city,
            city_id=city_id,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            country=country,
            country_id=country_id,
            description=description,
            group_priority=group_priority,
            id=id,
            main_group=main_group,
            main_group_id=main_group_id,
            phone_confirmation=phone_confirmation,
            push_notification_phone_confirm=push_notification_phone_confirm,
            short_descr=short_descr,
            site=site,
            social=social,
            timezone_name=timezone_name,
            title=title,
            zip_=zip_,
        )

        update_location_data.additional_properties = d
        return update_location_data

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
