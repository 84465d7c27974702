from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_location_data_access import GetLocationDataAccess
    from ..models.get_location_data_bookforms_item import GetLocationDataBookformsItem
    from ..models.get_location_data_groups import GetLocationDataGroups
    from ..models.get_location_data_main_group_type_0 import GetLocationDataMainGroupType0
    from ..models.get_location_data_payment_policy import GetLocationDataPaymentPolicy
    from ..models.get_location_data_social import GetLocationDataSocial


T = TypeVar("T", bound="GetLocationData")


@_attrs_define
class GetLocationData:
    """Object with data

    Attributes:
        access (GetLocationDataAccess | Unset): Access rights list. Only if my=1 is set
        active_staff_count (float | Unset): Number of team members available for appointment
        address (str | Unset): Address where the location is located
        bookforms (list[GetLocationDataBookformsItem] | Unset): location online booking forms (widgets)
        city (str | Unset): Name of the city where the location is located
        city_id (int | Unset): City ID where the location is located
        coordinate_lat (float | Unset): Latitude
        coordinate_lon (float | Unset): Longitude
        country (str | Unset): Name of the country in which the location is located
        country_id (int | Unset): Identifier of the country in which the location is located
        group_priority (int | Unset): The higher the priority, the higher the location when displayed in the list of
            chain locations
        groups (GetLocationDataGroups | Unset): All location chains. Only when show_groups=1 is set
        id (int | Unset): location ID
        main_group (GetLocationDataMainGroupType0 | list[Any] | Unset): Main location chain (object or empty array)
        main_group_id (int | Unset): Main location chain ID
        next_slot (datetime.datetime | Unset): Date and time of the next free session in the location (ISO8601). The
            field will be present only if the GET parameter forBooking=1 is passed Example: 2026-09-21T23:00:00+00:00.
        online_sales_form_url (str | Unset): appointment form url. Only if bookform_id is set
        payment_policy (GetLocationDataPaymentPolicy | Unset): Currently enabled payment policy for the location
        phone_confirmation (bool | Unset): Do I need to confirm the phone by SMS when appointment
        push_notification_phone_confirm (bool | int | Unset): Confirm client number to send push notifications (0/1 or
            boolean)
        site (str | Unset): location website
        social (GetLocationDataSocial | Unset): location social media
        timezone_name (str | Unset): timezone locations
        title (str | Unset): location name
        zip_ (str | Unset): Zip code
    """

    access: GetLocationDataAccess | Unset = UNSET
    active_staff_count: float | Unset = UNSET
    address: str | Unset = UNSET
    bookforms: list[GetLocationDataBookformsItem] | Unset = UNSET
    city: str | Unset = UNSET
    city_id: int | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lon: float | Unset = UNSET
    country: str | Unset = UNSET
    country_id: int | Unset = UNSET
    group_priority: int | Unset = UNSET
    groups: GetLocationDataGroups | Unset = UNSET
    id: int | Unset = UNSET
    main_group: GetLocationDataMainGroupType0 | list[Any] | Unset = UNSET
    main_group_id: int | Unset = UNSET
    next_slot: datetime.datetime | Unset = UNSET
    online_sales_form_url: str | Unset = UNSET
    payment_policy: GetLocationDataPaymentPolicy | Unset = UNSET
    phone_confirmation: bool | Unset = UNSET
    push_notification_phone_confirm: bool | int | Unset = UNSET
    site: str | Unset = UNSET
    social: GetLocationDataSocial | Unset = UNSET
    timezone_name: str | Unset = UNSET
    title: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_location_data_main_group_type_0 import GetLocationDataMainGroupType0  # noqa: PLC0415

        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = _types.to_json(self.access)

        active_staff_count = self.active_staff_count

        address = self.address

        bookforms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bookforms, Unset):
            bookforms = _types.to_json(self.bookforms)

        city = self.city

        city_id = self.city_id

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        country = self.country

        country_id = self.country_id

        group_priority = self.group_priority

        groups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = _types.to_json(self.groups)

        id = self.id

        main_group: dict[str, Any] | list[Any] | Unset
        if isinstance(self.main_group, Unset):
            main_group = UNSET
        elif isinstance(self.main_group, GetLocationDataMainGroupType0):
            main_group = _types.to_json(self.main_group)
        else:
            main_group = self.main_group

        main_group_id = self.main_group_id

        next_slot: str | Unset = UNSET
        if not isinstance(self.next_slot, Unset):
            next_slot = _types.datetime_json(self.next_slot, "iso")

        online_sales_form_url = self.online_sales_form_url

        payment_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_policy, Unset):
            payment_policy = _types.to_json(self.payment_policy)

        phone_confirmation = self.phone_confirmation

        push_notification_phone_confirm: bool | int | Unset
        if isinstance(self.push_notification_phone_confirm, Unset):
            push_notification_phone_confirm = UNSET
        else:
            push_notification_phone_confirm = self.push_notification_phone_confirm

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
        if active_staff_count is not UNSET:
            field_dict["active_staff_count"] = active_staff_count
        if address is not UNSET:
            field_dict["address"] = address
        if bookforms is not UNSET:
            field_dict["bookforms"] = bookforms
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
        if group_priority is not UNSET:
            field_dict["group_priority"] = group_priority
        if groups is not UNSET:
            field_dict["groups"] = groups
        if id is not UNSET:
            field_dict["id"] = id
        if main_group is not UNSET:
            field_dict["main_group"] = main_group
        if main_group_id is not UNSET:
            field_dict["main_group_id"] = main_group_id
        if next_slot is not UNSET:
            field_dict["next_slot"] = next_slot
        if online_sales_form_url is not UNSET:
            field_dict["online_sales_form_url"] = online_sales_form_url
        if payment_policy is not UNSET:
            field_dict["payment_policy"] = payment_policy
        if phone_confirmation is not UNSET:
            field_dict["phone_confirmation"] = phone_confirmation
        if push_notification_phone_confirm is not UNSET:
            field_dict["push_notification_phone_confirm"] = push_notification_phone_confirm
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
        from ..models.get_location_data_access import GetLocationDataAccess  # noqa: PLC0415
        from ..models.get_location_data_bookforms_item import GetLocationDataBookformsItem  # noqa: PLC0415
        from ..models.get_location_data_groups import GetLocationDataGroups  # noqa: PLC0415
        from ..models.get_location_data_main_group_type_0 import GetLocationDataMainGroupType0  # noqa: PLC0415
        from ..models.get_location_data_payment_policy import GetLocationDataPaymentPolicy  # noqa: PLC0415
        from ..models.get_location_data_social import GetLocationDataSocial  # noqa: PLC0415

        d = dict(src_dict)
        _access = d.pop("access", UNSET)
        access: GetLocationDataAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = _types.parse_model(GetLocationDataAccess, _access)

        active_staff_count = d.pop("active_staff_count", UNSET)

        address = d.pop("address", UNSET)

        def _parse_bookforms_item(bookforms_item_data: Any) -> Any:
            bookforms_item = _types.parse_model(GetLocationDataBookformsItem, bookforms_item_data)

            return bookforms_item

        _bookforms = d.pop("bookforms", UNSET)
        bookforms: list[GetLocationDataBookformsItem] | Unset = UNSET
        if _bookforms is not UNSET:
            bookforms = _types.parse_list(_bookforms, _parse_bookforms_item)

        city = d.pop("city", UNSET)

        city_id = d.pop("city_id", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        country = d.pop("country", UNSET)

        country_id = d.pop("country_id", UNSET)

        group_priority = d.pop("group_priority", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: GetLocationDataGroups | Unset
        if isinstance(_groups, Unset):
            groups = UNSET
        else:
            groups = _types.parse_model(GetLocationDataGroups, _groups)

        id = d.pop("id", UNSET)

        def _parse_main_group(data: object) -> GetLocationDataMainGroupType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                main_group_type_0 = _types.parse_model(GetLocationDataMainGroupType0, data)

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
            return cast(GetLocationDataMainGroupType0 | list[Any] | Unset, data)

        main_group = _parse_main_group(d.pop("main_group", UNSET))

        main_group_id = d.pop("main_group_id", UNSET)

        _next_slot = d.pop("next_slot", UNSET)
        next_slot: datetime.datetime | Unset
        if isinstance(_next_slot, Unset):
            next_slot = UNSET
        else:
            next_slot = _types.parse_datetime(_next_slot)

        online_sales_form_url = d.pop("online_sales_form_url", UNSET)

        _payment_policy = d.pop("payment_policy", UNSET)
        payment_policy: GetLocationDataPaymentPolicy | Unset
        if isinstance(_payment_policy, Unset):
            payment_policy = UNSET
        else:
            payment_policy = _types.parse_model(GetLocationDataPaymentPolicy, _payment_policy)

        phone_confirmation = d.pop("phone_confirmation", UNSET)

        def _parse_push_notification_phone_confirm(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(bool | int | Unset, data)

        push_notification_phone_confirm = _parse_push_notification_phone_confirm(
            d.pop("push_notification_phone_confirm", UNSET)
        )

        site = d.pop("site", UNSET)

        _social = d.pop("social", UNSET)
        social: GetLocationDataSocial | Unset
        if isinstance(_social, Unset):
            social = UNSET
        else:
            social = _types.parse_model(GetLocationDataSocial, _social)

        timezone_name = d.pop("timezone_name", UNSET)

        title = d.pop("title", UNSET)

        zip_ = d.pop("zip", UNSET)

        get_location_data = cls(
            access=access,
            active_staff_count=active_staff_count,
            address=address,
            bookforms=bookforms,
            city=city,
            city_id=city_id,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            country=country,
            country_id=country_id,
            group_priority=group_priority,
            groups=groups,
            id=id,
            main_group=main_group,
            main_group_id=main_group_id,
            next_slot=next_slot,
            online_sales_form_url=online_sales_form_url,
            payment_policy=payment_policy,
            phone_confirmation=phone_confirmation,
            push_notification_phone_confirm=push_notification_phone_confirm,
            site=site,
            social=social,
            timezone_name=timezone_name,
            title=title,
            zip_=zip_,
        )

        get_location_data.additional_properties = d
        return get_location_data

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
