from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="Comment")


@_attrs_define
class Comment:
    """
    Attributes:
        date (datetime.datetime | Unset): The date the comment was posted Example: 2026-09-21T23:00:00+00:00.
        id (int | Unset): Comment ID
        master_id (int | Unset): Team Member ID if type = 1
        rating (str | Unset): Rating (from 1 to 5)
        record_id (int | Unset): ID of the post after which the review was left
        salon_id (int | Unset): location ID
        text (str | Unset): Comment text
        type_ (float | Unset): 1 - comment to the team member, 0 - to the location
        user_avatar (str | Unset): Avatar of the user who left the comment
        user_id (int | Unset): ID of the user who left the comment
        user_name (str | Unset): Name of the user who left the comment
    """

    date: datetime.datetime | Unset = UNSET
    id: int | Unset = UNSET
    master_id: int | Unset = UNSET
    rating: str | Unset = UNSET
    record_id: int | Unset = UNSET
    salon_id: int | Unset = UNSET
    text: str | Unset = UNSET
    type_: float | Unset = UNSET
    user_avatar: str | Unset = UNSET
    user_id: int | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"date": "date", "id": "id", "master_id": "master_id", "rating": "rating", "record_id": "record_id", "salon_id": "salon_id", "text": "text", "type_": "type", "user_avatar": "user_avatar", "user_id": "user_id", "user_name": "user_name"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = _types.datetime_json(self.date, "iso")

        id = self.id

        master_id = self.master_id

        rating = self.rating

        record_id = self.record_id

        salon_id = self.salon_id

        text = self.text

        type_ = self.type_

        user_avatar = self.user_avatar

        user_id = self.user_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if id is not UNSET:
            field_dict["id"] = id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if rating is not UNSET:
            field_dict["rating"] = rating
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if text is not UNSET:
            field_dict["text"] = text
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_avatar is not UNSET:
            field_dict["user_avatar"] = user_avatar
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _types.parse_datetime(_date)

        id = d.pop("id", UNSET)

        master_id = d.pop("master_id", UNSET)

        rating = d.pop("rating", UNSET)

        record_id = d.pop("record_id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        text = d.pop("text", UNSET)

        type_ = d.pop("type", UNSET)

        user_avatar = d.pop("user_avatar", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        _instance = cls(
            date,
            id,
            master_id,
            rating,
            record_id,
            salon_id,
            text,
            type_,
            user_avatar,
            user_id,
            user_name,
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
