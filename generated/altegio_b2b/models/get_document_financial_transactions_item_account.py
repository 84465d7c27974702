from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetDocumentFinancialTransactionsItemAccount")


@_attrs_define
class GetDocumentFinancialTransactionsItemAccount:
    """Location account

    Attributes:
        comment (str | Unset): A comment
        company_id (int | Unset): location ID
        id (int | Unset): Checkout ID
        title (str | Unset): Location account name
        type_ (float | Unset): Transaction type
        type_id (int | Unset): Transaction type identifier
    """

    comment: str | Unset = UNSET
    company_id: int | Unset = UNSET
    id: int | Unset = UNSET
    title: str | Unset = UNSET
    type_: float | Unset = UNSET
    type_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        company_id = self.company_id

        id = self.id

        title = self.title

        type_ = self.type_

        type_id = self.type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_id is not UNSET:
            field_dict["type_id"] = type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comment = d.pop("comment", UNSET)

        company_id = d.pop("company_id", UNSET)

        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        type_ = d.pop("type", UNSET)

        type_id = d.pop("type_id", UNSET)

        get_document_financial_transactions_item_account = cls(
            comment=comment,
            company_id=company_id,
            id=id,
            title=title,
            type_=type_,
            type_id=type_id,
        )

        get_document_financial_transactions_item_account.additional_properties = d
        return get_document_financial_transactions_item_account

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
