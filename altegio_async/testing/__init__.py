"""The embedded mock Altegio server (install the ``[mock]`` extra): ``MockAltegio`` and its fault knobs.

What stripe-mock is to Stripe: a local Altegio B2B API v1 with no credentials, usable
in-process (``MockAltegio().transport()``) or on a port (``altegio-async mock serve``).
"""

from .._extras import missing_extra

if (_hint := missing_extra("mock")) is not None:
    raise ModuleNotFoundError(f"altegio_async.testing: {_hint}")

from .faults import Faults
from .server import (
    MOCK_BASE_URL,
    MOCK_LOGIN,
    MOCK_PARTNER_TOKEN,
    MOCK_PASSWORD,
    MOCK_USER_TOKEN,
    MockAltegio,
)

__all__ = [
    "MOCK_BASE_URL",
    "MOCK_LOGIN",
    "MOCK_PARTNER_TOKEN",
    "MOCK_PASSWORD",
    "MOCK_USER_TOKEN",
    "Faults",
    "MockAltegio",
]
