"""OpenAI request schemas, and the few rules about which known parameters we honour.

Unknown fields are ignored (clients send vendor extras); a known parameter we cannot honour is an
``UnsupportedParameter`` naming it. No engine or web imports here.
"""

from __future__ import annotations

import time
import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from tekizai.errors import RequestError, UnsupportedParameter


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore")


class TextPart(_Lenient):
    type: Literal["text"]
    text: str


class ChatMessage(BaseModel):
    # extra="allow": tool messages, names and vendor fields pass through to upstreams unchanged
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[TextPart] | None = None
    tool_calls: list[dict[str, Any]] | None = None
    tool_call_id: str | None = None
    name: str | None = None

    def text(self) -> str:
        if self.content is None:
            return ""
        if isinstance(self.content, str):
            return self.content
        return "".join(p.text for p in self.content)


class StreamOptions(_Lenient):
    include_usage: bool = False


class ResponseFormat(_Lenient):
    type: Literal["text", "json_object", "json_schema"]
    json_schema: dict[str, Any] | None = None


class _SamplingRequest(_Lenient):
    #: the body as the client sent it: forwarded to OpenAI-compatible upstreams with vendor fields intact
    _raw: dict[str, Any] | None = PrivateAttr(default=None)
    model: str = Field(min_length=1)
    stream: bool = False
    stream_options: StreamOptions | None = None
    max_tokens: int | None = Field(default=None, ge=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    seed: int | None = None
    stop: str | list[str] | None = None
    n: int | None = None
    presence_penalty: float | None = Field(default=None, ge=-2, le=2)
    frequency_penalty: float | None = Field(default=None, ge=-2, le=2)
    logprobs: bool | int | None = None
    user: str | None = None

    @field_validator("stop")
    @classmethod
    def _stop_list(cls, v: str | list[str] | None) -> list[str] | None:
        if v is None:
            return None
        stops = [v] if isinstance(v, str) else v
        if len(stops) > 4:
            raise ValueError("at most 4 stop sequences")
        return stops

    def check_supported(self) -> None:
        if self.n not in (None, 1):
            raise UnsupportedParameter("n > 1 is not supported; send separate requests", param="n")
        if self.logprobs:
            raise UnsupportedParameter("logprobs are not supported", param="logprobs")

    @property
    def include_usage(self) -> bool:
        return bool(self.stream and self.stream_options and self.stream_options.include_usage)


class ChatCompletionRequest(_SamplingRequest):
    messages: list[ChatMessage] = Field(min_length=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    response_format: ResponseFormat | None = None
    tools: list[dict[str, Any]] | None = None
    tool_choice: str | dict[str, Any] | None = None
    parallel_tool_calls: bool | None = None

    @property
    def output_limit(self) -> int | None:
        return self.max_completion_tokens or self.max_tokens

    @property
    def uses_tools(self) -> bool:
        return bool(self.tools) or any(m.role in ("tool", "function") or m.tool_calls for m in self.messages)


class CompletionRequest(_SamplingRequest):
    prompt: str | list[str]
    echo: bool = False
    suffix: str | None = None

    @property
    def output_limit(self) -> int | None:
        return self.max_tokens

    def prompt_text(self) -> str:
        if isinstance(self.prompt, list):
            if len(self.prompt) != 1:
                raise UnsupportedParameter("only one prompt per request is supported", param="prompt")
            return self.prompt[0]
        return self.prompt


class EmbeddingRequest(_Lenient):
    _raw: dict[str, Any] | None = PrivateAttr(default=None)
    model: str = Field(min_length=1)
    input: str | list[str]
    encoding_format: Literal["float", "base64"] = "float"
    dimensions: int | None = None

    def inputs(self) -> list[str]:
        return [self.input] if isinstance(self.input, str) else self.input


def parse(schema: type[BaseModel], body: Any) -> Any:
    """Validate a decoded JSON body; the first problem becomes a RequestError naming its field."""
    if not isinstance(body, dict):
        raise RequestError("the request body must be a JSON object")
    try:
        request = schema.model_validate(body)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise RequestError(f"{where}: {err['msg']}", param=where or None) from None
    request._raw = body  # type: ignore[attr-defined]  # both request schemas declare it
    return request


def raw_body(request: BaseModel) -> dict[str, Any]:
    """A shallow copy of what the client sent (or, for requests built in code, their fields)."""
    raw = getattr(request, "_raw", None)
    return dict(raw) if raw is not None else request.model_dump(exclude_none=True)


def new_completion_id(prefix: str = "chatcmpl") -> str:
    return f"{prefix}-{uuid.uuid4().hex}"


def now() -> int:
    return int(time.time())


def usage_dict(prompt_tokens: int, completion_tokens: int) -> dict[str, int]:
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }
