from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetChainLoyaltyTransactionListTransactionProgram")


@_attrs_define
class GetChainLoyaltyTransactionListTransactionProgram:
    """Promotion Information

    Attributes:
        group_id (int | Unset): ID of the chain where the action was created
        id (int | Unset): Promotion ID
        item_type_id (int | Unset): Is cashback earned on products?
        loyalty_type_id (int | Unset): Promotion type ID
        title (str | Unset): Share name
        value (int | Unset): Discount value
        value_unit_id (int | Unset): Bonus field. Discount % or Fixed. sum
    """

    group_id: int | Unset = UNSET
    id: int | Unset = UNSET
    item_type_id: int | Unset = UNSET
    loyalty_type_id: int | Unset = UNSET
    title: str | Unset = UNSET
    value: int | Unset = UNSET
    value_unit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"group_id": "group_id", "id": "id", "item_type_id": "item_type_id", "loyalty_type_id": "loyalty_type_id", "title": "title", "value": "value", "value_unit_id": "value_unit_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        id = self.id

        item_type_id = self.item_type_id

        loyalty_type_id = self.loyalty_type_id

        title = self.title

        value = self.value

        value_unit_id = self.value_unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if id is not UNSET:
            field_dict["id"] = id
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if loyalty_type_id is not UNSET:
            field_dict["loyalty_type_id"] = loyalty_type_id
        if title is not UNSET:
            field_dict["title"] = title
        if value is not UNSET:
            field_dict["value"] = value
        if value_unit_id is not UNSET:
            field_dict["value_unit_id"] = value_unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_id = d.pop("group_id", UNSET)

        id = d.pop("id", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        loyalty_type_id = d.pop("loyalty_type_id", UNSET)

        title = d.pop("title", UNSET)

        value = d.pop("value", UNSET)

        value_unit_id = d.pop("value_unit_id", UNSET)

        _instance = cls(
            group_id,
            id,
            item_type_id,
            loyalty_type_id,
            title,
            value,
            value_unit_id,
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
