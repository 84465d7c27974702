from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

T = TypeVar("T", bound="File")


@_attrs_define
class File:
    """
    Attributes:
        can_edit (bool | Unset): Is there a right to change and delete the file? true - there is a right, false - there
            is no right
        client_id (int | Unset): Client ID
        create_date (str | Unset): Legacy Location-formatted creation date; prefer date_create
        date_create (datetime.datetime | Unset): File upload date in ISO8601 format Example: 2026-09-21T23:00:00+00:00.
        description (str | Unset): File Description
        extension (str | Unset): File name extension
        full_link (str | Unset): Absolute file download URL
        id (int | Unset): File ID
        link (str | Unset): File download link
        mime (str | Unset): MIME file type
        name (str | Unset): File name with extension
        size (str | Unset): Formatted file size string
        user_avatar (str | Unset): Avatar of the user who uploaded the file
        user_name (str | Unset): The name of the user who uploaded the file
    """

    can_edit: bool | Unset = UNSET
    client_id: int | Unset = UNSET
    create_date: str | Unset = UNSET
    date_create: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    extension: str | Unset = UNSET
    full_link: str | Unset = UNSET
    id: int | Unset = UNSET
    link: str | Unset = UNSET
    mime: str | Unset = UNSET
    name: str | Unset = UNSET
    size: str | Unset = UNSET
    user_avatar: str | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"can_edit": "can_edit", "client_id": "client_id", "create_date": "create_date", "date_create": "date_create", "description": "description", "extension": "extension", "full_link": "full_link", "id": "id", "link": "link", "mime": "mime", "name": "name", "size": "size", "user_avatar": "user_avatar", "user_name": "user_name"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        can_edit = self.can_edit

        client_id = self.client_id

        create_date = self.create_date

        date_create: str | Unset = UNSET
        if not isinstance(self.date_create, Unset):
            date_create = _types.datetime_json(self.date_create, "iso")

        description = self.description

        extension = self.extension

        full_link = self.full_link

        id = self.id

        link = self.link

        mime = self.mime

        name = self.name

        size = self.size

        user_avatar = self.user_avatar

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_edit is not UNSET:
            field_dict["can_edit"] = can_edit
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if description is not UNSET:
            field_dict["description"] = description
        if extension is not UNSET:
            field_dict["extension"] = extension
        if full_link is not UNSET:
            field_dict["full_link"] = full_link
        if id is not UNSET:
            field_dict["id"] = id
        if link is not UNSET:
            field_dict["link"] = link
        if mime is not UNSET:
            field_dict["mime"] = mime
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size
        if user_avatar is not UNSET:
            field_dict["user_avatar"] = user_avatar
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_edit = d.pop("can_edit", UNSET)

        client_id = d.pop("client_id", UNSET)

        create_date = d.pop("create_date", UNSET)

        _date_create = d.pop("date_create", UNSET)
        date_create: datetime.datetime | Unset
        if isinstance(_date_create, Unset):
            date_create = UNSET
        else:
            date_create = _types.parse_datetime(_date_create)

        description = d.pop("description", UNSET)

        extension = d.pop("extension", UNSET)

        full_link = d.pop("full_link", UNSET)

        id = d.pop("id", UNSET)

        link = d.pop("link", UNSET)

        mime = d.pop("mime", UNSET)

        name = d.pop("name", UNSET)

        size = d.pop("size", UNSET)

        user_avatar = d.pop("user_avatar", UNSET)

        user_name = d.pop("user_name", UNSET)

        _instance = cls(
            can_edit,
            client_id,
            create_date,
            date_create,
            description,
            extension,
            full_link,
            id,
            link,
            mime,
            name,
            size,
            user_avatar,
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
