"""openapi-python-client run in this process, on the normalised description held in memory.

The templates learn what the generator's own model does not carry (which trailing path
parameter a caller may leave out) from functions given to their environment here, each reading
the normalised description: no side file is written for them.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from spec_walk import operations, resolve

from altegio_codegen.fixes._shared import OPTIONAL_PATH_KEY


def optional_path_parameters(spec: dict[str, Any]) -> dict[str, str]:
    """operationId → the wire name of its trailing path parameter that callers may leave out."""
    optional = {}
    for _path, _method, op in operations(spec):
        for param in op.get("parameters") or []:
            p = resolve(spec, param)
            if p.get("in") == "path" and p.get(OPTIONAL_PATH_KEY) is True:
                optional[op["operationId"]] = p["name"]
    return optional


def template_globals(spec: dict[str, Any]) -> dict[str, Callable[..., Any]]:
    """What the project's templates may call, besides the generator's own globals."""
    optional = optional_path_parameters(spec)

    def optional_path_parameter(endpoint: Any) -> str:
        """The wire name of ``endpoint``'s trailing path parameter a caller may leave out, or ``""``."""
        return optional.get(str(endpoint.name), "")

    return {"optional_path_parameter": optional_path_parameter}


def generate(spec: dict[str, Any], *, config_file: Path, templates: Path, output: Path) -> list[str]:
    """Write the client package for ``spec`` into ``output``; the generator's errors and warnings, one line each."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    config = Config.from_sources(
        ConfigFile.load_from_path(path=config_file),
        MetaType.NONE,
        document_source=output.parent / "normalized.yaml",
        file_encoding="utf-8",
        overwrite=True,
        output_path=output,
    )
    data = GeneratorData.from_dict(copy.deepcopy(spec), config=config)
    if not isinstance(data, GeneratorData):
        return [_line(data)]
    project = Project(openapi=data, config=config, custom_template_path=templates)
    project.env.globals.update(template_globals(spec))
    problems: Sequence[Any] = project.build()
    return [_line(problem) for problem in problems]


def _line(error: Any) -> str:
    detail = f": {error.detail}" if getattr(error, "detail", None) else ""
    return f"{getattr(error, 'level', 'error')}: {error.header}{detail}".replace("\n", " ")
