"""Reading and writing OpenAPI descriptions as YAML or JSON, the same way every time."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml


class _Dumper(yaml.SafeDumper):
    """A YAML dumper that never emits anchors, so the file reads as plain data."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)


MAX_ALIASES = 100
"""YAML aliases a description may use; a bundle needs none, and a few nested ones can expand to
gigabytes when the document is walked (the "billion laughs")."""

MAX_DEPTH = 100
"""Levels of nesting a description may have (Altegio's deepest schema has about 30)."""

MAX_NODES = 5_000_000
"""Values a description may expand to, aliases followed (Altegio's catalog import has about 200,000)."""


class SpecError(ValueError):
    """A description refused before any work is done on it (one line, naming why)."""


def load_spec(path: Path) -> dict[str, Any]:
    """Load an OpenAPI description from a ``.json``, ``.yaml`` or ``.yml`` file.

    Bounded for untrusted input: more than ``MAX_ALIASES`` YAML aliases or ``MAX_DEPTH`` levels
    of nesting is a ``SpecError`` (a one-line message), never minutes of work or a RecursionError.
    """
    text = path.read_text(encoding="utf-8")
    loader = yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader
    try:
        if path.suffix == ".json":
            data = json.loads(text)
        else:
            aliases = sum(1 for event in yaml.parse(text, Loader=loader) if isinstance(event, yaml.AliasEvent))
            if aliases > MAX_ALIASES:
                raise SpecError(f"{path}: {aliases} YAML aliases (at most {MAX_ALIASES}): refused as an alias bomb")
            data = yaml.load(text, Loader=loader)
    except RecursionError:
        raise SpecError(f"{path}: nested more than {MAX_DEPTH} levels deep") from None
    except (ValueError, yaml.YAMLError) as exc:
        if isinstance(exc, SpecError):
            raise
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SpecError(f"{path}: not valid {'JSON' if path.suffix == '.json' else 'YAML'}: {first}") from None
    if not isinstance(data, dict):
        raise SpecError(f"{path}: an OpenAPI description must be a mapping, got {type(data).__name__}")
    _check_depth(path, data)
    return data


def _check_depth(path: Path, data: Any) -> None:
    """SpecError when ``data`` nests deeper than ``MAX_DEPTH`` or expands past ``MAX_NODES``.

    YAML aliases make one node appear in many places; each shared node is measured once, so a
    document built to expand to billions of nodes is refused in milliseconds.
    """
    measured: dict[int, tuple[int, int]] = {}  # id(node) -> (expanded size, height)

    def measure(node: Any, depth: int) -> tuple[int, int]:
        known = measured.get(id(node))
        if known is None:
            children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
            size, height = 1, 0
            for child in children:
                if depth + 1 > MAX_DEPTH:
                    raise SpecError(f"{path}: nested more than {MAX_DEPTH} levels deep")
                child_size, child_height = measure(child, depth + 1)
                size, height = size + child_size, max(height, child_height + 1)
            known = (size, height)
            if isinstance(node, (dict, list)):
                measured[id(node)] = known
        if depth + known[1] > MAX_DEPTH:
            raise SpecError(f"{path}: nested more than {MAX_DEPTH} levels deep")
        if known[0] > MAX_NODES:
            raise SpecError(
                f"{path}: expands to more than {MAX_NODES} values through YAML aliases: refused as an alias bomb"
            )
        return known

    measure(data, 1)


def dump_spec(spec: dict[str, Any], path: Path) -> None:
    """Write ``spec`` as YAML (or JSON for a ``.json`` path), keys in the order given."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".json":
        path.write_text(json.dumps(spec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    text = yaml.dump(spec, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    path.write_text(text, encoding="utf-8")
