from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_programs_item_loyalty_type import CardProgramsItemLoyaltyType

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, CardProgramsItemLoyaltyType
    from ..models.card_programs_item_loyalty_type import CardProgramsItemLoyaltyType  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="CardProgramsItem")


@_attrs_define
class CardProgramsItem:
    """
    Attributes:
        group_id (int | Unset): ID of the chain where the promotion was created
        id (int | Unset): Promotion ID
        item_type_id (int | Unset): Is cashback earned on products?
        loyalty_type (CardProgramsItemLoyaltyType | Unset): Object with information about the promotion
        loyalty_type_id (int | Unset): Promotion type ID
        rules (list[Any] | Unset): An array with information about the rules configured in the promotion
        title (str | Unset): Share name
        value (int | Unset): The value from which the rule will work
        value_unit_id (int | Unset): Bonus field. Discount % or Fixed. sum
    """

    group_id: int | Unset = UNSET
    id: int | Unset = UNSET
    item_type_id: int | Unset = UNSET
    loyalty_type: CardProgramsItemLoyaltyType | Unset = UNSET
    loyalty_type_id: int | Unset = UNSET
    rules: list[Any] | Unset = UNSET
    title: str | Unset = UNSET
    value: int | Unset = UNSET
    value_unit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"group_id": "group_id", "id": "id", "item_type_id": "item_type_id", "loyalty_type": "loyalty_type", "loyalty_type_id": "loyalty_type_id", "rules": "rules", "title": "title", "value": "value", "value_unit_id": "value_unit_id"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        group_id = self.group_id

        id = self.id

        item_type_id = self.item_type_id

        loyalty_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_type, Unset):
            loyalty_type = _types.to_json(self.loyalty_type)

        loyalty_type_id = self.loyalty_type_id

        rules: list[Any] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = self.rules

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
        if loyalty_type is not UNSET:
            field_dict["loyalty_type"] = loyalty_type
        if loyalty_type_id is not UNSET:
            field_dict["loyalty_type_id"] = loyalty_type_id
        if rules is not UNSET:
            field_dict["rules"] = rules
        if title is not UNSET:
            field_dict["title"] = title
        if value is not UNSET:
            field_dict["value"] = value
        if value_unit_id is not UNSET:
            field_dict["value_unit_id"] = value_unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        group_id = d.pop("group_id", UNSET)

        id = d.pop("id", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        _loyalty_type = d.pop("loyalty_type", UNSET)
        loyalty_type: CardProgramsItemLoyaltyType | Unset
        if isinstance(_loyalty_type, Unset):
            loyalty_type = UNSET
        else:
            loyalty_type = _types.parse_model(CardProgramsItemLoyaltyType, _loyalty_type)

        loyalty_type_id = d.pop("loyalty_type_id", UNSET)

        _rules = d.pop("rules", UNSET)
        rules: list[Any] | Unset = UNSET
        if _rules is not UNSET:
            rules = _types.parse_plain_list(_rules)

        title = d.pop("title", UNSET)

        value = d.pop("value", UNSET)

        value_unit_id = d.pop("value_unit_id", UNSET)

        _instance = cls(
            group_id,
            id,
            item_type_id,
            loyalty_type,
            loyalty_type_id,
            rules,
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
