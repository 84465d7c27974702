from enum import IntEnum


class PositionQuickServicesBindingType(IntEnum):
    VALUE_0 = 0
    VALUE_2 = 2

    @classmethod
    def _missing_(cls, value: object) -> "PositionQuickServicesBindingType | None":
        # A value added to the API after this client was generated: keep it as a new member.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
