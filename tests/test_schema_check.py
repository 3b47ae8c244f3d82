"""The local server checks request bodies against the spec's JSON schemas (no I/O)."""

from __future__ import annotations

from poe_sdk.testing._schema_check import SchemaProblem, schema_problem

CHAT = "CreateChatCompletionRequest"
HELLO = [{"role": "user", "content": "hi"}]


def test_a_body_the_spec_accepts_has_no_problem() -> None:
    assert schema_problem(CHAT, {"model": "m", "messages": HELLO}) is None
    assert schema_problem("CreateResponseRequest", {"model": "m", "input": "hi"}) is None


def test_a_missing_required_parameter_is_named() -> None:
    assert schema_problem(CHAT, {"messages": HELLO}) == SchemaProblem(
        "model", "Field required", missing=True
    )


def test_a_value_out_of_range_names_its_parameter_and_the_rule() -> None:
    problem = schema_problem(CHAT, {"model": "m", "messages": HELLO, "temperature": 9})
    assert problem is not None
    assert (problem.param, problem.missing) == ("temperature", False)
    assert "2" in problem.rule  # the spec's maximum


def test_a_nested_problem_is_named_by_its_path() -> None:
    problem = schema_problem(CHAT, {"model": "m", "messages": []})
    assert problem is not None and problem.param == "messages"
    problem = schema_problem(
        CHAT, {"model": "m", "messages": HELLO, "stream_options": {"include_usage": "yes"}}
    )
    assert problem is not None and problem.param == "stream_options.include_usage"
