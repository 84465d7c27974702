"""What several fixes share."""

ENVELOPE_KEY = "x-altegio-envelope"
"""Marks a success answer that arrives in the envelope (its schema describes the data)."""

Report = list[str]
