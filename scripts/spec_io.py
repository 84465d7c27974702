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


def load_spec(path: Path) -> dict[str, Any]:
    """Load an OpenAPI description from a ``.json``, ``.yaml`` or ``.yml`` file."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        data = json.loads(text)
    else:
        data = yaml.load(text, Loader=yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: an OpenAPI description must be a mapping, got {type(data).__name__}")
    return data


def dump_spec(spec: dict[str, Any], path: Path) -> None:
    """Write ``spec`` as YAML (or JSON for a ``.json`` path), keys in the order given."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".json":
        path.write_text(json.dumps(spec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    text = yaml.dump(spec, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    path.write_text(text, encoding="utf-8")
