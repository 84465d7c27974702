from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_programs_item import CardProgramsItem
    from ..models.card_salon_group import CardSalonGroup
    from ..models.card_type_field import CardTypeField

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, CardProgramsItem, CardSalonGroup, CardTypeField
    from ..models.card_programs_item import CardProgramsItem  # noqa: PLC0415
    from ..models.card_salon_group import CardSalonGroup  # noqa: PLC0415
    from ..models.card_type_field import CardTypeField  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="Card")


@_attrs_define
class Card:
    """Get a list of customer cards

    Attributes:
        balance (float | Unset): Loyalty card balance
        id (int | Unset): Loyalty card ID
        number (str | Unset): Card number
        paid_amount (float | Unset): Amount Paid
        points (int | Unset):
        programs (list[CardProgramsItem] | Unset): An array with information about promotions linked to a loyalty card
        salon_group (CardSalonGroup | Unset): An object that contains the "id" and "title" fields: the identifier of the
            chain where the card type was created and the name of this chain
        salon_group_id (int | Unset): ID of the chain where the card was created
        sold_amount (float | Unset): Amount "Sold"
        type_ (CardTypeField | Unset): An object that contains the "id" and "title" fields: card type identifier and
            card type name, respectively
        type_id (int | Unset): Loyalty card type identifier
        visits_count (int | Unset): Number of visits
    """

    balance: float | Unset = UNSET
    id: int | Unset = UNSET
    number: str | Unset = UNSET
    paid_amount: float | Unset = UNSET
    points: int | Unset = UNSET
    programs: list[CardProgramsItem] | Unset = UNSET
    salon_group: CardSalonGroup | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    sold_amount: float | Unset = UNSET
    type_: CardTypeField | Unset = UNSET
    type_id: int | Unset = UNSET
    visits_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"balance": "balance", "id": "id", "number": "number", "paid_amount": "paid_amount", "points": "points", "programs": "programs", "salon_group": "salon_group", "salon_group_id": "salon_group_id", "sold_amount": "sold_amount", "type_": "type", "type_id": "type_id", "visits_count": "visits_count"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        balance = self.balance

        id = self.id

        number = self.number

        paid_amount = self.paid_amount

        points = self.points

        programs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.programs, Unset):
            programs = _types.to_json(self.programs)

        salon_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salon_group, Unset):
            salon_group = _types.to_json(self.salon_group)

        salon_group_id = self.salon_group_id

        sold_amount = self.sold_amount

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = _types.to_json(self.type_)

        type_id = self.type_id

        visits_count = self.visits_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance is not UNSET:
            field_dict["balance"] = balance
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if paid_amount is not UNSET:
            field_dict["paid_amount"] = paid_amount
        if points is not UNSET:
            field_dict["points"] = points
        if programs is not UNSET:
            field_dict["programs"] = programs
        if salon_group is not UNSET:
            field_dict["salon_group"] = salon_group
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if sold_amount is not UNSET:
            field_dict["sold_amount"] = sold_amount
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if visits_count is not UNSET:
            field_dict["visits_count"] = visits_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        balance = d.pop("balance", UNSET)

        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        paid_amount = d.pop("paid_amount", UNSET)

        points = d.pop("points", UNSET)

        _programs = d.pop("programs", UNSET)
        programs: list[CardProgramsItem] | Unset = UNSET
        if _programs is not UNSET:
            programs = _types.parse_model_list(CardProgramsItem, _programs)

        _salon_group = d.pop("salon_group", UNSET)
        salon_group: CardSalonGroup | Unset
        if isinstance(_salon_group, Unset):
            salon_group = UNSET
        else:
            salon_group = _types.parse_model(CardSalonGroup, _salon_group)

        salon_group_id = d.pop("salon_group_id", UNSET)

        sold_amount = d.pop("sold_amount", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CardTypeField | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _types.parse_model(CardTypeField, _type_)

        type_id = d.pop("type_id", UNSET)

        visits_count = d.pop("visits_count", UNSET)

        _instance = cls(
            balance,
            id,
            number,
            paid_amount,
            points,
            programs,
            salon_group,
            salon_group_id,
            sold_amount,
            type_,
            type_id,
            visits_count,
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
