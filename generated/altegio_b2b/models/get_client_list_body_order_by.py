from enum import StrEnum


class GetClientListBodyOrderBy(StrEnum):
    DISCOUNT = "discount"
    EMAIL = "email"
    FIRST_VISIT_DATE = "first_visit_date"
    ID = "id"
    LAST_VISIT_DATE = "last_visit_date"
    NAME = "name"
    PHONE = "phone"
    SOLD_AMOUNT = "sold_amount"
    VISITS_COUNT = "visits_count"

    @classmethod
    def _missing_(cls, value: object) -> "GetClientListBodyOrderBy | None":
        # A value added to the API after this client was generated: keep it as a new member.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
