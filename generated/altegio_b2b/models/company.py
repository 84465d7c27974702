from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_access import CompanyAccess
    from ..models.company_bookforms_item import CompanyBookformsItem
    from ..models.company_booking_widget_promo_type_0 import CompanyBookingWidgetPromoType0
    from ..models.company_groups import CompanyGroups
    from ..models.company_main_group_type_0 import CompanyMainGroupType0
    from ..models.company_payment_policy import CompanyPaymentPolicy
    from ..models.company_social import CompanySocial

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global \
        _LAZY_READY, \
        CompanyAccess, \
        CompanyBookformsItem, \
        CompanyBookingWidgetPromoType0, \
        CompanyGroups, \
        CompanyMainGroupType0, \
        CompanyPaymentPolicy, \
        CompanySocial
    from ..models.company_access import CompanyAccess  # noqa: PLC0415
    from ..models.company_bookforms_item import CompanyBookformsItem  # noqa: PLC0415
    from ..models.company_booking_widget_promo_type_0 import CompanyBookingWidgetPromoType0  # noqa: PLC0415
    from ..models.company_groups import CompanyGroups  # noqa: PLC0415
    from ..models.company_main_group_type_0 import CompanyMainGroupType0  # noqa: PLC0415
    from ..models.company_payment_policy import CompanyPaymentPolicy  # noqa: PLC0415
    from ..models.company_social import CompanySocial  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Company")


