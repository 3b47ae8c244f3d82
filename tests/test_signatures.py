"""What ``help()``, Jupyter and IDEs that introspect show for the generated methods and the
clients (issue 26 item 1), and the error of a misspelled keyword (issue 26 item 5)."""

from __future__ import annotations

import inspect
import pydoc
import re
from collections.abc import Iterator

import pytest

from poe_sdk import NOT_GIVEN, AsyncPoeClient, PoeClient
from poe_sdk._client_options import ClientOptions
from poe_sdk._generated import resources
from poe_sdk._request.operation import ModelCallOptions
from poe_sdk.lib._resources import (
    AsyncChatCompletionsHelpers,
    ChatCompletionsHelpers,
    describe_helpers,
)
from support import API_KEY, BASE_URL, USER_MESSAGES


def help_text(obj: object) -> str:
    """What ``help(obj)`` prints, with a signature on one line (Python 3.13's pydoc puts each
    argument of a long one on its own line)."""
    doc = pydoc.render_doc(obj, renderer=pydoc.plaintext)
    return re.sub(r"([(,])\n\s+", lambda m: "(" if m.group(1) == "(" else ", ", doc)


def methods(root: object) -> Iterator[tuple[str, object]]:
    """Every generated method below a client, by dotted name (raw-response twins too)."""
    for name in ("chat", "responses", "models", "usage"):
        yield from _below(getattr(root, name), name)


def _below(node: object, path: str) -> Iterator[tuple[str, object]]:
    for name in dir(node):
        if name.startswith("_"):
            continue
        value = getattr(node, name)
        generated = getattr(value, "__module__", None) == resources.__name__
        if generated and not callable(value):  # a resource, or its raw or streaming twin
            yield from _below(value, f"{path}.{name}")
        elif generated:  # not the hand-written helpers of poe_sdk.lib
            yield f"{path}.{name}", value


@pytest.fixture(params=[AsyncPoeClient, PoeClient])
def client(request: pytest.FixtureRequest) -> Iterator[AsyncPoeClient | PoeClient]:
    made = request.param(api_key=API_KEY, base_url=BASE_URL)
    yield made
    if isinstance(made, PoeClient):
        made.close()


def test_create_shows_every_argument_with_its_type_and_default(
    client: AsyncPoeClient | PoeClient,
) -> None:
    signature = inspect.signature(client.chat.completions.create)
    parameters = signature.parameters
    assert list(parameters)[:3] == ["model", "messages", "stream"]
    assert parameters["model"].default is inspect.Parameter.empty
    assert parameters["model"].annotation == "str"
    assert parameters["temperature"].annotation == "float | None"
    assert parameters["temperature"].default is NOT_GIVEN
    assert parameters["temperature"].kind is inspect.Parameter.KEYWORD_ONLY
    assert list(parameters)[-8:] == [
        "extra_headers",
        "extra_query",
        "extra_body",
        "timeout",
        "max_retries",
        "total_timeout",
        "stream_idle_timeout",
        "fallback_models",
    ]
    assert "**kwargs" not in str(signature)


def test_every_generated_method_lists_the_keys_of_its_arguments(
    client: AsyncPoeClient | PoeClient,
) -> None:
    found = dict(methods(client))
    assert "chat.completions.create" in found
    assert "usage.with_raw_response.points_history" in found
    assert "chat.completions.with_streaming_response.create" in found
    for name, method in found.items():
        plain = name.replace("with_raw_response.", "").replace("with_streaming_response.", "")
        stem = "".join(part.title() for part in plain.split("."))
        stem = stem.replace("_", "")
        args = next(
            cls
            for cls_name, cls in vars(resources).items()
            if cls_name.replace("_", "").lower() == f"{stem}Args".lower()
        )
        shown = set(inspect.signature(method).parameters)  # type: ignore[arg-type]
        assert set(args.__annotations__) <= shown, name
        doc = pydoc.render_doc(method, renderer=pydoc.plaintext)
        assert "Args:" in doc, name
        assert "extra_headers, extra_query, extra_body, timeout, max_retries" in doc, name


