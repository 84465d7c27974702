"""The regeneration gate: every change a caller can feel is reported, classified, and stops a plain run.

A small description in the importer's form is evolved the ways upstream evolves (nullable added,
an enum value inserted or removed, a field retyped deep down or inside a map, a header, the
security, the content type, the status, a default changed) and each evolution is generated and
compared with the base by the same code the pipeline's gate runs.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import write_operation_index
from altegio_codegen.generator import generate
from altegio_codegen.surface import Change, Surface, compare, read_surface
from normalize_spec import normalize

ROOT = Path(__file__).resolve().parents[2]


def _envelope(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "description": "OK",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["success", "data"],
                    "properties": {
                        "success": {"type": "boolean"},
                        "data": data,
                        "meta": {"type": "array", "items": {}},
                    },
                }
            }
        },
    }


def _deep(levels: int) -> dict[str, Any]:
    node: dict[str, Any] = {"type": "object", "properties": {"leaf": {"type": "string"}}}
    for level in range(levels, 0, -1):
        node = {"type": "object", "properties": {f"l{level}": node}}
    return node


def base() -> dict[str, Any]:
    thing = {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "name": {"type": "string"},
            "status": {"type": "string", "enum": ["1", "2", "3"]},
            "tags": {"type": "array", "items": {"type": "string", "enum": ["red", "blue"]}},
            "extra": {
                "type": "object",
                "additionalProperties": {"type": "object", "properties": {"v": {"type": "string"}}},
            },
            "deep": _deep(7),
            "owner": {"type": "object", "properties": {"first": {"type": "string"}}},
        },
    }
    location = {"name": "location_id", "in": "path", "required": True, "schema": {"type": "integer"}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Altegio B2B", "version": "1"},
        "servers": [{"url": "https://api.alteg.io/api/v1"}],
        "paths": {
            "/things/{location_id}": {
                "get": {
                    "operationId": "get_things",
                    "summary": "Get things",
                    "tags": ["Things"],
                    "security": [{"BearerPartner": []}],
                    "parameters": [
                        location,
                        {"name": "page", "in": "query", "schema": {"type": "integer", "default": 1}},
                    ],
                    "responses": {"200": _envelope(copy.deepcopy(thing))},
                },
                "post": {
                    "operationId": "create_thing",
                    "summary": "Create a thing",
                    "tags": ["Things"],
                    "security": [{"BearerPartner": []}],
                    "parameters": [location],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["name"],
                                    "properties": {
                                        "name": {"type": "string"},
                                        "kind": {"type": "string", "enum": ["a", "b"]},
                                        "note": {"type": "string", "default": "x"},
                                    },
                                }
                            }
                        },
                    },
                    "responses": {"200": _envelope({"type": "object", "properties": {"id": {"type": "integer"}}})},
                },
            }
        },
        "components": {
            "securitySchemes": {
                "BearerPartner": {"type": "http", "scheme": "bearer"},
                "BearerPartnerUser": {"type": "http", "scheme": "bearer"},
            }
        },
    }


def surface_of(spec: dict[str, Any], folder: Path) -> Surface:
    spec = copy.deepcopy(spec)
    normalize(spec)
    folder.mkdir(parents=True, exist_ok=True)
    problems = generate(
        spec, config_file=ROOT / "openapi" / "config.yaml", templates=ROOT / "openapi" / "templates",
        output=folder / "altegio_b2b",
    )  # fmt: skip
    assert problems == []
    write_operation_index.write(spec, folder / "altegio_b2b")
    return read_surface(folder / "altegio_b2b")


@pytest.fixture(scope="module")
def base_surface(tmp_path_factory: pytest.TempPathFactory) -> Surface:
    return surface_of(base(), tmp_path_factory.mktemp("base"))


@pytest.fixture
def changes_after(base_surface: Surface, tmp_path: Path) -> Callable[[Callable[[dict[str, Any]], None]], list[Change]]:
    def run(edit: Callable[[dict[str, Any]], None]) -> list[Change]:
        spec = base()
        edit(spec)
        return compare(base_surface, surface_of(spec, tmp_path / "new"))

    return run


def _get(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"]["/things/{location_id}"]["get"]


def _post(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"]["/things/{location_id}"]["post"]


def _thing(spec: dict[str, Any]) -> dict[str, Any]:
    return _get(spec)["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["data"]


def _body(spec: dict[str, Any]) -> dict[str, Any]:
    return _post(spec)["requestBody"]["content"]["application/json"]["schema"]


def _nullable_name(spec: dict[str, Any]) -> None:
    _thing(spec)["properties"]["name"]["type"] = ["string", "null"]


def _nullable_owner(spec: dict[str, Any]) -> None:
    owner = _thing(spec)["properties"]["owner"]
    _thing(spec)["properties"]["owner"] = {"anyOf": [owner, {"type": "null"}]}


def _tag_removed(spec: dict[str, Any]) -> None:
    _thing(spec)["properties"]["tags"]["items"]["enum"] = ["red"]


def _header_added(spec: dict[str, Any]) -> None:
    _get(spec)["parameters"].append(
        {"name": "X-Tenant", "in": "header", "required": True, "schema": {"type": "string"}}
    )


def _deep_retyped(spec: dict[str, Any]) -> None:
    node = _thing(spec)["properties"]["deep"]
    for level in range(1, 8):
        node = node["properties"][f"l{level}"]
    node["properties"]["leaf"] = {"type": "integer"}


def _map_retyped(spec: dict[str, Any]) -> None:
    _thing(spec)["properties"]["extra"]["additionalProperties"]["properties"]["v"] = {"type": "integer"}


def _security(spec: dict[str, Any]) -> None:
    _get(spec)["security"] = [{"BearerPartnerUser": []}]


def _multipart(spec: dict[str, Any]) -> None:
    content = _post(spec)["requestBody"]["content"]
    content["multipart/form-data"] = content.pop("application/json")


def _status(spec: dict[str, Any]) -> None:
    responses = _post(spec)["responses"]
    responses["201"] = responses.pop("200")


def _query_default(spec: dict[str, Any]) -> None:
    _get(spec)["parameters"][1]["schema"]["default"] = 2


def _body_default(spec: dict[str, Any]) -> None:
    _body(spec)["properties"]["note"]["default"] = "y"


def _required_body_field(spec: dict[str, Any]) -> None:
    _body(spec)["properties"]["size"] = {"type": "integer"}
    _body(spec)["required"] = ["name", "size"]


BREAKING = {
    "nullable added to an answer field": _nullable_name,
    "a nested answer object made nullable": _nullable_owner,
    "an enum value removed inside array items": _tag_removed,
    "a required header added": _header_added,
    "a field retyped eight levels deep": _deep_retyped,
    "a field retyped inside a map": _map_retyped,
    "the security scheme changed": _security,
    "the body's content type changed": _multipart,
    "the success status changed": _status,
    "a query default changed": _query_default,
    "a body default changed": _body_default,
    "a required body field added": _required_body_field,
}


@pytest.mark.parametrize("evolution", BREAKING, ids=list(BREAKING))
def test_a_change_a_caller_feels_is_reported_breaking(changes_after: Any, evolution: str) -> None:
    changes = changes_after(BREAKING[evolution])
    assert any(c.breaking for c in changes), f"{evolution}: {changes}"


def _description_only(spec: dict[str, Any]) -> None:
    _get(spec)["summary"] = "List the things"
    _thing(spec)["properties"]["name"]["description"] = "What the thing is called"


def _optional_answer_field(spec: dict[str, Any]) -> None:
    _thing(spec)["properties"]["colour"] = {"type": "string"}


def _optional_query(spec: dict[str, Any]) -> None:
    _get(spec)["parameters"].append({"name": "search", "in": "query", "schema": {"type": "string"}})


def _digit_value_first(spec: dict[str, Any]) -> None:
    _thing(spec)["properties"]["status"]["enum"] = ["0", "1", "2", "3"]


def _body_widened(spec: dict[str, Any]) -> None:
    _body(spec)["properties"]["name"]["type"] = ["string", "null"]


HARMLESS = {
    "only descriptions changed": _description_only,
    "an optional answer field added": _optional_answer_field,
    "an optional query parameter added": _optional_query,
    "a digit enum value inserted first": _digit_value_first,
    "a request field now also takes null": _body_widened,
}


@pytest.mark.parametrize("evolution", HARMLESS, ids=list(HARMLESS))
def test_a_harmless_change_is_not_called_breaking(changes_after: Any, evolution: str) -> None:
    changes = changes_after(HARMLESS[evolution])
    assert not [c for c in changes if c.breaking], f"{evolution}: {changes}"


def test_descriptions_alone_change_nothing(changes_after: Any) -> None:
    assert changes_after(_description_only) == []


def test_an_inserted_digit_value_renames_no_member(changes_after: Any) -> None:
    changes = changes_after(_digit_value_first)
    assert [c.text for c in changes] == ["member VALUE_0 (0) added"]


@functools.cache
def _names(values: tuple[str, ...]) -> list[str]:
    from altegio_codegen.fixes.enum_names import name_enum_members

    spec = {"components": {"schemas": {"E": {"type": "string", "enum": list(values)}}}}
    name_enum_members(spec)
    return list(spec["components"]["schemas"]["E"]["x-enum-varnames"])


def test_enum_member_names_depend_on_the_value_alone() -> None:
    assert _names(("4", "-1", "in-progress", "", "Ünïcode")) == [
        "VALUE_4",
        "VALUE_NEGATIVE_1",
        "IN_PROGRESS",
        "EMPTY",
        "UNICODE",
    ]
    assert _names(("b", "a"))[::-1] == _names(("a", "b"))
    colliding = _names(("a-b", "a_b"))
    assert len(set(colliding)) == 2 and all(n.startswith("A_B_") for n in colliding)
    assert _names(("a_b", "a-b")) == colliding[::-1]


def _ids(spec: dict[str, Any]) -> dict[tuple[str, str], str]:
    from altegio_codegen.fixes.operation_ids import unique_operation_ids

    unique_operation_ids(spec)
    return {(m, p): op["operationId"] for p, item in spec["paths"].items() for m, op in item.items()}


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("import", "get_import"),
        ("class", "get_class"),
        ("list", "get_list"),
        ("Über-Liste", "uber_liste"),
        ("получить_записи", "get_things_location_id"),
        ("", "get_things_location_id"),
        ("2fa", "op_2fa"),
    ],
)
def test_operation_ids_become_safe_meaningful_names(given: str, expected: str) -> None:
    spec = base()
    _get(spec)["operationId"] = given
    assert _ids(spec)[("get", "/things/{location_id}")] == expected


def test_colliding_operation_ids_do_not_depend_on_document_order() -> None:
    first = base()
    _post(first)["operationId"] = "get_things"
    second = base()
    _post(second)["operationId"] = "get_things"
    item = second["paths"]["/things/{location_id}"]
    second["paths"]["/things/{location_id}"] = {"post": item["post"], "get": item["get"]}
    names = _ids(first)
    assert names == _ids(second)
    assert sorted(names.values()) == ["get_things_get", "get_things_post"]


def test_a_keyword_operation_id_generates_a_client(tmp_path: Path) -> None:
    spec = base()
    _get(spec)["operationId"] = "import"
    assert sorted(surface_of(spec, tmp_path).operations) == ["create_thing", "get_import"]


def test_a_field_shared_by_operations_has_one_type_whatever_their_order() -> None:
    from altegio_codegen.fixes.answer_models import merge_schemas

    date = {"type": "string", "format": "date"}
    text = {"type": "string", "description": "Day"}
    assert merge_schemas(date, text)["format"] == merge_schemas(text, date)["format"] == "date"
    both = merge_schemas({"type": "string", "format": "date"}, {"type": "string", "format": "date-time"})
    assert "format" not in both
    one_enum = merge_schemas({"type": "string", "enum": ["a"]}, {"type": "string"})
    assert "enum" not in one_enum and "enum" not in merge_schemas({"type": "string"}, {"type": "string", "enum": ["a"]})
    assert set(merge_schemas({"type": "string", "enum": ["a"]}, {"type": "string", "enum": ["b"]})["enum"]) == {
        "a",
        "b",
    }


def test_unrelated_objects_under_one_resource_name_are_separate_models() -> None:
    spec = base()
    finance = {"type": "object", "properties": {"id": {"type": "integer"}, "amount": {"type": "number"}}}
    loyalty = {"type": "object", "properties": {"card_id": {"type": "integer"}, "program_id": {"type": "integer"}}}
    for path, data in (
        ("/transactions/{location_id}", finance),
        ("/chain/{location_id}/loyalty/transactions", loyalty),
    ):
        op = copy.deepcopy(_get(spec))
        op["operationId"] = "list_" + path.split("/")[-1] + str(len(path))
        op["responses"] = {"200": _envelope({"type": "array", "items": data})}
        spec["paths"][path] = {"get": op}
    normalize(spec)
    schemas = spec["components"]["schemas"]
    assert set(schemas["Transaction"]["properties"]) == {"id", "amount"}
    assert set(schemas["LoyaltyTransaction"]["properties"]) == {"card_id", "program_id"}


def test_an_override_stays_applied_when_another_operation_shares_the_model() -> None:
    from altegio_codegen.fixes.overrides import apply_overrides

    spec = base()
    twin = copy.deepcopy(_get(spec))
    twin["operationId"] = "get_things_again"
    spec["paths"]["/things/{location_id}/{thing_id}"] = {"get": twin}
    twin["parameters"] = [
        *twin["parameters"],
        {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "integer"}},
    ]
    twin_thing = twin["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["data"]
    twin_thing["properties"]["name"] = {"type": "integer"}  # the other operation documents it wrongly
    entry = {"operation": "get_things", "property": "name", "in": "answer", "schema": {"type": "string"}, "reason": "t"}
    for order in (False, True):
        copy_spec = copy.deepcopy(spec)
        if order:  # the wrong one first in the document
            paths = copy_spec["paths"]
            copy_spec["paths"] = {k: paths[k] for k in reversed(list(paths))}
        apply_overrides(copy_spec, [entry])
        normalize(copy_spec)
        name = copy_spec["components"]["schemas"]["Thing"]["properties"]["name"]
        assert name.get("type") == "string" and "anyOf" not in name, name


@pytest.mark.parametrize("default", ['a "quoted" word', "back\\slash", "it's", "two\nlines"])
def test_a_string_default_the_generator_cannot_spell_is_left_to_the_server(tmp_path: Path, default: str) -> None:
    spec = base()
    _body(spec)["properties"]["note"]["default"] = default
    package = tmp_path / "out"
    surface_of(spec, package)
    source = (package / "altegio_b2b" / "models" / "create_thing_body.py").read_text(encoding="utf-8")
    assert "note: str | Unset = UNSET" in source  # not a mangled copy of the default


def test_a_plain_string_default_is_kept_as_written(tmp_path: Path) -> None:
    spec = base()
    _body(spec)["properties"]["note"]["default"] = "plain words, 100% fine"
    surface_of(spec, tmp_path / "out")
    source = (tmp_path / "out" / "altegio_b2b" / "models" / "create_thing_body.py").read_text(encoding="utf-8")
    assert (
        "note: str | Unset = 'plain words, 100% fine'" in source
        or 'note: str | Unset = "plain words, 100% fine"' in source
    )
