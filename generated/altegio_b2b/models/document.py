from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_company import DocumentCompany
    from ..models.document_storage import DocumentStorage
    from ..models.document_type import DocumentType
    from ..models.document_user import DocumentUser

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, DocumentCompany, DocumentStorage, DocumentType, DocumentUser
    from ..models.document_company import DocumentCompany  # noqa: PLC0415
    from ..models.document_storage import DocumentStorage  # noqa: PLC0415
    from ..models.document_type import DocumentType  # noqa: PLC0415
    from ..models.document_user import DocumentUser  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Document")


@_attrs_define
class Document:
    """Object with data

    Attributes:
        bill_print_status (float | Unset): Bill print status
        comment (str | Unset): A comment
        company (DocumentCompany | Unset): location
        company_id (int | Unset): location ID
        create_date (datetime.datetime | Unset): date of creation Example: 2026-09-21T23:00:00+00:00.
        id (int | Unset): Document ID
        number (float | Unset): Document Number
        storage (DocumentStorage | Unset): Inventory
        storage_id (int | Unset): Inventory ID
        type_ (DocumentType | Unset): Document type
        type_id (int | Unset): Document type identifier
        user (DocumentUser | Unset): User
        user_id (int | Unset): User ID
    """

    bill_print_status: float | Unset = UNSET
    comment: str | Unset = UNSET
    company: DocumentCompany | Unset = UNSET
    company_id: int | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    id: int | Unset = UNSET
    number: float | Unset = UNSET
    storage: DocumentStorage | Unset = UNSET
    storage_id: int | Unset = UNSET
    type_: DocumentType | Unset = UNSET
    type_id: int | Unset = UNSET
    user: DocumentUser | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"bill_print_status": "bill_print_status", "comment": "comment", "company": "company", "company_id": "company_id", "create_date": "create_date", "id": "id", "number": "number", "storage": "storage", "storage_id": "storage_id", "type_": "type", "type_id": "type_id", "user": "user", "user_id": "user_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        bill_print_status = self.bill_print_status

        comment = self.comment

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = _types.to_json(self.company)

        company_id = self.company_id

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = _types.datetime_json(self.create_date, "iso")

        id = self.id

        number = self.number

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = _types.to_json(self.storage)

        storage_id = self.storage_id

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = _types.to_json(self.type_)

        type_id = self.type_id

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = _types.to_json(self.user)

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bill_print_status is not UNSET:
            field_dict["bill_print_status"] = bill_print_status
        if comment is not UNSET:
            field_dict["comment"] = comment
        if company is not UNSET:
            field_dict["company"] = company
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if storage is not UNSET:
            field_dict["storage"] = storage
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if user is not UNSET:
            field_dict["user"] = user
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        bill_print_status = d.pop("bill_print_status", UNSET)

        comment = d.pop("comment", UNSET)

        _company = d.pop("company", UNSET)
        company: DocumentCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = _types.parse_model(DocumentCompany, _company)

        company_id = d.pop("company_id", UNSET)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = _types.parse_datetime(_create_date)

        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        _storage = d.pop("storage", UNSET)
        storage: DocumentStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = _types.parse_model(DocumentStorage, _storage)

        storage_id = d.pop("storage_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DocumentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _types.parse_model(DocumentType, _type_)

        type_id = d.pop("type_id", UNSET)

        _user = d.pop("user", UNSET)
        user: DocumentUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = _types.parse_model(DocumentUser, _user)

        user_id = d.pop("user_id", UNSET)

        _instance = cls(
            bill_print_status,
            comment,
            company,
            company_id,
            create_date,
            id,
            number,
            storage,
            storage_id,
            type_,
            type_id,
            user,
            user_id,
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
