"""Normaliser fixes for wire fidelity: what Altegio reads and writes, beyond what its description says.

Each fix has the normaliser's shape, ``fix(spec) -> list[str]`` (one report line per change),
and is idempotent. They run from ``normalize_spec.FIXES``:

- ``apply_overrides``: known mistakes of the description, from ``openapi/overrides.yaml``;
- ``optional_path_parameters``: a trailing path parameter its description calls optional
  (``GET /company/{location_id}/services/{service_id}`` lists every service without it);
- ``date_parameters``: parameters named or described as dates but typed as numbers;
- ``optional_bodies``: a request body with no required property may be left out;
- ``datetime_spellings``: each date and date-time gets an ``example`` in the spelling its
  documentation uses, which the templates read to spell ``datetime`` objects on the way out.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from answer_shapes import SHAPES, reshape_answer
from spec_io import load_spec
from spec_walk import all_schemas, contents, label, operations, resolve, types_of

OVERRIDES_PATH = Path(__file__).resolve().parent.parent / "openapi" / "overrides.yaml"
OPTIONAL_PATH_KEY = "x-altegio-optional"
SPELLING_EXAMPLES = {
    "iso": "2026-09-21T23:00:00+00:00",
    "ymd_his": "2026-09-21 23:00:00",
    "date": "2026-09-21",
}
_YMD_HIS = re.compile(r"Y-m-d H:i|yyyy-mm-dd hh:mm|YYYY-MM-DD HH:MM", re.IGNORECASE)
_ISO = re.compile(r"ISO[ -]?8601|RFC ?3339", re.IGNORECASE)
_DATE_NAME = re.compile(r"(^|_)date(_|$)")
_DATE_DESCRIPTION = re.compile(r"^\W*(\w+ )?date in (iso ?8601|Y-m-d|yyyy-mm-dd)", re.IGNORECASE)

Report = list[str]


# -- overrides ----------------------------------------------------------------------------------


def load_overrides(path: Path = OVERRIDES_PATH) -> list[dict[str, Any]]:
    """The entries of the overrides file (none when it does not exist); each must give a reason."""
    if not path.is_file():
        return []
    data = load_spec(path)
    entries = data.get("overrides") or []
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or not entry.get("operation") or not entry.get("reason"):
            raise ValueError(f"{path}: entry {i} needs at least 'operation' and 'reason'")
        if sum(key in entry for key in ("parameter", "property", "answer")) != 1:
            raise ValueError(f"{path}: entry {i} names exactly one of 'parameter', 'property' or 'answer'")
        if "answer" in entry and (not isinstance(entry["answer"], dict) or entry["answer"].get("shape") not in SHAPES):
            raise ValueError(f"{path}: entry {i}: answer needs shape, one of {', '.join(SHAPES)}")
    return list(entries)


def apply_overrides(spec: dict[str, Any], entries: list[dict[str, Any]] | None = None) -> Report:
    """Apply each override: a parameter's fields, or a body/answer property's schema, replaced.

    An entry names an ``operation`` (operationId) and a ``parameter`` (its fields in
    ``set``, e.g. ``required``, ``schema``), an ``answer`` (``shape``: the whole success data is
    ``item``, ``list`` or ``item-or-list``; see ``answer_shapes``) or a ``property`` (every property of that name in
    the operation's request body, ``in: body``, or success answer, ``in: answer``, gets
    ``schema``). An entry whose target is not in the description is skipped and reported.
    """
    entries = load_overrides() if entries is None else entries
    by_id = {op.get("operationId"): (path, method, op) for path, method, op in operations(spec)}
    report = []
    for entry in entries:
        target = by_id.get(entry["operation"])
        if target is None:
            continue  # stale_overrides() names it
        path, method, op = target
        where = f"{label(path, method)} ({entry['operation']})"
        if "parameter" in entry:
            changed = _override_parameter(spec, op, entry)
            what = f"parameter {entry['parameter']}"
        elif "answer" in entry:
            changed = reshape_answer(spec, op, entry["answer"]["shape"])
            what = f"answer shape ({entry['answer']['shape']})"
        else:
            changed = _override_property(spec, op, entry)
            what = f"{entry.get('in', 'body')} property {entry['property']}"
        if changed:
            report.append(f"{where}: {what} overridden: {entry['reason']}")
    return report


def stale_overrides(spec: dict[str, Any], entries: list[dict[str, Any]] | None = None) -> list[str]:
    """The overrides whose operation, parameter or property the description no longer has."""
    entries = load_overrides() if entries is None else entries
    by_id = {op.get("operationId"): op for _path, _method, op in operations(spec)}
    stale = []
    for entry in entries:
        op = by_id.get(entry["operation"])
        probe = copy.deepcopy(op) if op is not None else None
        if probe is None:
            found = None
        elif "parameter" in entry:
            found = _override_parameter(spec, probe, entry)
        elif "answer" in entry:
            found = reshape_answer(spec, probe, entry["answer"]["shape"])
        else:
            found = _override_property(spec, probe, entry)
        if found is None:
            target = entry.get("parameter") or entry.get("property") or "success data"
            stale.append(f"override not applied, {entry['operation']} has no {target}: {entry['reason']}")
    return stale


def _override_parameter(spec: dict[str, Any], op: dict[str, Any], entry: dict[str, Any]) -> bool | None:
    for param in op.get("parameters") or []:
        p = resolve(spec, param)
        if p.get("name") == entry["parameter"]:
            wanted = entry.get("set") or {}
            if all(p.get(k) == v for k, v in wanted.items()):
                return False
            p.update(copy.deepcopy(wanted))
            return True
    return None


def _override_property(spec: dict[str, Any], op: dict[str, Any], entry: dict[str, Any]) -> bool | None:
    """Replace the named property of the body, or of the object(s) the success answer's data is."""
    roots: list[Any] = []
    if entry.get("in", "body") == "body":
        roots = [media.get("schema") for _ct, media in contents(resolve(spec, op.get("requestBody")))]
    else:
        for status, response in (op.get("responses") or {}).items():
            if str(status).startswith("2"):
                for _ct, media in contents(resolve(spec, response)):
                    answer = resolve(spec, media.get("schema"))
                    props = answer.get("properties") if isinstance(answer, dict) else None
                    is_envelope = isinstance(props, dict) and "success" in props and "data" in props
                    roots.append(props["data"] if is_envelope else answer)
    found: bool | None = None
    for node in (n for root in roots for n in _data_objects(spec, root)):
        props = node.get("properties")
        if isinstance(props, dict) and entry["property"] in props:
            current = resolve(spec, props[entry["property"]])
            description = current.get("description") if isinstance(current, dict) else None
            replacement = {
                **copy.deepcopy(entry.get("schema") or {}),
                **({"description": description} if description else {}),
            }
            found = found or False
            if props[entry["property"]] != replacement:
                props[entry["property"]] = replacement
                found = True
    return found


