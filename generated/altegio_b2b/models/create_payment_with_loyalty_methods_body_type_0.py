from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_payment_with_loyalty_methods_body_type_0_payment import (
        CreatePaymentWithLoyaltyMethodsBodyType0Payment,
    )

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, CreatePaymentWithLoyaltyMethodsBodyType0Payment
    from ..models.create_payment_with_loyalty_methods_body_type_0_payment import (
        CreatePaymentWithLoyaltyMethodsBodyType0Payment,  # noqa: PLC0415
    )

    _LAZY_READY = True


T = TypeVar("T", bound="CreatePaymentWithLoyaltyMethodsBodyType0")


@_attrs_define
class CreatePaymentWithLoyaltyMethodsBodyType0:
    """Payment at the checkout

    Attributes:
        payment (CreatePaymentWithLoyaltyMethodsBodyType0Payment | Unset): Object containing the payment method
    """

    payment: CreatePaymentWithLoyaltyMethodsBodyType0Payment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"payment": "payment"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = _types.to_json(self.payment)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment is not UNSET:
            field_dict["payment"] = payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _payment = d.pop("payment", UNSET)
        payment: CreatePaymentWithLoyaltyMethodsBodyType0Payment | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = _types.parse_model(CreatePaymentWithLoyaltyMethodsBodyType0Payment, _payment)

        _instance = cls(
            payment,
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
