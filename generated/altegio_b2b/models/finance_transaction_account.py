from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FinanceTransactionAccount")


@_attrs_define
class FinanceTransactionAccount:
    """Location account

    Attributes:
        id (int | Unset): Checkout ID
        is_cash (bool | Unset): Is cash
        is_default (bool | Unset): Is the checkout by default
        title (str | Unset): Location account name
        comment (str | Unset): A comment
        company_id (int | Unset): location ID
        type_ (float | Unset): Transaction type
        type_id (int | Unset): Transaction type identifier
    """

    id: int | Unset = UNSET
    is_cash: bool | Unset = UNSET
    is_default: bool | Unset = UNSET
    title: str | Unset = UNSET
    comment: str | Unset = UNSET
    company_id: int | Unset = UNSET
    type_: float | Unset = UNSET
    type_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"id": "id", "is_cash": "is_cash", "is_default": "is_default", "title": "title", "comment": "comment", "company_id": "company_id", "type_": "type", "type_id": "type_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_cash = self.is_cash

        is_default = self.is_default

        title = self.title

        comment = self.comment

        company_id = self.company_id

        type_ = self.type_

        type_id = self.type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if is_cash is not UNSET:
            field_dict["is_cash"] = is_cash
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if title is not UNSET:
            field_dict["title"] = title
        if comment is not UNSET:
            field_dict["comment"] = comment
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_id is not UNSET:
            field_dict["type_id"] = type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        is_cash = d.pop("is_cash", UNSET)

        is_default = d.pop("is_default", UNSET)

        title = d.pop("title", UNSET)

        comment = d.pop("comment", UNSET)

        company_id = d.pop("company_id", UNSET)

        type_ = d.pop("type", UNSET)

        type_id = d.pop("type_id", UNSET)

        _instance = cls(
            id,
            is_cash,
            is_default,
            title,
            comment,
            company_id,
            type_,
            type_id,
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
