"""The names ``openai.types.chat`` users import, as aliases of poe-sdk's generated types.

Code written against the ``openai`` SDK ports by changing the import::

    from poe_sdk.types.chat import ChatCompletionMessageParam, ChatCompletionToolParam

Every name here is the same object as its ``poe_sdk.types`` counterpart (named after the
schemas of ``openapi.yaml``): ``ChatCompletionMessageParam`` is
``ChatCompletionRequestMessageParam``, ``ChatCompletionTokenLogprob`` is ``TokenLogprob``, ...
The ``Parsed...`` types are the results of ``client.chat.completions.parse`` (``poe_sdk.lib``).
"""

from __future__ import annotations

from .._generated.models import ChatCompletion as ChatCompletion
from .._generated.models import ChatCompletionChunk as ChatCompletionChunk
from .._generated.models import ChatCompletionMessage as ChatCompletionMessage
from .._generated.models import (
    ChatCompletionMessageToolCall as ChatCompletionMessageFunctionToolCall,
)
from .._generated.models import ChatCompletionMessageToolCall as ChatCompletionMessageToolCall
from .._generated.models import ReasoningEffort as ChatCompletionReasoningEffort
from .._generated.models import TokenLogprob as ChatCompletionTokenLogprob
from .._generated.params import (
    ChatCompletionNamedToolChoiceParam as ChatCompletionNamedToolChoiceParam,
)
from .._generated.params import (
    ChatCompletionRequestAssistantMessageParam as ChatCompletionAssistantMessageParam,
)
from .._generated.params import (
    ChatCompletionRequestDeveloperMessageParam as ChatCompletionDeveloperMessageParam,
)
from .._generated.params import (
    ChatCompletionRequestMessageContentPartAudioParam as ChatCompletionContentPartInputAudioParam,
)
from .._generated.params import (
    ChatCompletionRequestMessageContentPartImageParam as ChatCompletionContentPartImageParam,
)
from .._generated.params import (
    ChatCompletionRequestMessageContentPartRefusalParam as ChatCompletionContentPartRefusalParam,
)
from .._generated.params import (
    ChatCompletionRequestMessageContentPartTextParam as ChatCompletionContentPartTextParam,
)
from .._generated.params import ChatCompletionRequestMessageParam as ChatCompletionMessageParam
from .._generated.params import (
    ChatCompletionRequestMessageToolCallParam as ChatCompletionMessageToolCallParam,
)
from .._generated.params import (
    ChatCompletionRequestSystemMessageParam as ChatCompletionSystemMessageParam,
)
from .._generated.params import (
    ChatCompletionRequestToolMessageParam as ChatCompletionToolMessageParam,
)
from .._generated.params import (
    ChatCompletionRequestUserContentPartParam as ChatCompletionContentPartParam,
)
from .._generated.params import (
    ChatCompletionRequestUserMessageParam as ChatCompletionUserMessageParam,
)
from .._generated.params import ChatCompletionStreamOptionsParam as ChatCompletionStreamOptionsParam
from .._generated.params import (
    ChatCompletionToolChoiceOptionParam as ChatCompletionToolChoiceOptionParam,
)
from .._generated.params import ChatCompletionToolParam as ChatCompletionFunctionToolParam
from .._generated.params import ChatCompletionToolParam as ChatCompletionToolParam
from .._generated.params import CreateChatCompletionRequestParam as CompletionCreateParams
from ..lib._types import ParsedChatCompletion as ParsedChatCompletion
from ..lib._types import ParsedChatCompletionMessage as ParsedChatCompletionMessage
from ..lib._types import ParsedChoice as ParsedChoice
from ..lib._types import ParsedFunction as ParsedFunction
from ..lib._types import ParsedFunctionToolCall as ParsedFunctionToolCall

__all__ = [
    "ChatCompletion",
    "ChatCompletionAssistantMessageParam",
    "ChatCompletionChunk",
    "ChatCompletionContentPartImageParam",
    "ChatCompletionContentPartInputAudioParam",
    "ChatCompletionContentPartParam",
    "ChatCompletionContentPartRefusalParam",
    "ChatCompletionContentPartTextParam",
    "ChatCompletionDeveloperMessageParam",
    "ChatCompletionFunctionToolParam",
    "ChatCompletionMessage",
    "ChatCompletionMessageFunctionToolCall",
    "ChatCompletionMessageParam",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallParam",
    "ChatCompletionNamedToolChoiceParam",
    "ChatCompletionReasoningEffort",
    "ChatCompletionStreamOptionsParam",
    "ChatCompletionSystemMessageParam",
    "ChatCompletionTokenLogprob",
    "ChatCompletionToolChoiceOptionParam",
    "ChatCompletionToolMessageParam",
    "ChatCompletionToolParam",
    "ChatCompletionUserMessageParam",
    "CompletionCreateParams",
    "ParsedChatCompletion",
    "ParsedChatCompletionMessage",
    "ParsedChoice",
    "ParsedFunction",
    "ParsedFunctionToolCall",
]
