from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_payment_with_loyalty_methods_body_type_6_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType6PaymentMethod,
    )

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, CreatePaymentWithLoyaltyMethodsBodyType6PaymentMethod
    from ..models.create_payment_with_loyalty_methods_body_type_6_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType6PaymentMethod,  # noqa: PLC0415
    )

    _LAZY_READY = True


T = TypeVar("T", bound="CreatePaymentWithLoyaltyMethodsBodyType6Payment")


@_attrs_define
class CreatePaymentWithLoyaltyMethodsBodyType6Payment:
    """Object containing the payment method

    Attributes:
        method (CreatePaymentWithLoyaltyMethodsBodyType6PaymentMethod | Unset): Payment method
    """

    method: CreatePaymentWithLoyaltyMethodsBodyType6PaymentMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"method": "method"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = _types.to_json(self.method)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _method = d.pop("method", UNSET)
        method: CreatePaymentWithLoyaltyMethodsBodyType6PaymentMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = _types.parse_model(CreatePaymentWithLoyaltyMethodsBodyType6PaymentMethod, _method)

        _instance = cls(
            method,
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
