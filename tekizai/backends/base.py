"""The one small interface every backend implements.

A backend serves an OpenAI-shaped request and returns OpenAI-shaped dicts: a whole response, or an
async iterator of stream chunks whose last chunk always carries ``usage`` (the gateway decides
whether the client sees it). The gateway, not the backend, stamps the served model's name.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Protocol

from tekizai.protocol import ChatCompletionRequest, CompletionRequest, EmbeddingRequest


@dataclass(frozen=True)
class CallContext:
    request_id: str
    #: model ids the caller may use (None: any); set from the API key's permissions
    allowed_models: frozenset[str] | None = None


class Backend(Protocol):
    #: memory (bytes) this backend holds while started; 0 for remote ones
    memory_bytes: int

    def memory_estimate(self) -> int:
        """Bytes ``start`` will take, known before it runs (the fleet makes room first)."""

    async def start(self) -> None:
        """Make the backend ready (load weights, open a connection pool). Raises LoadFailed."""

    async def stop(self) -> None:
        """Release everything ``start`` took."""

    async def chat(self, request: ChatCompletionRequest, ctx: CallContext) -> dict[str, Any]: ...

    def chat_stream(
        self, request: ChatCompletionRequest, ctx: CallContext
    ) -> AsyncIterator[dict[str, Any]]: ...

    async def complete(self, request: CompletionRequest, ctx: CallContext) -> dict[str, Any]: ...

    def complete_stream(
        self, request: CompletionRequest, ctx: CallContext
    ) -> AsyncIterator[dict[str, Any]]: ...

    async def embed(self, request: EmbeddingRequest, ctx: CallContext) -> dict[str, Any]: ...
