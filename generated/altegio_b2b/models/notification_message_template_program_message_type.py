from enum import StrEnum


class NotificationMessageTemplateProgramMessageType(StrEnum):
    LOYALTY_CARD_CASHBACK = "loyalty_card_cashback"
    LOYALTY_CARD_CASHBACK_CANCELLED = "loyalty_card_cashback_cancelled"
    LOYALTY_CARD_CREATED = "loyalty_card_created"
    LOYALTY_CARD_INCOME = "loyalty_card_income"
    LOYALTY_CARD_MANUAL = "loyalty_card_manual"
    LOYALTY_CARD_MANUAL_WITHDRAW = "loyalty_card_manual_withdraw"
    LOYALTY_CARD_WITHDRAW = "loyalty_card_withdraw"
    LOYALTY_CASHBACK_CHANGED = "loyalty_cashback_changed"
    LOYALTY_CASHBACK_EXPIRATION = "loyalty_cashback_expiration"
    LOYALTY_DISCOUNT_CHANGED = "loyalty_discount_changed"
    LOYALTY_DISCOUNT_DECREASED = "loyalty_discount_decreased"
    LOYALTY_DISCOUNT_EXPIRATION = "loyalty_discount_expiration"
    LOYALTY_DISCOUNT_INCREASED = "loyalty_discount_increased"
    LOYALTY_SETTINGS_ABONEMENT_NOTIFICATION = "loyalty_settings_abonement_notification"
    LOYALTY_WITHDRAW_CANCELLED = "loyalty_withdraw_cancelled"

    @classmethod
    def _missing_(cls, value: object) -> "NotificationMessageTemplateProgramMessageType | None":
        # A value added to the API after this client was generated: keep it as a new member.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
