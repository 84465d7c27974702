"""What a caller of the generated client sees, read from its source, and what changed between two builds.

The surface of a package is every operation's ``asyncio`` signature and ``OPERATION`` descriptor,
every model's fields (Python name, wire name, annotation, default) and every enum's members
(name → value). Two surfaces are compared class by class and operation by operation, so a change
at any depth of the description (a field eight levels down, inside a map or an array's items) is
seen where it lands: in the class that holds it. A change is breaking when code or types written
against the old client can fail against the new one:

- an operation, class, field, parameter or enum member removed, or an enum member's value changed;
- a required parameter or body field added, or a default changed;
- an answer model's field type changed other than narrowed (``str`` → ``str | None`` breaks a
  typed caller), a request model's field type changed other than widened;
- what the descriptor says goes on the wire: auth, success status, body kind, answer kind and
  shape, answer model, paging.

The source is parsed, never imported: a hostile description cannot run code here.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_NAME = re.compile(r"\b[A-Z][A-Za-z0-9_]*\b")
WIRE_FACTS = ("auth", "status", "body", "body_required", "answer", "data", "items", "model", "paging")


@dataclass(frozen=True)
class Change:
    """One difference between two builds of the client: where, what, and whether it breaks a caller."""

    where: str
    text: str
    breaking: bool

    def line(self) -> str:
        """The change as a Markdown list item."""
        mark = "**breaking** " if self.breaking else ""
        return f"- {mark}`{self.where}`: {self.text}"


@dataclass(frozen=True)
class Argument:
    """One parameter of an operation's ``asyncio`` function."""

    annotation: str
    default: str | None
    keyword_only: bool


@dataclass(frozen=True)
class Operation:
    """An operation as a caller sees it."""

    arguments: dict[str, Argument]
    returns: str
    facts: dict[str, Any]


@dataclass(frozen=True)
class ModelField:
    """One field of a generated model."""

    wire: str
    annotation: str
    default: str | None


@dataclass
class Surface:
    """A package's public surface."""

    operations: dict[str, Operation] = field(default_factory=dict)
    models: dict[str, dict[str, ModelField]] = field(default_factory=dict)
    enums: dict[str, dict[str, str]] = field(default_factory=dict)


def read_surface(package: Path) -> Surface:
    """The surface of the generated package in ``package`` (its ``api/`` and ``models/`` folders)."""
    surface = Surface()
    for path in sorted((package / "api").glob("*/*.py")):
        if path.name != "__init__.py":
            found = _operation(ast.parse(path.read_text(encoding="utf-8")))
            if found is not None:
                surface.operations[path.stem] = found
    for path in sorted((package / "models").glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                _read_class(node, surface)
    return surface


def _operation(tree: ast.Module) -> Operation | None:
    function = next((n for n in tree.body if isinstance(n, ast.AsyncFunctionDef) and n.name == "asyncio"), None)
    if function is None:
        return None
    args = function.args
    arguments: dict[str, Argument] = {}
    positional = args.posonlyargs + args.args
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    for arg, default in zip(positional, defaults, strict=True):
        if arg.arg != "client":
            arguments[arg.arg] = Argument(_text(arg.annotation), _text(default) if default else None, False)
    for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        arguments[arg.arg] = Argument(_text(arg.annotation), _text(kw_default) if kw_default else None, True)
    facts: dict[str, Any] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "OPERATION" for t in node.targets):
            facts = _call_fields(node.value)
    return Operation(arguments, _text(function.returns), facts)


def _call_fields(node: ast.expr) -> dict[str, Any]:
    """The keyword fields of ``Operation(...)``, nested ``Parameter(...)`` calls as dicts."""
    if not isinstance(node, ast.Call):
        return {}
    out: dict[str, Any] = {}
    for keyword in node.keywords:
        value = keyword.value
        if isinstance(value, ast.Tuple) and all(isinstance(e, ast.Call) for e in value.elts):
            out[str(keyword.arg)] = tuple(_freeze(_call_fields(e)) for e in value.elts)
        else:
            try:
                out[str(keyword.arg)] = ast.literal_eval(value)
            except ValueError:
                out[str(keyword.arg)] = _text(value)
    return out


def _freeze(fields: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted(fields.items()))