def _data_objects(spec: dict[str, Any], schema: Any) -> list[dict[str, Any]]:
    """The objects a body or answer's data is: itself, its union variants, its list items."""
    node = resolve(spec, schema)
    if not isinstance(node, dict):
        return []
    out = [node] if isinstance(node.get("properties"), dict) else []
    for key in ("anyOf", "oneOf"):
        for variant in node.get(key) or []:
            out.extend(_data_objects(spec, variant))
    if isinstance(node.get("items"), dict):
        out.extend(_data_objects(spec, node["items"]))
    return out


# -- parameters and bodies ----------------------------------------------------------------------


def optional_path_parameters(spec: dict[str, Any]) -> Report:
    """Mark a trailing path parameter as optional where the description says so.

    The parameter stays ``required`` for the generator (OpenAPI requires path parameters);
    ``x-altegio-optional: true`` tells the templates to let callers leave it out, and then the
    request goes to the path without its last segment.
    """
    report = []
    for path, method, op in operations(spec):
        segments = path.rstrip("/").split("/")
        last = segments[-1]
        if not (last.startswith("{") and last.endswith("}")):
            continue
        name = last[1:-1]
        for param in op.get("parameters") or []:
            p = resolve(spec, param)
            if p.get("in") != "path" or p.get("name") != name or p.get(OPTIONAL_PATH_KEY) is True:
                continue
            if _says_optional(name, p.get("description"), op.get("description"), op.get("summary")):
                p[OPTIONAL_PATH_KEY] = True
                report.append(f"{label(path, method)}: trailing path parameter {name} is optional")
    return report


