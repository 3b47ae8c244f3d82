"""Documents we did not write: every problem reported in one run by its JSON pointer, and
what published documents write beside the letter of OpenAPI read with a warning."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from codegen.errors import GenerationError
from fixture_docs import REPO, Doc, document, generate, json_reply, post, ref

THING: Doc = {
    "type": "object",
    "required": ["id"],
    "properties": {"id": {"type": "string"}, "size": {"type": "integer"}},
}


def things(**schemas: Doc) -> Doc:
    return document(
        {"/things": {"post": post(ref("Thing"), ref("Thing"))}}, {"Thing": THING, **schemas}
    )


def test_every_unsupported_construct_is_reported_in_one_run(tmp_path: Path) -> None:
    doc = things(
        A={"type": "object", "properties": {"x": {"not": {"type": "string"}}}},
        B={"type": "array", "prefixItems": [{"type": "string"}]},
    )
    doc["paths"]["/things"]["post"]["callbacks"] = {}
    with pytest.raises(GenerationError) as info:
        generate(tmp_path, doc)
    message = str(info.value)
    assert message.startswith("3 problems:")
    assert (
        "/components/schemas/A/properties/x/not: the keyword 'not' is not supported; describe"
        in message
    )
    assert (
        "/components/schemas/B/prefixItems: the keyword 'prefixItems' is not supported; use items"
        in message
    )
    assert "/paths/~1things/post/callbacks: callbacks are not supported; remove them" in message


def test_validator_complaints_name_their_place_and_stay_short(tmp_path: Path) -> None:
    doc = things()
    doc["info"]["title"] = 7
    doc["paths"]["/things"]["post"]["operationId"] = [1]
    with pytest.raises(GenerationError) as info:
        generate(tmp_path, doc)
    lines = str(info.value).splitlines()
    assert "  /info/title: 7 is not of type 'string'" in lines
    assert "  /paths/~1things/post/operationId: [1] is not of type 'string'" in lines
    assert all(len(line) < 200 for line in lines)


@pytest.mark.parametrize(
    ("schema", "warning", "model_text"),
    [
        (
            {"type": "object", "required": ["a", "a"], "properties": {"a": {"type": "string"}}},
            "/components/schemas/Extra/required: a listed twice: read once",
            "    a: str\n",
        ),
        (
            {
                "type": "object",
                "properties": {"r": {"type": "number", "minimum": 0, "exclusiveMinimum": True}},
            },
            "/components/schemas/Extra/properties/r/exclusiveMinimum: true (OpenAPI 3.0) read as"
            " exclusiveMinimum: 0",
            "Field(gt=0)",
        ),
        (
            {"type": "object", "properties": {"n": {"type": "string", "nullable": True}}},
            "/components/schemas/Extra/properties/n/nullable: OpenAPI 3.0 keyword read as"
            ' type: [..., "null"]',
            "    n: str | None = None\n",
        ),
        (
            {"type": "object", "properties": {"o": {"type": "string", "optional": True}}},
            "/components/schemas/Extra/properties/o/optional: 'optional' is no JSON Schema"
            " keyword: ignored",
            "    o: str | None = None\n",
        ),
        (
            {
                "$recursiveAnchor": True,
                "type": "object",
                "properties": {"children": {"type": "array", "items": {"$recursiveRef": "#"}}},
            },
            "/components/schemas/Extra/properties/children/items/$recursiveRef: read as $ref: "
            "'#/components/schemas/Extra'",
            "    children: list[Extra] | None = None\n",
        ),
    ],
    ids=[
        "duplicate-required",
        "boolean-exclusive-minimum",
        "nullable-in-3.1",
        "unknown-keyword",
        "recursive-ref",
    ],
)
def test_what_published_documents_get_wrong_is_read_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], schema: Doc, warning: str, model_text: str
) -> None:
    doc = things(Extra=schema)
    doc["paths"]["/extras"] = {"post": post(ref("Extra"), ref("Thing"), "createExtra")}
    models = generate(tmp_path, doc)["models.py"]
    assert f"warning: {warning}" in capsys.readouterr().err
    assert model_text in models


def test_nullable_in_openapi_3_0_is_read_without_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = things(N={"type": "object", "properties": {"n": {"type": "integer", "nullable": True}}})
    doc["openapi"] = "3.0.3"
    doc["paths"]["/ns"] = {"get": {"operationId": "getN", "responses": json_reply(ref("N"))}}
    models = generate(tmp_path, doc)["models.py"]
    assert "    n: int | None = None\n" in models
    assert capsys.readouterr().err == ""


def test_clashing_method_names_get_distinct_argument_classes(tmp_path: Path) -> None:
    doc = things()
    doc["paths"]["/things/{thing_id}"] = {  # POST and PUT on an item: both "update"
        "post": post(ref("Thing"), ref("Thing"), "modifyThing"),
        "put": post(ref("Thing"), ref("Thing"), "replaceThing"),
        "parameters": [
            {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}
        ],
    }
    resources = generate(tmp_path, doc)["resources.py"]
    assert "class ThingsModifyThingArgs(" in resources
    assert "class ThingsReplaceThingArgs(" in resources
    assert "def modify_thing(" in resources
    assert "def replace_thing(" in resources
    assert "def create(" in resources  # POST /things keeps its derived name


def test_explicit_method_names_that_clash_name_both_operations(tmp_path: Path) -> None:
    doc = things()
    doc["paths"]["/things"]["post"]["x-sdk-method"] = "make"
    doc["paths"]["/things"]["put"] = post(
        ref("Thing"), ref("Thing"), "putThing", **{"x-sdk-method": "make"}
    )
    with pytest.raises(GenerationError) as info:
        generate(tmp_path, doc)
    assert str(info.value) == (
        "x-sdk-method 'make' is used twice in things: /paths/~1things/put (PUT /things) and"
        " /paths/~1things/post (POST /things)"
    )


def test_two_operations_reaching_the_same_url_are_reported(tmp_path: Path) -> None:
    doc = things()
    param = {"in": "path", "required": True, "schema": {"type": "string"}}
    for name in ("a", "b"):
        doc["paths"][f"/things/{{{name}}}"] = {
            "get": {**post(ref("Thing"), ref("Thing"), f"get{name}"), "requestBody": None},
            "parameters": [{"name": name, **param}],
        }
        del doc["paths"][f"/things/{{{name}}}"]["get"]["requestBody"]
    with pytest.raises(GenerationError) as info:
        generate(tmp_path, doc)
    assert (
        "/paths/~1things~1{b}/get: GET /things/{b} reaches the same URLs as"
        " /paths/~1things~1{a}/get; keep one of them"
    ) in str(info.value)


def test_a_query_in_a_path_key_is_compared_and_sent_as_parsed(tmp_path: Path) -> None:
    doc = things()
    doc["paths"]["/things?flag"] = {"post": post(ref("Thing"), ref("Thing"), "createFlag")}
    doc["paths"]["/things?flag="] = {"post": post(ref("Thing"), ref("Thing"), "createFlag2")}
    doc["paths"]["/things?a=1&a=2"] = {"post": post(ref("Thing"), ref("Thing"), "createTwice")}
    with pytest.raises(GenerationError) as info:
        generate(tmp_path, doc)
    assert "POST /things?flag= reaches the same URLs as /paths/~1things?flag/post" in str(
        info.value
    )
    assert "a key repeated in the path's query (a=1&a=2) is not supported" in str(info.value)


def test_a_fixed_query_value_is_the_default_of_a_declared_parameter(tmp_path: Path) -> None:
    doc = things()
    beta = {"name": "beta", "in": "query", "schema": {"type": "string"}}
    operation = {**post(ref("Thing"), ref("Thing"), "createBeta"), "parameters": [beta]}
    doc["paths"]["/things?beta=true"] = {"post": operation}
    resources = generate(tmp_path, doc)["resources.py"]
    assert 'Parameter("beta", "query", default="true"),' in resources
    assert resources.count('Parameter("beta"') == 1


def test_a_query_in_a_path_key_makes_another_operation(tmp_path: Path) -> None:
    doc = things()
    doc["paths"]["/things?beta=true"] = {"post": post(ref("Thing"), ref("Thing"), "createBeta")}
    resources = generate(tmp_path, doc)["resources.py"]
    assert 'path="/things",' in resources
    assert 'Parameter("beta", "query", default="true"),' in resources
    assert "def create(" in resources  # the operation without the query keeps its name
    assert "def create_beta(" in resources


def test_a_second_root_server_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = things()
    doc["servers"].append({"url": "https://eu.example.com/v1"})
    generate(tmp_path, doc)
    assert "warning: /servers/1: only the first server is used ('https://eu.example.com/v1')" in (
        capsys.readouterr().err
    )


def test_a_long_or_odd_spec_file_name_keeps_the_generated_code_lint_clean(tmp_path: Path) -> None:
    spec = tmp_path / ('a-very-long-published-openapi-document-name-"quoted".yaml')
    spec.write_text(json.dumps(things()))
    out = tmp_path / "_generated"
    command = [
        sys.executable,
        str(REPO / "codegen" / "generate.py"),
        "--spec",
        str(spec),
        "--out",
        str(out),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [f"generated 5 files in {out}"]  # nothing else is printed
    assert (
        '"""The operations of the OpenAPI document, grouped by resource'
        in (out / "resources.py").read_text()
    )


