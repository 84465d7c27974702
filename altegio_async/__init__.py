"""altegio-async: the asyncio client for the Altegio Business Management (B2B) API v1.

The raw generated client lives in ``altegio_b2b`` (one module per operation); this package
is the hand-written facade over it.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
