from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.create_booking_widget_body_button_position import CreateBookingWidgetBodyButtonPosition
from ..models.create_booking_widget_body_form_position import CreateBookingWidgetBodyFormPosition
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBookingWidgetBody")


@_attrs_define
class CreateBookingWidgetBody:
    """Request to create a letterform

    Attributes:
        title (str): Name of the appointment widget
        button_animation (bool | Unset): Button animation enable flag Default: True.
        button_color (str | Unset): Button color Default: '#1c84c6'.
        button_position (CreateBookingWidgetBodyButtonPosition | Unset): Button location on the page Default:
            CreateBookingWidgetBodyButtonPosition.BOTTOM_RIGHT.
        datetime_step_num (float | Unset): Sequence number of the date and time step
        description (str | Unset): appointment widget description Default: ''.
        form_position (CreateBookingWidgetBodyFormPosition | Unset): Panel position on the page Default:
            CreateBookingWidgetBodyFormPosition.RIGHT.
        is_default (bool | Unset): Default appointment widget flag Default: False.
        master_step_default (float | Unset): team member ID
        master_step_hide (bool | Unset): team member hide flag Default: False.
        master_step_num (float | Unset): Sequence number of the wizard step
        service_step_default (float | Unset): Service ID
        service_step_hide (bool | Unset): Service Hiding Flag Default: False.
        service_step_num (float | Unset): Service step sequence number
        show_button (bool | Unset): Button visibility flag Default: True.
        without_menu (bool | Unset): Step mode flag Default: False.
    """

    title: str
    button_animation: bool | Unset = True
    button_color: str | Unset = "#1c84c6"
    button_position: CreateBookingWidgetBodyButtonPosition | Unset = CreateBookingWidgetBodyButtonPosition.BOTTOM_RIGHT
    datetime_step_num: float | Unset = UNSET
    description: str | Unset = ""
    form_position: CreateBookingWidgetBodyFormPosition | Unset = CreateBookingWidgetBodyFormPosition.RIGHT
    is_default: bool | Unset = False
    master_step_default: float | Unset = UNSET
    master_step_hide: bool | Unset = False
    master_step_num: float | Unset = UNSET
    service_step_default: float | Unset = UNSET
    service_step_hide: bool | Unset = False
    service_step_num: float | Unset = UNSET
    show_button: bool | Unset = True
    without_menu: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"title": "title", "button_animation": "button_animation", "button_color": "button_color", "button_position": "button_position", "datetime_step_num": "datetime_step_num", "description": "description", "form_position": "form_position", "is_default": "is_default", "master_step_default": "master_step_default", "master_step_hide": "master_step_hide", "master_step_num": "master_step_num", "service_step_default": "service_step_default", "service_step_hide": "service_step_hide", "service_step_num": "service_step_num", "show_button": "show_button", "without_menu": "without_menu"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        button_animation = self.button_animation

        button_color = self.button_color

        button_position: str | Unset = UNSET
        if not isinstance(self.button_position, Unset):
            button_position = _types.to_json(self.button_position)

        datetime_step_num = self.datetime_step_num

        description = self.description

        form_position: str | Unset = UNSET
        if not isinstance(self.form_position, Unset):
            form_position = _types.to_json(self.form_position)

        is_default = self.is_default

        master_step_default = self.master_step_default

        master_step_hide = self.master_step_hide

        master_step_num = self.master_step_num

        service_step_default = self.service_step_default

        service_step_hide = self.service_step_hide

        service_step_num = self.service_step_num

        show_button = self.show_button

        without_menu = self.without_menu

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if button_animation is not UNSET:
            field_dict["button_animation"] = button_animation
        if button_color is not UNSET:
            field_dict["button_color"] = button_color
        if button_position is not UNSET:
            field_dict["button_position"] = button_position
        if datetime_step_num is not UNSET:
            field_dict["datetime_step_num"] = datetime_step_num
        if description is not UNSET:
            field_dict["description"] = description
        if form_position is not UNSET:
            field_dict["form_position"] = form_position
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if master_step_default is not UNSET:
            field_dict["master_step_default"] = master_step_default
        if master_step_hide is not UNSET:
            field_dict["master_step_hide"] = master_step_hide
        if master_step_num is not UNSET:
            field_dict["master_step_num"] = master_step_num
        if service_step_default is not UNSET:
            field_dict["service_step_default"] = service_step_default
        if service_step_hide is not UNSET:
            field_dict["service_step_hide"] = service_step_hide
        if service_step_num is not UNSET:
            field_dict["service_step_num"] = service_step_num
        if show_button is not UNSET:
            field_dict["show_button"] = show_button
        if without_menu is not UNSET:
            field_dict["without_menu"] = without_menu

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        button_animation = d.pop("button_animation", UNSET)

        button_color = d.pop("button_color", UNSET)

        _button_position = d.pop("button_position", UNSET)
        button_position: CreateBookingWidgetBodyButtonPosition | Unset
        if isinstance(_button_position, Unset):
            button_position = UNSET
        else:
            button_position = _types.parse_enum(CreateBookingWidgetBodyButtonPosition, _button_position)

        datetime_step_num = d.pop("datetime_step_num", UNSET)

        description = d.pop("description", UNSET)

        _form_position = d.pop("form_position", UNSET)
        form_position: CreateBookingWidgetBodyFormPosition | Unset
        if isinstance(_form_position, Unset):
            form_position = UNSET
        else:
            form_position = _types.parse_enum(CreateBookingWidgetBodyFormPosition, _form_position)

        is_default = d.pop("is_default", UNSET)

        master_step_default = d.pop("master_step_default", UNSET)

        master_step_hide = d.pop("master_step_hide", UNSET)

        master_step_num = d.pop("master_step_num", UNSET)

        service_step_default = d.pop("service_step_default", UNSET)

        service_step_hide = d.pop("service_step_hide", UNSET)

        service_step_num = d.pop("service_step_num", UNSET)

        show_button = d.pop("show_button", UNSET)

        without_menu = d.pop("without_menu", UNSET)

        _instance = cls(
            title,
            button_animation,
            button_color,
            button_position,
            datetime_step_num,
            description,
            form_position,
            is_default,
            master_step_default,
            master_step_hide,
            master_step_num,
            service_step_default,
            service_step_hide,
            service_step_num,
            show_button,
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