def test_exactly_one_of_rules_are_read_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ref_param = {
        "type": "object",
        "properties": {"url": {"type": "string"}, "file_id": {"type": "string"}},
        "anyOf": [{"required": ["url"]}, {"required": ["file_id"]}],
        "not": {"required": ["url", "file_id"]},
    }
    doc = things(ImageRef=ref_param)
    doc["paths"]["/images"] = {"post": post(ref("ImageRef"), ref("Thing"), "createImage")}
    models = generate(tmp_path, doc)["models.py"]
    err = capsys.readouterr().err
    assert "/components/schemas/ImageRef/anyOf: which properties must be present" in err
    assert "/components/schemas/ImageRef/not: which properties must be present" in err
    assert "class ImageRef(RequestModel):" in models


def test_a_typed_dict_name_taken_by_a_schema_gets_another(tmp_path: Path) -> None:
    doc = things(ThingParam={"type": "object", "properties": {"x": {"type": "string"}}})
    doc["paths"]["/params"] = {"post": post(ref("ThingParam"), ref("Thing"), "createParam")}
    params = generate(tmp_path, doc)["params.py"]
    assert "class ThingParamDict(TypedDict, total=False):" in params
    assert "class ThingParamParam(TypedDict, total=False):" in params


def test_allof_with_a_union_member_is_distributed(tmp_path: Path) -> None:
    doc = things(
        A={"type": "object", "properties": {"a": {"type": "string"}}},
        B={"type": "object", "properties": {"b": {"type": "integer"}}},
        Either={
            "allOf": [
                {"anyOf": [ref("A"), ref("B")]},
                {"type": "object", "properties": {"lane": {"type": "string"}}},
            ]
        },
    )
    doc["paths"]["/eithers"] = {
        "get": {"operationId": "getEither", "responses": json_reply(ref("Either"))}
    }
    models = generate(tmp_path, doc)["models.py"]
    assert "Either: TypeAlias = EitherOption0 | EitherOption1" in models
    assert "class EitherOption0(ResponseModel):\n" in models
    option = models.split("class EitherOption1(ResponseModel):")[1].split("\n\n\n")[0]
    assert "b: int | None = None" in option
    assert "lane: str | None = None" in option


