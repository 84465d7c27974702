from enum import StrEnum


class GetClientListBodyFieldsItem(StrEnum):
    DEPOSIT_BALANCE = "deposit_balance"
    DISCOUNT = "discount"
    EMAIL = "email"
    FIRST_VISIT_DATE = "first_visit_date"
    ID = "id"
    LAST_VISIT_DATE = "last_visit_date"
    NAME = "name"
    PATRONYMIC = "patronymic"
    PHONE = "phone"
    RESERVED_DEPOSIT_BALANCE = "reserved_deposit_balance"
    SOLD_AMOUNT = "sold_amount"
    SURNAME = "surname"
    TIPS_COUNT = "tips_count"
    VISITS_COUNT = "visits_count"

    @classmethod
    def _missing_(cls, value: object) -> "GetClientListBodyFieldsItem | None":
        # A value added to the API after this client was generated: keep it as a new member.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
