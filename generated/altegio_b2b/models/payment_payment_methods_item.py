from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_payment_methods_item_account import PaymentPaymentMethodsItemAccount

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, PaymentPaymentMethodsItemAccount
    from ..models.payment_payment_methods_item_account import PaymentPaymentMethodsItemAccount  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="PaymentPaymentMethodsItem")


@_attrs_define
class PaymentPaymentMethodsItem:
    """
    Attributes:
        account (PaymentPaymentMethodsItemAccount | Unset): Location account
        account_id (int | Unset): Checkout ID (depends on slug)
        applicable_amount (float | Unset): Possible amount accepted for payment
        applicable_count (int | Unset): Possible number of visits (in case of membership)
        applicable_value (float | Unset): Applicable bonus (in the case of a loyalty program)
        is_applicable (bool | Unset): Is it possible to use this method
        slug (str | Unset): Payment method type
    """

    account: PaymentPaymentMethodsItemAccount | Unset = UNSET
    account_id: int | Unset = UNSET
    applicable_amount: float | Unset = UNSET
    applicable_count: int | Unset = UNSET
    applicable_value: float | Unset = UNSET
    is_applicable: bool | Unset = UNSET
    slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"account": "account", "account_id": "account_id", "applicable_amount": "applicable_amount", "applicable_count": "applicable_count", "applicable_value": "applicable_value", "is_applicable": "is_applicable", "slug": "slug"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = _types.to_json(self.account)

        account_id = self.account_id

        applicable_amount = self.applicable_amount

        applicable_count = self.applicable_count

        applicable_value = self.applicable_value

        is_applicable = self.is_applicable

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if applicable_amount is not UNSET:
            field_dict["applicable_amount"] = applicable_amount
        if applicable_count is not UNSET:
            field_dict["applicable_count"] = applicable_count
        if applicable_value is not UNSET:
            field_dict["applicable_value"] = applicable_value
        if is_applicable is not UNSET:
            field_dict["is_applicable"] = is_applicable
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: PaymentPaymentMethodsItemAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = _types.parse_model(PaymentPaymentMethodsItemAccount, _account)

        account_id = d.pop("account_id", UNSET)

        applicable_amount = d.pop("applicable_amount", UNSET)

        applicable_count = d.pop("applicable_count", UNSET)

        applicable_value = d.pop("applicable_value", UNSET)

        is_applicable = d.pop("is_applicable", UNSET)

        slug = d.pop("slug", UNSET)

        _instance = cls(
            account,
            account_id,
            applicable_amount,
            applicable_count,
            applicable_value,
            is_applicable,
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
