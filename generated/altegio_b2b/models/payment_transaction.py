from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_transaction_kkm_state import PaymentTransactionKkmState
    from ..models.payment_transaction_payment_methods_item import PaymentTransactionPaymentMethodsItem
    from ..models.payment_transaction_state import PaymentTransactionState

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, PaymentTransactionKkmState, PaymentTransactionPaymentMethodsItem, PaymentTransactionState
    from ..models.payment_transaction_kkm_state import PaymentTransactionKkmState  # noqa: PLC0415
    from ..models.payment_transaction_payment_methods_item import PaymentTransactionPaymentMethodsItem  # noqa: PLC0415
    from ..models.payment_transaction_state import PaymentTransactionState  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="PaymentTransaction")


@_attrs_define
class PaymentTransaction:
    """Object with data

    Attributes:
        kkm_state (PaymentTransactionKkmState | Unset):
        payment_methods (list[PaymentTransactionPaymentMethodsItem] | Unset):
        state (PaymentTransactionState | Unset):
    """

    kkm_state: PaymentTransactionKkmState | Unset = UNSET
    payment_methods: list[PaymentTransactionPaymentMethodsItem] | Unset = UNSET
    state: PaymentTransactionState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"kkm_state": "kkm_state", "payment_methods": "payment_methods", "state": "state"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        kkm_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kkm_state, Unset):
            kkm_state = _types.to_json(self.kkm_state)

        payment_methods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_methods, Unset):
            payment_methods = _types.to_json(self.payment_methods)

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = _types.to_json(self.state)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kkm_state is not UNSET:
            field_dict["kkm_state"] = kkm_state
        if payment_methods is not UNSET:
            field_dict["payment_methods"] = payment_methods
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _kkm_state = d.pop("kkm_state", UNSET)
        kkm_state: PaymentTransactionKkmState | Unset
        if isinstance(_kkm_state, Unset):
            kkm_state = UNSET
        else:
            kkm_state = _types.parse_model(PaymentTransactionKkmState, _kkm_state)

        _payment_methods = d.pop("payment_methods", UNSET)
        payment_methods: list[PaymentTransactionPaymentMethodsItem] | Unset = UNSET
        if _payment_methods is not UNSET:
            payment_methods = _types.parse_model_list(PaymentTransactionPaymentMethodsItem, _payment_methods)

        _state = d.pop("state", UNSET)
        state: PaymentTransactionState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = _types.parse_model(PaymentTransactionState, _state)

        _instance = cls(
            kkm_state,
            payment_methods,
            state,
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
