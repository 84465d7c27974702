from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.create_chain_loyalty_program_body_on_changed_notification_template_type import (
    CreateChainLoyaltyProgramBodyOnChangedNotificationTemplateType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateChainLoyaltyProgramBodyOnChangedNotificationTemplate")


@_attrs_define
class CreateChainLoyaltyProgramBodyOnChangedNotificationTemplate:
    """Body of the request to bind the loyalty notification template

    Attributes:
        body (str | Unset): Template text (custom only)
        type_ (CreateChainLoyaltyProgramBodyOnChangedNotificationTemplateType | Unset): Template option
    """

    body: str | Unset = UNSET
    type_: CreateChainLoyaltyProgramBodyOnChangedNotificationTemplateType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"body": "body", "type_": "type"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = _types.to_json(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CreateChainLoyaltyProgramBodyOnChangedNotificationTemplateType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _types.parse_enum(CreateChainLoyaltyProgramBodyOnChangedNotificationTemplateType, _type_)

        _instance = cls(
            body,
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
