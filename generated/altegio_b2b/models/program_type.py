from enum import StrEnum


class ProgramType(StrEnum):
    CASHBACK_ACCUMULATIVE_PAID = "cashback_accumulative_paid"
    CASHBACK_ACCUMULATIVE_PAID_VISITS = "cashback_accumulative_paid_visits"
    CASHBACK_ACCUMULATIVE_SOLD = "cashback_accumulative_sold"
    CASHBACK_ACCUMULATIVE_SOLD_VISITS = "cashback_accumulative_sold_visits"
    CASHBACK_PAID_VISITS = "cashback_paid_visits"
    CASHBACK_SOLD_VISITS = "cashback_sold_visits"
    CASHBACK_STATIC_PAID = "cashback_static_paid"
    CASHBACK_STATIC_SOLD = "cashback_static_sold"
    DISCOUNT_ACCUMULATIVE_PAID = "discount_accumulative_paid"
    DISCOUNT_ACCUMULATIVE_SOLD = "discount_accumulative_sold"
    DISCOUNT_ACCUMULATIVE_VISITS = "discount_accumulative_visits"
    DISCOUNT_STATIC = "discount_static"
    PACKAGE_DISCOUNT = "package_discount"

    @classmethod
    def _missing_(cls, value: object) -> "ProgramType | None":
        # A value added to the API after this client was generated: keep it as a new member.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