def _read_class(node: ast.ClassDef, surface: Surface) -> None:
    bases = {_text(b) for b in node.bases}
    if bases & {"StrEnum", "IntEnum", "Enum"}:
        members = {}
        for item in node.body:
            if isinstance(item, ast.Assign) and len(item.targets) == 1 and isinstance(item.targets[0], ast.Name):
                members[item.targets[0].id] = _text(item.value)
        surface.enums[node.name] = members
        return
    wire: dict[str, str] = {}
    fields: dict[str, tuple[str, str | None]] = {}
    for item in node.body:
        if not (isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)):
            continue
        name = item.target.id
        if name == "WIRE_NAMES" and isinstance(item.value, ast.Dict):
            wire = {
                str(ast.literal_eval(k)): str(ast.literal_eval(v))
                for k, v in zip(item.value.keys, item.value.values, strict=True)
                if k is not None
            }
            continue
        fields[name] = (_text(item.annotation), _text(item.value) if item.value is not None else None)
    surface.models[node.name] = {
        name: ModelField(wire.get(name, name), annotation, default) for name, (annotation, default) in fields.items()
    }


def _text(node: ast.AST | None) -> str:
    return "" if node is None else ast.unparse(node).replace("'", "").replace('"', "")


def union_parts(annotation: str) -> set[str]:
    """The members of a ``|`` union at the top level of an annotation (``list[A | B] | None`` → 2)."""
    parts, depth, current = set(), 0, ""
    for char in annotation:
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            parts.add(current.strip())
            current = ""
        else:
            current += char
    parts.add(current.strip())
    return {p for p in parts if p}


def _reachable(surface: Surface, roots: set[str]) -> set[str]:
    seen: set[str] = set()
    todo = [r for r in roots if r in surface.models]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for model_field in surface.models[name].values():
            todo.extend(n for n in _NAME.findall(model_field.annotation) if n in surface.models and n not in seen)
    return seen


def _sides(surface: Surface) -> tuple[set[str], set[str]]:
    """(models an answer can hold, models a request can hold)."""
    answers: set[str] = set()
    requests: set[str] = set()
    for op in surface.operations.values():
        answers |= set(_NAME.findall(op.returns))
        if op.facts.get("model"):
            answers.add(str(op.facts["model"]))
        for argument in op.arguments.values():
            requests |= set(_NAME.findall(argument.annotation))
    return _reachable(surface, answers), _reachable(surface, requests)


def compare(old: Surface, new: Surface) -> list[Change]:
    """Every difference between two surfaces, breaking ones marked."""
    changes: list[Change] = []
    for name in sorted(set(old.operations) - set(new.operations)):
        changes.append(Change(name, "operation removed", True))
    for name in sorted(set(new.operations) - set(old.operations)):
        changes.append(Change(name, "operation added", False))
    for name in sorted(set(old.operations) & set(new.operations)):
        changes += _compare_operation(name, old.operations[name], new.operations[name])
    old_answers, old_requests = _sides(old)
    for name in sorted(set(old.models) - set(new.models)):
        changes.append(Change(name, "model removed", True))
    for name in sorted(set(new.models) - set(old.models)):
        changes.append(Change(name, "model added", False))
    for name in sorted(set(old.models) & set(new.models)):
        changes += _compare_model(name, old.models[name], new.models[name], name in old_answers, name in old_requests)
    for name in sorted(set(old.enums) - set(new.enums)):
        changes.append(Change(name, "enum removed", True))
    for name in sorted(set(new.enums) - set(old.enums)):
        changes.append(Change(name, "enum added", False))
    for name in sorted(set(old.enums) & set(new.enums)):
        before, after = old.enums[name], new.enums[name]
        for member in sorted(set(before) - set(after)):
            changes.append(Change(name, f"member {member} ({before[member]}) removed", True))
        for member in sorted(set(after) - set(before)):
            changes.append(Change(name, f"member {member} ({after[member]}) added", False))
        for member in sorted(set(before) & set(after)):
            if before[member] != after[member]:
                changes.append(Change(name, f"member {member} now means {after[member]} (was {before[member]})", True))
    return changes