def _says_optional(name: str, own: Any, *texts: Any) -> bool:
    own_text = str(own or "")
    if re.search(r"\boptional\b|if you need to work with a specific", own_text, re.IGNORECASE):
        return True
    listed = re.compile(rf"[+*-]\s*{re.escape(name)}\s*(:\s*\S+\s*)?\(\s*optional", re.IGNORECASE)
    return any(listed.search(str(text or "")) for text in texts)


def date_parameters(spec: dict[str, Any]) -> Report:
    """Type as dates the parameters whose name or description says date but whose type is a number."""
    report = []
    for path, method, op in operations(spec):
        for param in op.get("parameters") or []:
            p = resolve(spec, param)
            schema = p.get("schema")
            if not isinstance(schema, dict) or not {"number", "integer"} & set(types_of(schema)):
                continue
            name, description = str(p.get("name", "")), str(p.get("description") or "")
            if _DATE_NAME.search(name) or _DATE_DESCRIPTION.search(description):
                nullable = "null" in types_of(schema)
                p["schema"] = {"type": ["string", "null"] if nullable else "string", "format": "date"}
                report.append(f"{label(path, method)}: {p.get('in')} parameter {name} typed as a date, not a number")
    return report


def optional_bodies(spec: dict[str, Any]) -> Report:
    """A JSON request body whose schema requires no property may be left out (no body is sent)."""
    report = []
    for path, method, op in operations(spec):
        body = resolve(spec, op.get("requestBody"))
        if not isinstance(body, dict) or body.get("required") is not True:
            continue
        schemas = [resolve(spec, media.get("schema")) for content_type, media in contents(body)]
        if schemas and all(isinstance(s, dict) and "object" in types_of(s) and not s.get("required") for s in schemas):
            body["required"] = False
            report.append(f"{label(path, method)}: request body requires no field, so it is optional")
    return report


# -- date spellings -----------------------------------------------------------------------------


def spelling_of(description: Any) -> str:
    """The spelling a date-time's documentation asks for: ``ymd_his`` or ``iso`` (the default)."""
    text = str(description or "")
    if _YMD_HIS.search(text):
        return "ymd_his"
    return "iso"


def datetime_spellings(spec: dict[str, Any]) -> Report:
    """Give every date and date-time schema an ``example`` in its documented spelling.

    An example already present (the upstream bundle has them) is kept: it is the spelling.
    The templates read the example's shape: ``2026-09-21 23:00:00`` → ``Y-m-d H:i:s``,
    anything else → ISO 8601; dates are always ``Y-m-d``.
    """
    report = []
    for where, schema in list(all_schemas(spec)):
        variants = [v for key in ("anyOf", "oneOf") for v in schema.get(key) or [] if isinstance(v, dict)]
        for node, description in [
            (schema, schema.get("description")),
            *((v, schema.get("description")) for v in variants),
        ]:
            fmt = node.get("format")
            if fmt not in ("date", "date-time") or "example" in node:
                continue
            spelling = "date" if fmt == "date" else spelling_of(node.get("description") or description)
            node["example"] = SPELLING_EXAMPLES[spelling]
            documented = "documented" if _ISO.search(str(node.get("description") or description or "")) else "default"
            report.append(f"{where}: {fmt} spelled {spelling} ({documented if spelling == 'iso' else 'documented'})")
    return report
