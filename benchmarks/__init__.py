"""Benchmarks of altegio-async against raw httpx (``make bench``)."""