def test_what_an_allof_member_says_beyond_its_properties_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = things(
        Base={"type": "object", "deprecated": True, "properties": {"a": {"type": "string"}}},
        Both={
            "allOf": [
                ref("Base"),
                {
                    "type": "object",
                    "properties": {"b": {"type": "integer"}},
                    "propertyNames": {"pattern": "^[a-z]+$"},
                    "x-sdk-mixin": "Shown",
                    "x-vendor-note": "other tools' extensions are theirs",
                    "description": "its own documentation",
                },
            ]
        },
    )
    reply = json_reply(ref("Both"))
    doc["paths"]["/boths"] = {"get": {"operationId": "getBoth", "responses": reply}}
    models = generate(tmp_path, doc)["models.py"]
    err = capsys.readouterr().err
    both = "/components/schemas/Both/allOf"
    assert f"{both}/0/deprecated: not carried into the schema allOf merges it into" in err
    assert f"{both}/1/x-sdk-mixin: not carried" in err
    assert f"{both}/1/propertyNames: property names are not validated" in err
    assert "x-vendor-note" not in err and "its own documentation" not in err
    assert "class Both(ResponseModel):" in models

    doc["components"]["schemas"]["Both"]["allOf"][1]["patternProperties"] = {"^x": {}}
    with pytest.raises(GenerationError) as info:
        generate(tmp_path, doc)
    assert (
        f"{both}/1/patternProperties: the keyword 'patternProperties' of an allOf member is not"
        " supported; use additionalProperties"
    ) in str(info.value)
