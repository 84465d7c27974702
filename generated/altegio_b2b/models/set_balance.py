from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_balance_balance_container import SetBalanceBalanceContainer

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, SetBalanceBalanceContainer
    from ..models.set_balance_balance_container import SetBalanceBalanceContainer  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="SetBalance")


@_attrs_define
class SetBalance:
    """
    Attributes:
        balance_container (SetBalanceBalanceContainer | Unset): Updated balance details
        id (int | Unset):
        united_balance_services_count (int | Unset):
    """

    balance_container: SetBalanceBalanceContainer | Unset = UNSET
    id: int | Unset = UNSET
    united_balance_services_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"balance_container": "balance_container", "id": "id", "united_balance_services_count": "united_balance_services_count"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        balance_container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_container, Unset):
            balance_container = _types.to_json(self.balance_container)

        id = self.id

        united_balance_services_count = self.united_balance_services_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance_container is not UNSET:
            field_dict["balance_container"] = balance_container
        if id is not UNSET:
            field_dict["id"] = id
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _balance_container = d.pop("balance_container", UNSET)
        balance_container: SetBalanceBalanceContainer | Unset
        if isinstance(_balance_container, Unset):
            balance_container = UNSET
        else:
            balance_container = _types.parse_model(SetBalanceBalanceContainer, _balance_container)

        id = d.pop("id", UNSET)

        united_balance_services_count = d.pop("united_balance_services_count", UNSET)

        _instance = cls(
            balance_container,
            id,
            united_balance_services_count,
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
