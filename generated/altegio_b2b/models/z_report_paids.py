from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.z_report_paids_accounts_item import ZReportPaidsAccountsItem
    from ..models.z_report_paids_discount_item import ZReportPaidsDiscountItem
    from ..models.z_report_paids_total import ZReportPaidsTotal

_LAZY_READY = False


def _load_lazy() -> None:
    """Import the models this one refers to, once: they refer back, so not when this module loads."""
    global _LAZY_READY, ZReportPaidsAccountsItem, ZReportPaidsDiscountItem, ZReportPaidsTotal
    from ..models.z_report_paids_accounts_item import ZReportPaidsAccountsItem  # noqa: PLC0415
    from ..models.z_report_paids_discount_item import ZReportPaidsDiscountItem  # noqa: PLC0415
    from ..models.z_report_paids_total import ZReportPaidsTotal  # noqa: PLC0415

    _LAZY_READY = True


T = TypeVar("T", bound="ZReportPaids")


@_attrs_define
class ZReportPaids:
    """Payments

    Attributes:
        accounts (list[ZReportPaidsAccountsItem] | Unset): Payments at the box office
        discount (list[ZReportPaidsDiscountItem] | Unset): Payment by discount and loyalty
        total (ZReportPaidsTotal | Unset): Outcome
    """

    accounts: list[ZReportPaidsAccountsItem] | Unset = UNSET
    discount: list[ZReportPaidsDiscountItem] | Unset = UNSET
    total: ZReportPaidsTotal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"accounts": "accounts", "discount": "discount", "total": "total"}  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_READY:
            _load_lazy()
        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = _types.to_json(self.accounts)

        discount: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = _types.to_json(self.discount)

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = _types.to_json(self.total)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if discount is not UNSET:
            field_dict["discount"] = discount
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LAZY_READY:
            _load_lazy()
        d = dict(src_dict)
        _accounts = d.pop("accounts", UNSET)
        accounts: list[ZReportPaidsAccountsItem] | Unset = UNSET
        if _accounts is not UNSET:
            accounts = _types.parse_model_list(ZReportPaidsAccountsItem, _accounts)

        _discount = d.pop("discount", UNSET)
        discount: list[ZReportPaidsDiscountItem] | Unset = UNSET
        if _discount is not UNSET:
            discount = _types.parse_model_list(ZReportPaidsDiscountItem, _discount)

        _total = d.pop("total", UNSET)
        total: ZReportPaidsTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = _types.parse_model(ZReportPaidsTotal, _total)

        _instance = cls(
            accounts,
            discount,
            total,
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
