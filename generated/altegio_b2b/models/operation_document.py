from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operation_document_company import OperationDocumentCompany
    from ..models.operation_document_storage import OperationDocumentStorage
    from ..models.operation_document_type import OperationDocumentType
    from ..models.operation_document_user import OperationDocumentUser

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, OperationDocumentCompany, OperationDocumentStorage, OperationDocumentType, OperationDocumentUser
    from ..models.operation_document_company import OperationDocumentCompany  # noqa: PLC0415
    from ..models.operation_document_storage import OperationDocumentStorage  # noqa: PLC0415
    from ..models.operation_document_type import OperationDocumentType  # noqa: PLC0415
    from ..models.operation_document_user import OperationDocumentUser  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="OperationDocument")


@_attrs_define
class OperationDocument:
    """Document

    Attributes:
        comment (str | Unset): A comment
        company (OperationDocumentCompany | Unset): location
        company_id (int | Unset): location ID
        create_date (datetime.datetime | Unset): date of creation Example: 2026-09-21T23:00:00+00:00.
        id (int | Unset): Document ID
        number (float | Unset): Document Number
        storage (OperationDocumentStorage | Unset): Inventory
        storage_id (int | Unset): Inventory ID
        type_ (OperationDocumentType | Unset): Document Type
        type_id (int | Unset): Document type identifier
        user (OperationDocumentUser | Unset): User
        user_id (int | Unset): User ID
    """

    comment: str | Unset = UNSET
    company: OperationDocumentCompany | Unset = UNSET
    company_id: int | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    id: int | Unset = UNSET
    number: float | Unset = UNSET
    storage: OperationDocumentStorage | Unset = UNSET
    storage_id: int | Unset = UNSET
    type_: OperationDocumentType | Unset = UNSET
    type_id: int | Unset = UNSET
    user: OperationDocumentUser | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"comment": "comment", "company": "company", "company_id": "company_id", "create_date": "create_date", "id": "id", "number": "number", "storage": "storage", "storage_id": "storage_id", "type_": "type", "type_id": "type_id", "user": "user", "user_id": "user_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
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
        comment = d.pop("comment", UNSET)

        _company = d.pop("company", UNSET)
        company: OperationDocumentCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = _types.parse_model(OperationDocumentCompany, _company)

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
        storage: OperationDocumentStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = _types.parse_model(OperationDocumentStorage, _storage)

        storage_id = d.pop("storage_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: OperationDocumentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _types.parse_model(OperationDocumentType, _type_)

        type_id = d.pop("type_id", UNSET)

        _user = d.pop("user", UNSET)
        user: OperationDocumentUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = _types.parse_model(OperationDocumentUser, _user)

        user_id = d.pop("user_id", UNSET)

        _instance = cls(
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
