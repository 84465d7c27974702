"""The public surface of a generated package, read from its source (no import needed).

Two packages named ``altegio_b2b`` cannot be imported into one interpreter, so comparisons
between a freshly generated package and the committed one read the source with ``ast``.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class OperationSurface:
    """What a caller of one generated operation depends on."""

    module: str
    urls: tuple[str, ...]
    arguments: str
    returns: str


def package_surface(package: Path) -> dict[str, OperationSurface]:
    """Operation name → its surface, for every module of ``package/api``."""
    found = {}
    for path in sorted((package / "api").glob("*/*.py")):
        if path.name == "__init__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = {node.name: node for node in tree.body if isinstance(node, ast.AsyncFunctionDef | ast.FunctionDef)}
        raw = functions["asyncio"]
        urls = tuple(
            node.value
            for node in ast.walk(functions["build_request"])
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("/")
        )
        returns = raw.returns
        found[path.stem] = OperationSurface(
            module=f"{path.parent.name}.{path.stem}",
            urls=urls,
            arguments=ast.unparse(raw.args),
            returns=ast.unparse(returns) if returns is not None else "",
        )
    return found


def model_names(package: Path) -> set[str]:
    """The class names ``altegio_b2b.models`` exports."""
    tree = ast.parse((package / "models" / "__init__.py").read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            names.update(alias.asname or alias.name for alias in node.names)
    return names
