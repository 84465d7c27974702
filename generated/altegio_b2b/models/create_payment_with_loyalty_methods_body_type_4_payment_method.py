from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePaymentWithLoyaltyMethodsBodyType4PaymentMethod")


@_attrs_define
class CreatePaymentWithLoyaltyMethodsBodyType4PaymentMethod:
    """Payment method

    Attributes:
        loyalty_program_id (int | Unset): Loyalty program ID
        slug (str | Unset): Payment method type
    """

    loyalty_program_id: int | Unset = UNSET
    slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"loyalty_program_id": "loyalty_program_id", "slug": "slug"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        loyalty_program_id = self.loyalty_program_id

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if loyalty_program_id is not UNSET:
            field_dict["loyalty_program_id"] = loyalty_program_id
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        loyalty_program_id = d.pop("loyalty_program_id", UNSET)

        slug = d.pop("slug", UNSET)

        _instance = cls(
            loyalty_program_id,
            slug,
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
