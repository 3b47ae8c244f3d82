"""Structured outputs and tools: typed objects in, typed objects out, even mid-stream."""

from pydantic import BaseModel

from poe_sdk import AsyncPoeClient, PoeClient
from poe_sdk.types.chat import ChatCompletionMessageParam


class City(BaseModel):
    name: str
    country: str
    population: int | None


def main() -> None:
    """Parse a reply into a model, then watch the same object arrive while it streams."""
    messages: list[ChatCompletionMessageParam] = [{"role": "user", "content": "Lyon"}]
    with PoeClient() as client:
        completion = client.chat.completions.parse(
            model="GPT-5", messages=messages, response_format=City
        )
        city = completion.choices[0].message.parsed
        print(f"parsed: {city!r}")
        with client.chat.completions.stream(
            model="GPT-5", messages=messages, response_format=City
        ) as stream:
            fields = [
                sorted(event.parsed.model_fields_set)
                for event in stream
                if event.type == "content.delta" and event.parsed is not None
            ]
        print(f"fields received while streaming: {fields[0]} ... {fields[-1]}")


def get_weather(city: str) -> dict[str, object]:
    """The current weather of a city."""
    return {"city": city, "temperature": 22}


async def run_tools() -> None:
    """Let the SDK run the function the model calls and send its result back."""
    async with AsyncPoeClient() as client:
        run = await client.chat.completions.run_tools(
            model="GPT-5", messages=[{"role": "user", "content": "Paris"}], tools=[get_weather]
        )
        print(f"{run.completion.choices[0].message.content} ({run.turns} model calls)")
