from enum import IntEnum


class ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId(IntEnum):
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
    VALUE_4 = 4

    @classmethod
    def _missing_(cls, value: object) -> "ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId | None":
        # A value added to the API after this client was generated: keep it as a new member.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
