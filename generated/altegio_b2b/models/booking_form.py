from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.booking_form_header_images_type_0 import BookingFormHeaderImagesType0

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, BookingFormHeaderImagesType0
    from ..models.booking_form_header_images_type_0 import BookingFormHeaderImagesType0  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="BookingForm")


@_attrs_define
class BookingForm:
    """appointment Widget Settings

    Attributes:
        ab_test_enabled (bool | Unset): Flag for enabling letterform ab-test
        activity_record_count (float | Unset): Event appointment count limit
        button_animation (bool | Unset): Button animation enable flag
        button_color (str | Unset): Button color
        button_position (str | Unset): Button location on the page
        datetime_step_num (float | Unset): Sequence number of date and time
        datetime_step_title (str | Unset): Date/time step title
        default_language_id (int | Unset): Default language ID
        description (str | Unset): appointment widget description
        display_activity_type (str | Unset): Display event type (e.g., "all")
        facebook_pixel_id (str | Unset): Facebook Pixel ID
        form_position (str | Unset): Panel position on the page
        group_id (int | Unset): Group ID
        header_images (BookingFormHeaderImagesType0 | None | Unset): Header images configuration
        html_code (str | Unset): Code for inserting a button on the site
        html_code_v2 (str | Unset): Version 2 of HTML code for button insertion
        id (int | Unset): appointment widget ID
        is_chain (bool | Unset): Chain booking form flag
        is_default (bool | Unset): Default appointment widget flag
        is_multiple_activity_record (bool | Unset): Multiple event appointment flag
        is_weekly_view_enabled (bool | Unset): Weekly view enabled flag
        map_type (float | Unset): Map type identifier
        master_step_default (float | Unset): team member ID
        master_step_hide (bool | Unset): team member hide flag
        master_step_num (float | Unset): Team Member serial number
        master_step_title (str | Unset): Team member step title
        online_sales_group_id (int | Unset): Online sales group ID
        personal_subdomain_url (None | str | Unset): Personal subdomain URL for the booking form; `null` when not
            configured
        record_type_id (int | None | Unset): Appointment type ID
        salon_select_type_code (str | Unset): Location select type code (e.g., "list")
        sequence_type (str | Unset): Sequence type (e.g., "steps")
        service_step_category_view_type (str | Unset): Service step category view type (e.g., "horizontal_tags")
        service_step_default (float | Unset): Service ID
        service_step_hide (bool | Unset): Service Hiding Flag
        service_step_num (float | Unset): Service serial number
        service_step_title (str | Unset): Service step title
        show_button (bool | Unset): Button Visibility Step
        show_weekly_view_without_online_booking (bool | Unset): Show weekly view without online booking flag
        specialization_display_mode (float | Unset): Specialization display mode
        title (str | Unset): Name of the appointment widget
        vk_pixel_id (str | Unset): VK Pixel ID
        weekly_view_default_salon_id (int | None | Unset): Default location ID for weekly view
        without_menu (bool | Unset): Step mode flag
    """

    ab_test_enabled: bool | Unset = UNSET
    activity_record_count: float | Unset = UNSET
    button_animation: bool | Unset = UNSET
    button_color: str | Unset = UNSET
    button_position: str | Unset = UNSET
    datetime_step_num: float | Unset = UNSET
    datetime_step_title: str | Unset = UNSET
    default_language_id: int | Unset = UNSET
    description: str | Unset = UNSET
    display_activity_type: str | Unset = UNSET
    facebook_pixel_id: str | Unset = UNSET
    form_position: str | Unset = UNSET
    group_id: int | Unset = UNSET
    header_images: BookingFormHeaderImagesType0 | None | Unset = UNSET
    html_code: str | Unset = UNSET
    html_code_v2: str | Unset = UNSET
    id: int | Unset = UNSET
    is_chain: bool | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_multiple_activity_record: bool | Unset = UNSET
    is_weekly_view_enabled: bool | Unset = UNSET
    map_type: float | Unset = UNSET
    master_step_default: float | Unset = UNSET
    master_step_hide: bool | Unset = UNSET
    master_step_num: float | Unset = UNSET
    master_step_title: str | Unset = UNSET
    online_sales_group_id: int | Unset = UNSET
    personal_subdomain_url: None | str | Unset = UNSET
    record_type_id: int | None | Unset = UNSET
    salon_select_type_code: str | Unset = UNSET
    sequence_type: str | Unset = UNSET
    service_step_category_view_type: str | Unset = UNSET
    service_step_default: float | Unset = UNSET
    service_step_hide: bool | Unset = UNSET
    service_step_num: float | Unset = UNSET
    service_step_title: str | Unset = UNSET
    show_button: bool | Unset = UNSET
    show_weekly_view_without_online_booking: bool | Unset = UNSET
    specialization_display_mode: float | Unset = UNSET
    title: str | Unset = UNSET
    vk_pixel_id: str | Unset = UNSET
    weekly_view_default_salon_id: int | None | Unset = UNSET
    without_menu: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"ab_test_enabled": "ab_test_enabled", "activity_record_count": "activity_record_count", "button_animation": "button_animation", "button_color": "button_color", "button_position": "button_position", "datetime_step_num": "datetime_step_num", "datetime_step_title": "datetime_step_title", "default_language_id": "default_language_id", "description": "description", "display_activity_type": "display_activity_type", "facebook_pixel_id": "facebook_pixel_id", "form_position": "form_position", "group_id": "group_id", "header_images": "header_images", "html_code": "html_code", "html_code_v2": "html_code_v2", "id": "id", "is_chain": "is_chain", "is_default": "is_default", "is_multiple_activity_record": "is_multiple_activity_record", "is_weekly_view_enabled": "is_weekly_view_enabled", "map_type": "map_type", "master_step_default": "master_step_default", "master_step_hide": "master_step_hide", "master_step_num": "master_step_num", "master_step_title": "master_step_title", "online_sales_group_id": "online_sales_group_id", "personal_subdomain_url": "personal_subdomain_url", "record_type_id": "record_type_id", "salon_select_type_code": "salon_select_type_code", "sequence_type": "sequence_type", "service_step_category_view_type": "service_step_category_view_type", "service_step_default": "service_step_default", "service_step_hide": "service_step_hide", "service_step_num": "service_step_num", "service_step_title": "service_step_title", "show_button": "show_button", "show_weekly_view_without_online_booking": "show_weekly_view_without_online_booking", "specialization_display_mode": "specialization_display_mode", "title": "title", "vk_pixel_id": "vk_pixel_id", "weekly_view_default_salon_id": "weekly_view_default_salon_id", "without_menu": "without_menu"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        ab_test_enabled = self.ab_test_enabled

        activity_record_count = self.activity_record_count

        button_animation = self.button_animation

        button_color = self.button_color

        button_position = self.button_position

        datetime_step_num = self.datetime_step_num

        datetime_step_title = self.datetime_step_title

        default_language_id = self.default_language_id

        description = self.description

        display_activity_type = self.display_activity_type

        facebook_pixel_id = self.facebook_pixel_id

        form_position = self.form_position

        group_id = self.group_id

        header_images: dict[str, Any] | None | Unset
        if isinstance(self.header_images, Unset):
            header_images = UNSET
        elif isinstance(self.header_images, BookingFormHeaderImagesType0):
            header_images = _types.to_json(self.header_images)
        else:
            header_images = self.header_images

        html_code = self.html_code

        html_code_v2 = self.html_code_v2

        id = self.id

        is_chain = self.is_chain

        is_default = self.is_default

        is_multiple_activity_record = self.is_multiple_activity_record

        is_weekly_view_enabled = self.is_weekly_view_enabled

        map_type = self.map_type

        master_step_default = self.master_step_default

        master_step_hide = self.master_step_hide

        master_step_num = self.master_step_num

        master_step_title = self.master_step_title

        online_sales_group_id = self.online_sales_group_id

        personal_subdomain_url: None | str | Unset
        if isinstance(self.personal_subdomain_url, Unset):
            personal_subdomain_url = UNSET
        else:
            personal_subdomain_url = self.personal_subdomain_url

        record_type_id: int | None | Unset
        if isinstance(self.record_type_id, Unset):
            record_type_id = UNSET
        else:
            record_type_id = self.record_type_id

        salon_select_type_code = self.salon_select_type_code

        sequence_type = self.sequence_type

        service_step_category_view_type = self.service_step_category_view_type

        service_step_default = self.service_step_default

        service_step_hide = self.service_step_hide

        service_step_num = self.service_step_num

        service_step_title = self.service_step_title

        show_button = self.show_button

        show_weekly_view_without_online_booking = self.show_weekly_view_without_online_booking

        specialization_display_mode = self.specialization_display_mode

        title = self.title

        vk_pixel_id = self.vk_pixel_id

        weekly_view_default_salon_id: int | None | Unset
        if isinstance(self.weekly_view_default_salon_id, Unset):
            weekly_view_default_salon_id = UNSET
        else:
            weekly_view_default_salon_id = self.weekly_view_default_salon_id

        without_menu = self.without_menu

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ab_test_enabled is not UNSET:
            field_dict["ab_test_enabled"] = ab_test_enabled
        if activity_record_count is not UNSET:
            field_dict["activity_record_count"] = activity_record_count
        if button_animation is not UNSET:
            field_dict["button_animation"] = button_animation
        if button_color is not UNSET:
            field_dict["button_color"] = button_color
        if button_position is not UNSET:
            field_dict["button_position"] = button_position
        if datetime_step_num is not UNSET:
            field_dict["datetime_step_num"] = datetime_step_num
        if datetime_step_title is not UNSET:
            field_dict["datetime_step_title"] = datetime_step_title
        if default_language_id is not UNSET:
            field_dict["default_language_id"] = default_language_id
        if description is not UNSET:
            field_dict["description"] = description
        if display_activity_type is not UNSET:
            field_dict["display_activity_type"] = display_activity_type
        if facebook_pixel_id is not UNSET:
            field_dict["facebook_pixel_id"] = facebook_pixel_id
        if form_position is not UNSET:
            field_dict["form_position"] = form_position
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if header_images is not UNSET:
            field_dict["header_images"] = header_images
        if html_code is not UNSET:
            field_dict["html_code"] = html_code
        if html_code_v2 is not UNSET:
            field_dict["html_code_v2"] = html_code_v2
        if id is not UNSET:
            field_dict["id"] = id
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if is_multiple_activity_record is not UNSET:
            field_dict["is_multiple_activity_record"] = is_multiple_activity_record
        if is_weekly_view_enabled is not UNSET:
            field_dict["is_weekly_view_enabled"] = is_weekly_view_enabled
        if map_type is not UNSET:
            field_dict["map_type"] = map_type
        if master_step_default is not UNSET:
            field_dict["master_step_default"] = master_step_default
        if master_step_hide is not UNSET:
            field_dict["master_step_hide"] = master_step_hide
        if master_step_num is not UNSET:
            field_dict["master_step_num"] = master_step_num
        if master_step_title is not UNSET:
            field_dict["master_step_title"] = master_step_title
        if online_sales_group_id is not UNSET:
            field_dict["online_sales_group_id"] = online_sales_group_id
        if personal_subdomain_url is not UNSET:
            field_dict["personal_subdomain_url"] = personal_subdomain_url
        if record_type_id is not UNSET:
            field_dict["record_type_id"] = record_type_id
        if salon_select_type_code is not UNSET:
            field_dict["salon_select_type_code"] = salon_select_type_code
        if sequence_type is not UNSET:
            field_dict["sequence_type"] = sequence_type
        if service_step_category_view_type is not UNSET:
            field_dict["service_step_category_view_type"] = service_step_category_view_type
        if service_step_default is not UNSET:
            field_dict["service_step_default"] = service_step_default
        if service_step_hide is not UNSET:
            field_dict["service_step_hide"] = service_step_hide
        if service_step_num is not UNSET:
            field_dict["service_step_num"] = service_step_num
        if service_step_title is not UNSET:
            field_dict["service_step_title"] = service_step_title
        if show_button is not UNSET:
            field_dict["show_button"] = show_button
        if show_weekly_view_without_online_booking is not UNSET:
            field_dict["show_weekly_view_without_online_booking"] = show_weekly_view_without_online_booking
        if specialization_display_mode is not UNSET:
            field_dict["specialization_display_mode"] = specialization_display_mode
        if title is not UNSET:
            field_dict["title"] = title
        if vk_pixel_id is not UNSET:
            field_dict["vk_pixel_id"] = vk_pixel_id
        if weekly_view_default_salon_id is not UNSET:
            field_dict["weekly_view_default_salon_id"] = weekly_view_default_salon_id
        if without_menu is not UNSET:
            field_dict["without_menu"] = without_menu

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        ab_test_enabled = d.pop("ab_test_enabled", UNSET)

        activity_record_count = d.pop("activity_record_count", UNSET)

        button_animation = d.pop("button_animation", UNSET)

        button_color = d.pop("button_color", UNSET)

        button_position = d.pop("button_position", UNSET)

        datetime_step_num = d.pop("datetime_step_num", UNSET)

        datetime_step_title = d.pop("datetime_step_title", UNSET)

        default_language_id = d.pop("default_language_id", UNSET)

        description = d.pop("description", UNSET)

        display_activity_type = d.pop("display_activity_type", UNSET)

        facebook_pixel_id = d.pop("facebook_pixel_id", UNSET)

        form_position = d.pop("form_position", UNSET)

        group_id = d.pop("group_id", UNSET)

        def _parse_header_images(data: object) -> BookingFormHeaderImagesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                header_images_type_0 = _types.parse_model(BookingFormHeaderImagesType0, data)

                if header_images_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return header_images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(BookingFormHeaderImagesType0 | None | Unset, data)

        header_images = _parse_header_images(d.pop("header_images", UNSET))

        html_code = d.pop("html_code", UNSET)

        html_code_v2 = d.pop("html_code_v2", UNSET)

        id = d.pop("id", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        is_default = d.pop("is_default", UNSET)

        is_multiple_activity_record = d.pop("is_multiple_activity_record", UNSET)

        is_weekly_view_enabled = d.pop("is_weekly_view_enabled", UNSET)

        map_type = d.pop("map_type", UNSET)

        master_step_default = d.pop("master_step_default", UNSET)

        master_step_hide = d.pop("master_step_hide", UNSET)

        master_step_num = d.pop("master_step_num", UNSET)

        master_step_title = d.pop("master_step_title", UNSET)

        online_sales_group_id = d.pop("online_sales_group_id", UNSET)

        personal_subdomain_url: None | str | Unset = d.pop("personal_subdomain_url", UNSET)

        record_type_id: int | None | Unset = d.pop("record_type_id", UNSET)

        salon_select_type_code = d.pop("salon_select_type_code", UNSET)

        sequence_type = d.pop("sequence_type", UNSET)

        service_step_category_view_type = d.pop("service_step_category_view_type", UNSET)

        service_step_default = d.pop("service_step_default", UNSET)

        service_step_hide = d.pop("service_step_hide", UNSET)

        service_step_num = d.pop("service_step_num", UNSET)

        service_step_title = d.pop("service_step_title", UNSET)

        show_button = d.pop("show_button", UNSET)

        show_weekly_view_without_online_booking = d.pop("show_weekly_view_without_online_booking", UNSET)

        specialization_display_mode = d.pop("specialization_display_mode", UNSET)

        title = d.pop("title", UNSET)

        vk_pixel_id = d.pop("vk_pixel_id", UNSET)

        weekly_view_default_salon_id: int | None | Unset = d.pop("weekly_view_default_salon_id", UNSET)

        without_menu = d.pop("without_menu", UNSET)

        _instance = cls(
            ab_test_enabled,
            activity_record_count,
            button_animation,
            button_color,
            button_position,
            datetime_step_num,
            datetime_step_title,
            default_language_id,
            description,
            display_activity_type,
            facebook_pixel_id,
            form_position,
            group_id,
            header_images,
            html_code,
            html_code_v2,
            id,
            is_chain,
            is_default,
            is_multiple_activity_record,
            is_weekly_view_enabled,
            map_type,
            master_step_default,
            master_step_hide,
            master_step_num,
            master_step_title,
            online_sales_group_id,
            personal_subdomain_url,
            record_type_id,
            salon_select_type_code,
            sequence_type,
            service_step_category_view_type,
            service_step_default,
            service_step_hide,
            service_step_num,
            service_step_title,
            show_button,
            show_weekly_view_without_online_booking,
            specialization_display_mode,
            title,
            vk_pixel_id,
            weekly_view_default_salon_id,
            without_menu,
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