def test_help_describes_each_argument(client: AsyncPoeClient | PoeClient) -> None:
    doc = help_text(client.chat.completions.create)
    assert "create(*, model: 'str', messages: " in doc
    assert "temperature: 'float | None' = NOT_GIVEN" in doc
    assert "model (str, required): Poe model (bot) name" in doc
    assert "temperature (float | None): Sampling temperature, 0 to 2." in doc
    assert "ChatCompletionsCreateArgs" not in doc
    page = pydoc.render_doc(client.usage.points_history, renderer=pydoc.plaintext)
    assert "limit (int | None):" in page


@pytest.mark.parametrize("cls", [AsyncPoeClient, PoeClient])
def test_the_constructors_document_every_option(cls: type) -> None:
    doc = inspect.getdoc(cls.__init__)
    assert doc is not None
    for option in ["api_key", *ClientOptions.__annotations__]:
        assert f"\n    {option}: " in doc, option
    assert "api_key" in inspect.signature(cls.__init__).parameters


def test_a_twin_refuses_an_argument_given_twice_as_the_plain_method_does() -> None:
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        with pytest.raises(TypeError, match="multiple values for argument 'handle'"):
            client.bots.retrieve("hb", handle="x")  # type: ignore[misc]
        with pytest.raises(TypeError) as twin:
            client.bots.with_raw_response.retrieve("hb", handle="x")  # type: ignore[misc]
        assert str(twin.value) == "bots.retrieve() got multiple values for argument 'handle'"


def test_a_misspelled_keyword_names_the_method_and_suggests_the_name() -> None:
    with PoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        with pytest.raises(TypeError) as info:
            client.chat.completions.create(model="m", messages=USER_MESSAGES, temprature=0.5)  # type: ignore[call-arg]
        assert str(info.value) == (
            "chat.completions.create() got an unexpected keyword argument 'temprature'; "
            "did you mean 'temperature'?"
        )
        with pytest.raises(TypeError) as options:
            client.models.list(max_retry=1)  # type: ignore[call-arg]
        assert str(options.value) == (
            "models.list() got an unexpected keyword argument 'max_retry'; "
            "did you mean 'max_retries'?"
        )
        with pytest.raises(TypeError) as unlike:
            client.models.list(colour="red")  # type: ignore[call-arg]
        assert str(unlike.value) == "models.list() got an unexpected keyword argument 'colour'"


@pytest.mark.anyio
async def test_the_async_client_says_the_same() -> None:
    async with AsyncPoeClient(api_key=API_KEY, base_url=BASE_URL) as client:
        with pytest.raises(TypeError, match=r"did you mean 'temperature'\?$"):
            await client.responses.create(model="m", input="Hi", temprature=0.5)  # type: ignore[call-arg]


def test_the_structured_output_helpers_show_every_argument(
    client: AsyncPoeClient | PoeClient,
) -> None:
    completions, responses = client.chat.completions, client.responses
    for method in (completions.parse, completions.stream, completions.run_tools):
        parameters = inspect.signature(method).parameters
        assert {"model", "messages", "response_format", "tools", "temperature"} <= set(parameters)
        assert parameters["model"].default is inspect.Parameter.empty
        assert parameters["temperature"].default is NOT_GIVEN
        assert list(parameters)[-2:] == ["stream_idle_timeout", "fallback_models"]
        assert not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())
    assert "max_turns" in inspect.signature(completions.run_tools).parameters
    for method in (responses.parse, responses.stream):
        parameters = inspect.signature(method).parameters
        assert {"text_format", "model", "input", "tools", "max_output_tokens"} <= set(parameters)
    doc = help_text(completions.parse)
    assert "parse(*, model: 'str', messages: " in doc


def test_describing_the_helpers_again_gives_the_same_signatures() -> None:
    """A generated module imported again (another spec's, in the generator's tests) describes
    the shared helper mixins again: their signatures do not grow."""

    class Fewer(ModelCallOptions, total=False):  # another spec's arguments
        model: str

    describe_helpers(AsyncChatCompletionsHelpers, arguments=Fewer, last=ModelCallOptions)
    assert "temperature" not in inspect.signature(AsyncChatCompletionsHelpers.parse).parameters
    describe_helpers(  # as the generated resources do, for both clients' helpers
        AsyncChatCompletionsHelpers,
        ChatCompletionsHelpers,
        arguments=resources.ChatCompletionsCreateHelperArgs,
        last=ModelCallOptions,
    )
    parameters = list(inspect.signature(AsyncChatCompletionsHelpers.parse).parameters)
    assert "temperature" in parameters
    assert parameters[-2:] == ["stream_idle_timeout", "fallback_models"]
