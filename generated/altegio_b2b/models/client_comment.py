from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..models.client_comment_type import ClientCommentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_comment_files_item import ClientCommentFilesItem
    from ..models.client_comment_user_type_0 import ClientCommentUserType0

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, ClientCommentFilesItem, ClientCommentUserType0
    from ..models.client_comment_files_item import ClientCommentFilesItem  # noqa: PLC0415
    from ..models.client_comment_user_type_0 import ClientCommentUserType0  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="ClientComment")


@_attrs_define
class ClientComment:
    """Data for an existing comment for a client.

    Attributes:
        create_date (datetime.datetime | Unset): Datetime of a comment for a client created. Example:
            2026-09-21T23:00:00+00:00.
        files (list[ClientCommentFilesItem] | Unset): Files in a client details that triggered the comment creation
            (`type` = "file", for `type` = "default" the files array is returned empty).
        id (int | Unset): ID of a comment for a client.
        is_editable (bool | Unset): Whether this Business User can delete the comment
        text (str | Unset): Text of a comment for a client (`type` = "default", for `type` = "file" the text is returned
            empty).
        type_ (ClientCommentType | Unset): Type of a comment for a client: `default`: - text comment; `file`: - uploaded
            file.
        update_date (datetime.datetime | Unset): Datetime of a comment for a client last updated. Example:
            2026-09-21T23:00:00+00:00.
        user (ClientCommentUserType0 | None | Unset): User created a comment for a client or uploaded files in a client
            details.
    """

    create_date: datetime.datetime | Unset = UNSET
    files: list[ClientCommentFilesItem] | Unset = UNSET
    id: int | Unset = UNSET
    is_editable: bool | Unset = UNSET
    text: str | Unset = UNSET
    type_: ClientCommentType | Unset = UNSET
    update_date: datetime.datetime | Unset = UNSET
    user: ClientCommentUserType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"create_date": "create_date", "files": "files", "id": "id", "is_editable": "is_editable", "text": "text", "type_": "type", "update_date": "update_date", "user": "user"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = _types.datetime_json(self.create_date, "iso")

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = _types.to_json(self.files)

        id = self.id

        is_editable = self.is_editable

        text = self.text

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = _types.to_json(self.type_)

        update_date: str | Unset = UNSET
        if not isinstance(self.update_date, Unset):
            update_date = _types.datetime_json(self.update_date, "iso")

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, ClientCommentUserType0):
            user = _types.to_json(self.user)
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if files is not UNSET:
            field_dict["files"] = files
        if id is not UNSET:
            field_dict["id"] = id
        if is_editable is not UNSET:
            field_dict["is_editable"] = is_editable
        if text is not UNSET:
            field_dict["text"] = text
        if type_ is not UNSET:
            field_dict["type"] = type_
        if update_date is not UNSET:
            field_dict["update_date"] = update_date
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = _types.parse_datetime(_create_date)

        _files = d.pop("files", UNSET)
        files: list[ClientCommentFilesItem] | Unset = UNSET
        if _files is not UNSET:
            files = _types.parse_model_list(ClientCommentFilesItem, _files)

        id = d.pop("id", UNSET)

        is_editable = d.pop("is_editable", UNSET)

        text = d.pop("text", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ClientCommentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _types.parse_enum(ClientCommentType, _type_)

        _update_date = d.pop("update_date", UNSET)
        update_date: datetime.datetime | Unset
        if isinstance(_update_date, Unset):
            update_date = UNSET
        else:
            update_date = _types.parse_datetime(_update_date)

        def _parse_user(data: object) -> ClientCommentUserType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = _types.parse_model(ClientCommentUserType0, data)

                if user_type_0 is data:  # kept raw: this variant does not fit
                    raise TypeError()
                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            # No variant fits (or the value is a plain JSON type): keep it as it came.
            return cast(ClientCommentUserType0 | None | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        _instance = cls(
            create_date,
            files,
            id,
            is_editable,
            text,
            type_,
            update_date,
            user,
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
