from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.notification_message_template_program_message_type import NotificationMessageTemplateProgramMessageType
from ..models.notification_message_template_program_type import NotificationMessageTemplateProgramType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationMessageTemplateProgram")


@_attrs_define
class NotificationMessageTemplateProgram:
    """Loyalty notification template

    Attributes:
        body (str | Unset): Template text
        id (int | Unset): Template ID
        message_type (NotificationMessageTemplateProgramMessageType | Unset): Message type
        type_ (NotificationMessageTemplateProgramType | Unset): Template option
    """

    body: str | Unset = UNSET
    id: int | Unset = UNSET
    message_type: NotificationMessageTemplateProgramMessageType | Unset = UNSET
    type_: NotificationMessageTemplateProgramType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"body": "body", "id": "id", "message_type": "message_type", "type_": "type"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        id = self.id

        message_type: str | Unset = UNSET
        if not isinstance(self.message_type, Unset):
            message_type = _types.to_json(self.message_type)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = _types.to_json(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if id is not UNSET:
            field_dict["id"] = id
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body", UNSET)

        id = d.pop("id", UNSET)

        _message_type = d.pop("message_type", UNSET)
        message_type: NotificationMessageTemplateProgramMessageType | Unset
        if isinstance(_message_type, Unset):
            message_type = UNSET
        else:
            message_type = _types.parse_enum(NotificationMessageTemplateProgramMessageType, _message_type)

        _type_ = d.pop("type", UNSET)
        type_: NotificationMessageTemplateProgramType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _types.parse_enum(NotificationMessageTemplateProgramType, _type_)

        _instance = cls(
            body,
            id,
            message_type,
            type_,
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
