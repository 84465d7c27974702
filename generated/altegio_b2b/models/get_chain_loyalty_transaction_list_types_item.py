from enum import StrEnum


class GetChainLoyaltyTransactionListTypesItem(StrEnum):
    VALUE_1 = "1"
    VALUE_10 = "10"
    VALUE_11 = "11"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"
    VALUE_5 = "5"
    VALUE_6 = "6"
    VALUE_7 = "7"
    VALUE_8 = "8"
    VALUE_9 = "9"

    @classmethod
    def _missing_(cls, value: object) -> "GetChainLoyaltyTransactionListTypesItem | None":
        # A value added to the API after this client was generated: keep it as a new member.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
