from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deposits_operation_document_salon import DepositsOperationDocumentSalon
    from ..models.deposits_operation_document_type import DepositsOperationDocumentType
    from ..models.deposits_operation_document_user import DepositsOperationDocumentUser

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, DepositsOperationDocumentSalon, DepositsOperationDocumentType, DepositsOperationDocumentUser
    from ..models.deposits_operation_document_salon import DepositsOperationDocumentSalon  # noqa: PLC0415
    from ..models.deposits_operation_document_type import DepositsOperationDocumentType  # noqa: PLC0415
    from ..models.deposits_operation_document_user import DepositsOperationDocumentUser  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="DepositsOperationDocument")


@_attrs_define
class DepositsOperationDocument:
    """
    Attributes:
        comment (str | Unset): A comment
        id (int | Unset): Document ID
        number (float | Unset): Document Number
        salon (DepositsOperationDocumentSalon | Unset):
        salon_id (int | Unset): location ID
        type_ (DepositsOperationDocumentType | Unset): Document Type
        type_id (int | Unset): Document type identifier
        user (DepositsOperationDocumentUser | Unset): User
        user_id (int | Unset): User ID
    """

    comment: str | Unset = UNSET
    id: int | Unset = UNSET
    number: float | Unset = UNSET
    salon: DepositsOperationDocumentSalon | Unset = UNSET
    salon_id: int | Unset = UNSET
    type_: DepositsOperationDocumentType | Unset = UNSET
    type_id: int | Unset = UNSET
    user: DepositsOperationDocumentUser | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"comment": "comment", "id": "id", "number": "number", "salon": "salon", "salon_id": "salon_id", "type_": "type", "type_id": "type_id", "user": "user", "user_id": "user_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        comment = self.comment

        id = self.id

        number = self.number

        salon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salon, Unset):
            salon = _types.to_json(self.salon)

        salon_id = self.salon_id

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
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if salon is not UNSET:
            field_dict["salon"] = salon
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
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

        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        _salon = d.pop("salon", UNSET)
        salon: DepositsOperationDocumentSalon | Unset
        if isinstance(_salon, Unset):
            salon = UNSET
        else:
            salon = _types.parse_model(DepositsOperationDocumentSalon, _salon)

        salon_id = d.pop("salon_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DepositsOperationDocumentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _types.parse_model(DepositsOperationDocumentType, _type_)

        type_id = d.pop("type_id", UNSET)

        _user = d.pop("user", UNSET)
        user: DepositsOperationDocumentUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = _types.parse_model(DepositsOperationDocumentUser, _user)

        user_id = d.pop("user_id", UNSET)

        _instance = cls(
            comment,
            id,
            number,
            salon,
            salon_id,
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