@_attrs_define
class Company:
    """data object

    Attributes:
        active (float | int | Unset): Is the location active (presence of a paid license) (1 - active, 0 - inactive)
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
        access (CompanyAccess | Unset): Access rights list. Only if my=1 is set
        bookforms (list[CompanyBookformsItem] | Unset): location online booking forms (widgets)
        group_priority (float | int | Unset): The higher the priority, the higher the location when displayed in the
            list of chain locations
        groups (CompanyGroups | Unset): All location chains. Only when show_groups=1 is set
        main_group (CompanyMainGroupType0 | list[Any] | Unset): Main location chain (object or empty array)
        main_group_id (int | Unset): Main location chain ID
        next_slot (datetime.datetime | Unset): Date and time of the next free session in the location (ISO8601). The
            field will be present only if the GET parameter forBooking=1 is passed Example: 2026-09-21T23:00:00+00:00.
        online_sales_form_url (str | Unset): appointment form url. Only if bookform_id is set
        payment_policy (CompanyPaymentPolicy | Unset): Currently enabled payment policy for the location
        push_notification_phone_confirm (bool | int | Unset): Confirm client number to send push notifications (0/1 or
            boolean)
        site (str | Unset): location website
        social (CompanySocial | Unset): location social media
        zip_ (str | Unset): Zip code
        bookform_group_priority (float | Unset): Priority for booking form display
        booking_widget_promo (CompanyBookingWidgetPromoType0 | None | Unset): Booking widget promo configuration
        company_photos (list[str] | Unset): Array of full location photo URLs
        description (str | Unset): Full HTML description of the location
        email (str | Unset): Location email address
        phones (list[str] | Unset): Array of location phone numbers
        photos (list[str] | Unset): Array of location photo paths
        public_title (str | Unset): Public display name of the location
        reminds_sms_default (int | Unset): Default SMS reminder setting
        reminds_sms_disabled (bool | Unset): SMS reminders disabled
        timezone (float | Unset): Timezone offset in hours
        business_type_id (int | Unset): Business type
    """

    active: float | int | Unset = UNSET
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
    access: CompanyAccess | Unset = UNSET
    bookforms: list[CompanyBookformsItem] | Unset = UNSET
    group_priority: float | int | Unset = UNSET
    groups: CompanyGroups | Unset = UNSET
    main_group: CompanyMainGroupType0 | list[Any] | Unset = UNSET
    main_group_id: int | Unset = UNSET
    next_slot: datetime.datetime | Unset = UNSET
    online_sales_form_url: str | Unset = UNSET
    payment_policy: CompanyPaymentPolicy | Unset = UNSET
    push_notification_phone_confirm: bool | int | Unset = UNSET
    site: str | Unset = UNSET
    social: CompanySocial | Unset = UNSET
    zip_: str | Unset = UNSET
    bookform_group_priority: float | Unset = UNSET
    booking_widget_promo: CompanyBookingWidgetPromoType0 | None | Unset = UNSET
    company_photos: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    phones: list[str] | Unset = UNSET
    photos: list[str] | Unset = UNSET
    public_title: str | Unset = UNSET
    reminds_sms_default: int | Unset = UNSET
    reminds_sms_disabled: bool | Unset = UNSET
    timezone: float | Unset = UNSET
    business_type_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"active": "active", "active_staff_count": "active_staff_count", "address": "address", "app_android": "app_android", "app_ios": "app_ios", "city": "city", "city_id": "city_id", "coordinate_lat": "coordinate_lat", "coordinate_lon": "coordinate_lon", "country": "country", "country_id": "country_id", "currency_short_title": "currency_short_title", "id": "id", "logo": "logo", "phone": "phone", "phone_confirmation": "phone_confirmation", "schedule": "schedule", "short_descr": "short_descr", "timezone_name": "timezone_name", "title": "title", "access": "access", "bookforms": "bookforms", "group_priority": "group_priority", "groups": "groups", "main_group": "main_group", "main_group_id": "main_group_id", "next_slot": "next_slot", "online_sales_form_url": "online_sales_form_url", "payment_policy": "payment_policy", "push_notification_phone_confirm": "push_notification_phone_confirm", "site": "site", "social": "social", "zip_": "zip", "bookform_group_priority": "bookform_group_priority", "booking_widget_promo": "booking_widget_promo", "company_photos": "company_photos", "description": "description", "email": "email", "phones": "phones", "photos": "photos", "public_title": "public_title", "reminds_sms_default": "reminds_sms_default", "reminds_sms_disabled": "reminds_sms_disabled", "timezone": "timezone", "business_type_id": "business_type_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        active: float | int | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
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

        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = _types.to_json(self.access)

        bookforms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bookforms, Unset):
            bookforms = _types.to_json(self.bookforms)

        group_priority: float | int | Unset
        if isinstance(self.group_priority, Unset):
            group_priority = UNSET
        else:
            group_priority = self.group_priority

        groups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = _types.to_json(self.groups)

        main_group: dict[str, Any] | list[Any] | Unset
        if isinstance(self.main_group, Unset):
            main_group = UNSET
        elif isinstance(self.main_group, CompanyMainGroupType0):
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

        push_notification_phone_confirm: bool | int | Unset
        if isinstance(self.push_notification_phone_confirm, Unset):
            push_notification_phone_confirm = UNSET
        else:
            push_notification_phone_confirm = self.push_notification_phone_confirm

        site = self.site

        social: dict[str, Any] | Unset = UNSET
        if not isinstance(self.social, Unset):
            social = _types.to_json(self.social)

        zip_ = self.zip_

        bookform_group_priority = self.bookform_group_priority

        booking_widget_promo: dict[str, Any] | None | Unset
        if isinstance(self.booking_widget_promo, Unset):
            booking_widget_promo = UNSET
        elif isinstance(self.booking_widget_promo, CompanyBookingWidgetPromoType0):
            booking_widget_promo = _types.to_json(self.booking_widget_promo)
        else:
            booking_widget_promo = self.booking_widget_promo

        company_photos: list[str] | Unset = UNSET
        if not isinstance(self.company_photos, Unset):
            company_photos = self.company_photos

        description = self.description

        email = self.email

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        photos: list[str] | Unset = UNSET
        if not isinstance(self.photos, Unset):
            photos = self.photos

        public_title = self.public_title

        reminds_sms_default = self.reminds_sms_default

        reminds_sms_disabled = self.reminds_sms_disabled

        timezone = self.timezone

        business_type_id = self.business_type_id

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
        if access is not UNSET:
            field_dict["access"] = access
        if bookforms is not UNSET:
            field_dict["bookforms"] = bookforms
        if group_priority is not UNSET:
            field_dict["group_priority"] = group_priority
        if groups is not UNSET:
            field_dict["groups"] = groups
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
        if push_notification_phone_confirm is not UNSET:
            field_dict["push_notification_phone_confirm"] = push_notification_phone_confirm
        if site is not UNSET:
            field_dict["site"] = site
        if social is not UNSET:
            field_dict["social"] = social
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if bookform_group_priority is not UNSET:
            field_dict["bookform_group_priority"] = bookform_group_priority
        if booking_widget_promo is not UNSET:
            field_dict["booking_widget_promo"] = booking_widget_promo
        if company_photos is not UNSET:
            field_dict["company_photos"] = company_photos
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if phones is not UNSET:
            field_dict["phones"] = phones
        if photos is not UNSET:
            field_dict["photos"] = photos
        if public_title is not UNSET:
            field_dict["public_title"] = public_title
        if reminds_sms_default is not UNSET:
            field_dict["reminds_sms_default"] = reminds_sms_default
        if reminds_sms_disabled is not UNSET:
            field_dict["reminds_sms_disabled"] = reminds_sms_disabled
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if business_type_id is not UNSET:
            field_dict["business_type_id"] = business_type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        active: float | int | Unset = d.pop("active", UNSET)

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

        _access = d.pop("access", UNSET)
        access: CompanyAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = _types.parse_model(CompanyAccess, _access)

        _bookforms = d.pop("bookforms", UNSET)
        bookforms: list[CompanyBookformsItem] | Unset = UNSET
        if _bookforms is not UNSET:
            bookforms = _types.parse_model_list(CompanyBookformsItem, _bookforms)

        group_priority: float | int | Unset = d.pop("group_priority", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: CompanyGroups | Unset
        if isinstance(_groups, Unset):
            groups = UNSET
        else:
            groups = _types.parse_model(CompanyGroups, _groups)

        def _parse_main_group(data: object) -> CompanyMainGroupType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                main_group_type_0 = _types.parse_model(CompanyMainGroupType0, data)

                if main_group_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return main_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (isinstance(data, list) or data == {}):
                    raise TypeError()
                main_group_type_1 = _types.parse_plain_list(data)

                if main_group_type_1 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return main_group_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(CompanyMainGroupType0 | list[Any] | Unset, data)

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
        payment_policy: CompanyPaymentPolicy | Unset
        if isinstance(_payment_policy, Unset):
            payment_policy = UNSET
        else:
            payment_policy = _types.parse_model(CompanyPaymentPolicy, _payment_policy)

        push_notification_phone_confirm: bool | int | Unset = d.pop("push_notification_phone_confirm", UNSET)

        site = d.pop("site", UNSET)

        _social = d.pop("social", UNSET)
        social: CompanySocial | Unset
        if isinstance(_social, Unset):
            social = UNSET
        else:
            social = _types.parse_model(CompanySocial, _social)

        zip_ = d.pop("zip", UNSET)

        bookform_group_priority = d.pop("bookform_group_priority", UNSET)

        def _parse_booking_widget_promo(data: object) -> CompanyBookingWidgetPromoType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                booking_widget_promo_type_0 = _types.parse_model(CompanyBookingWidgetPromoType0, data)

                if booking_widget_promo_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return booking_widget_promo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(CompanyBookingWidgetPromoType0 | None | Unset, data)

        booking_widget_promo = _parse_booking_widget_promo(d.pop("booking_widget_promo", UNSET))

        _company_photos = d.pop("company_photos", UNSET)
        company_photos: list[str] | Unset = UNSET
        if _company_photos is not UNSET:
            company_photos = _types.parse_plain_list(_company_photos)

        description = d.pop("description", UNSET)

        email = d.pop("email", UNSET)

        _phones = d.pop("phones", UNSET)
        phones: list[str] | Unset = UNSET
        if _phones is not UNSET:
            phones = _types.parse_plain_list(_phones)

        _photos = d.pop("photos", UNSET)
        photos: list[str] | Unset = UNSET
        if _photos is not UNSET:
            photos = _types.parse_plain_list(_photos)

        public_title = d.pop("public_title", UNSET)

        reminds_sms_default = d.pop("reminds_sms_default", UNSET)

        reminds_sms_disabled = d.pop("reminds_sms_disabled", UNSET)

        timezone = d.pop("timezone", UNSET)

        business_type_id = d.pop("business_type_id", UNSET)

        _instance = cls(
            active,
            active_staff_count,
            address,
            app_android,
            app_ios,
            city,
            city_id,
            coordinate_lat,
            coordinate_lon,
            country,
            country_id,
            currency_short_title,
            id,
            logo,
            phone,
            phone_confirmation,
            schedule,
            short_descr,
            timezone_name,
            title,
            access,
            bookforms,
            group_priority,
            groups,
            main_group,
            main_group_id,
            next_slot,
            online_sales_form_url,
            payment_policy,
            push_notification_phone_confirm,
            site,
            social,
            zip_,
            bookform_group_priority,
            booking_widget_promo,
            company_photos,
            description,
            email,
            phones,
            photos,
            public_title,
            reminds_sms_default,
            reminds_sms_disabled,
            timezone,
            business_type_id,
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
