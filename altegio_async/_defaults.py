"""Defaults shared by modules that must not import each other (the client imports httpx lazily)."""

DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
"""The largest answer body read by default, counted after decompression (64 MiB)."""
