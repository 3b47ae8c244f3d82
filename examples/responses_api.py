"""Poe's Responses API: a reply, a streamed reply, a function tool round trip, structured output."""

import asyncio
import json

from poe_sdk import AsyncPoeClient, PoeClient
from poe_sdk.types.responses import FunctionToolParam, ResponseFunctionToolCall

WEATHER: FunctionToolParam = {
    "type": "function",
    "name": "get_weather",
    "description": "Get the current weather for a city",
    "parameters": {
        "type": "object",
        "properties": {"location": {"type": "string"}},
        "required": ["location"],
    },
}


def main() -> None:
    """A reply, then a conversation continued with previous_response_id, and a tool call."""
    with PoeClient() as client:
        response = client.responses.create(
            model="GPT-5", input="What is Poe?", instructions="Answer in one sentence."
        )
        print(response.output_text)
        follow_up = client.responses.create(
            model="GPT-5", input="And who runs it?", previous_response_id=response.id
        )
        print(follow_up.output_text)

        first = client.responses.create(model="GPT-5", input="Paris", tools=[WEATHER])
        for item in first.output:
            if isinstance(item, ResponseFunctionToolCall):
                arguments = json.loads(item.arguments)
                print(f"model called {item.name}({arguments})")
                result = {"location": arguments["location"], "temperature": 22}
                final = client.responses.create(
                    model="GPT-5",
                    previous_response_id=first.id,
                    input=[
                        {
                            "type": "function_call_output",
                            "call_id": item.call_id,
                            "output": json.dumps(result),
                        }
                    ],
                )
                print(final.output_text)

        city = client.responses.create(
            model="GPT-5",
            input="Lyon",
            text={
                "format": {
                    "type": "json_schema",
                    "name": "city",
                    "schema": {
                        "type": "object",
                        "properties": {"name": {"type": "string"}},
                        "required": ["name"],
                    },
                }
            },
        )
        print(f"structured: {json.loads(city.output_text)}")


async def streaming() -> None:
    """Stream the text as it arrives, then read the final response."""
    async with AsyncPoeClient() as client:
        stream = await client.responses.create(
            model="GPT-5", input="Stream this, please", stream=True
        )
        async with stream:
            async for text in stream.text_deltas():
                print(text, end="", flush=True)
            print()
            final = await stream.get_final_response()
        print(f"status {final.status}, {final.usage.total_tokens if final.usage else 0} tokens")


if __name__ == "__main__":
    main()
    asyncio.run(streaming())