def _compare_operation(name: str, old: Operation, new: Operation) -> list[Change]:
    changes = []
    for arg in sorted(old.arguments.keys() - new.arguments.keys()):
        changes.append(Change(name, f"parameter `{arg}` removed", True))
    for arg in sorted(new.arguments.keys() - old.arguments.keys()):
        required = new.arguments[arg].default is None
        changes.append(Change(name, f"parameter `{arg}` added{' (required)' if required else ''}", required))
    for arg in sorted(old.arguments.keys() & new.arguments.keys()):
        before, after = old.arguments[arg], new.arguments[arg]
        if before.annotation != after.annotation:
            widened = union_parts(before.annotation) <= union_parts(after.annotation)
            text = f"parameter `{arg}` retyped {before.annotation} → {after.annotation}"
            changes.append(Change(name, text, not widened))
        if before.default != after.default:
            changes.append(Change(name, f"parameter `{arg}` default {before.default} → {after.default}", True))
        if before.keyword_only != after.keyword_only:
            changes.append(
                Change(name, f"parameter `{arg}` is now {'keyword-only' if after.keyword_only else 'positional'}", True)
            )
    old_positional = [a for a, v in old.arguments.items() if not v.keyword_only]
    new_positional = [a for a, v in new.arguments.items() if not v.keyword_only]
    if set(old_positional) == set(new_positional) and old_positional != new_positional:
        changes.append(Change(name, f"positional parameters reordered {old_positional} → {new_positional}", True))
    if old.returns != new.returns:
        narrowed = union_parts(new.returns) <= union_parts(old.returns)
        changes.append(Change(name, f"returns {new.returns} (was {old.returns})", not narrowed))
    for fact in WIRE_FACTS:
        if old.facts.get(fact) != new.facts.get(fact):
            text = f"{fact} {old.facts.get(fact)!r} → {new.facts.get(fact)!r}"
            changes.append(Change(name, text, True))
    was, now = (old.facts.get("method"), old.facts.get("path")), (new.facts.get("method"), new.facts.get("path"))
    if was != now:
        changes.append(Change(name, f"now {now[0]} {now[1]} (was {was[0]} {was[1]})", False))
    if old.facts.get("parameters") != new.facts.get("parameters"):
        wire = {dict(p)["python_name"]: dict(p) for p in old.facts.get("parameters") or ()}
        for p in (dict(p) for p in new.facts.get("parameters") or ()):
            before = wire.get(p["python_name"])
            if before is not None and (before["name"], before["location"]) != (p["name"], p["location"]):
                text = f"parameter `{p['python_name']}` sent as {p['location']} `{p['name']}`"
                changes.append(Change(name, f"{text} (was {before['location']} `{before['name']}`)", True))
    if new.facts.get("deprecated") and not old.facts.get("deprecated"):
        changes.append(Change(name, "deprecated", False))
    return changes


def _compare_model(
    name: str, old: dict[str, ModelField], new: dict[str, ModelField], answer: bool, request: bool
) -> list[Change]:
    changes = []
    for item in sorted(old.keys() - new.keys()):
        changes.append(Change(name, f"field `{old[item].wire}` removed", True))
    for item in sorted(new.keys() - old.keys()):
        required = new[item].default is None and item != "additional_properties"
        changes.append(Change(name, f"field `{new[item].wire}` added{' (required)' if required else ''}", required))
    for item in sorted(old.keys() & new.keys()):
        before, after = old[item], new[item]
        if before.wire != after.wire:
            changes.append(
                Change(name, f"field `{item}` is now `{after.wire}` on the wire (was `{before.wire}`)", True)
            )
        if before.annotation != after.annotation:
            old_parts, new_parts = union_parts(before.annotation), union_parts(after.annotation)
            harmless = (not answer or new_parts <= old_parts) and (not request or old_parts <= new_parts)
            text = f"field `{before.wire}` retyped {before.annotation} → {after.annotation}"
            changes.append(Change(name, text, not harmless))
        if before.default != after.default:
            changes.append(Change(name, f"field `{before.wire}` default {before.default} → {after.default}", True))
    return changes


def report(changes: list[Change], title: str) -> str:
    """The Markdown report: a heading, breaking changes first, then the rest, then counts."""
    breaking = [c for c in changes if c.breaking]
    lines = [f"### {title}", ""]
    if not changes:
        lines.append("No change to the client's surface.")
    lines += [c.line() for c in breaking] + [c.line() for c in changes if not c.breaking]
    lines += ["", f"{len(changes)} change(s), {len(breaking)} breaking."]
    return "\n".join(lines) + "\n"
