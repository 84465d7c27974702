from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsToClientsBody")


@_attrs_define
class SendSmsToClientsBody:
    """Send SMS to the list of clients

    Attributes:
        client_ids (list[int] | Unset): Array of client IDs
        text (str | Unset): SMS text message
    """

    client_ids: list[int] | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"client_ids": "client_ids", "text": "text"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        client_ids: list[int] | Unset = UNSET
        if not isinstance(self.client_ids, Unset):
            client_ids = self.client_ids

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_ids is not UNSET:
            field_dict["client_ids"] = client_ids
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _client_ids = d.pop("client_ids", UNSET)
        client_ids: list[int] | Unset = UNSET
        if _client_ids is not UNSET:
            client_ids = _types.parse_plain_list(_client_ids)

        text = d.pop("text", UNSET)

        _instance = cls(
            client_ids,
            text,
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
