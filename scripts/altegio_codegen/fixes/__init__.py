"""The normaliser's fixes, one per module: ``fix(spec) -> list[str]`` (one report line per change).

Each edits the description in place and is idempotent; ``normalize_spec.FIXES`` runs them in order.
"""
