"""A tool-call round trip: the model asks for a function, we answer, it replies."""

import json

from poe_sdk import PoeClient
from poe_sdk.types import ChatCompletionRequestMessageParam, ChatCompletionToolParam

TOOLS: list[ChatCompletionToolParam] = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Get the current weather for a city",
            "parameters": {
                "type": "object",
                "properties": {"location": {"type": "string"}},
                "required": ["location"],
            },
        },
    }
]


def get_weather(location: str) -> str:
    """A stand-in for a real weather service."""
    return json.dumps({"location": location, "temperature": 22, "condition": "sunny"})


def main() -> None:
    """Offer a tool, run the call the model asks for, and send the result back."""
    with PoeClient() as client:
        messages: list[ChatCompletionRequestMessageParam] = [{"role": "user", "content": "Paris"}]
        first = client.chat.completions.create(
            model="GPT-4o", messages=messages, tools=TOOLS, tool_choice="auto"
        )
        calls = first.choices[0].message.tool_calls or []
        messages.append(
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": c.id,
                        "type": "function",
                        "function": {"name": c.function.name, "arguments": c.function.arguments},
                    }
                    for c in calls
                ],
            }
        )
        for call in calls:
            arguments = json.loads(call.function.arguments)
            print(f"model called {call.function.name}({arguments})")
            messages.append(
                {"role": "tool", "tool_call_id": call.id, "content": get_weather(**arguments)}
            )
        final = client.chat.completions.create(model="GPT-4o", messages=messages, tools=TOOLS)
        print(final.choices[0].message.content)


if __name__ == "__main__":
    main()
