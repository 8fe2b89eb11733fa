"""Any OpenAI-compatible server over HTTP: llama-server, vLLM, Ollama, a cloud API.

aiohttp rather than httpx: on loopback a forwarding handler served about 5x the requests per second.
Upstream failures are translated into our error tree where they enter; streams ask the upstream for
usage (``stream_options.include_usage``) so we always count tokens, whatever the client asked.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import orjson

from tekizai.backends.base import CallContext
from tekizai.backends.tokens import TokenCounter, count_tokens
from tekizai.config import ModelConfig
from tekizai.errors import BackendTimeout, BackendUnavailable, ContextLengthExceeded, UpstreamError
from tekizai.protocol import ChatCompletionRequest, CompletionRequest, EmbeddingRequest, raw_body


class OpenAIHTTPBackend:
    memory_bytes = 0

    def __init__(self, cfg: ModelConfig, api_key: str | None, counter: TokenCounter | None = None) -> None:
        assert cfg.base_url
        self.cfg = cfg
        self.counter = counter
        self.base_url = cfg.base_url.rstrip("/")
        self.upstream_model = cfg.upstream_model or cfg.id
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._session: aiohttp.ClientSession | None = None

    def memory_estimate(self) -> int:
        return 0

    async def start(self) -> None:
        t = self.cfg.timeouts
        self._session = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=t.total, sock_connect=t.connect, sock_read=t.first_token),
            connector=aiohttp.TCPConnector(limit=256, keepalive_timeout=30),
            headers=self._headers,
        )

    async def stop(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    # -- requests --------------------------------------------------------------------------------

    def _body(self, request: Any, stream: bool) -> dict[str, Any]:
        body = raw_body(request)
        body["model"] = self.upstream_model
        body["stream"] = stream
        if stream:
            body["stream_options"] = {"include_usage": True}
        else:
            body.pop("stream_options", None)
        return body

    async def _post(self, path: str, body: dict[str, Any], ctx: CallContext) -> aiohttp.ClientResponse:
        if self._session is None:
            raise BackendUnavailable(f"model {self.cfg.id!r} is not started")
        url = f"{self.base_url}{path}"
        headers = {"X-Request-ID": ctx.request_id, "Content-Type": "application/json"}
        try:
            resp = await self._session.post(url, data=orjson.dumps(body), headers=headers)
        except TimeoutError as exc:
            raise BackendTimeout(f"upstream {self.cfg.id!r} did not answer in time") from exc
        except aiohttp.ClientError as exc:
            raise BackendUnavailable(
                f"upstream {self.cfg.id!r} is unreachable: {type(exc).__name__}"
            ) from exc
        if resp.status >= 400:
            await self._raise_upstream(resp)
        return resp

    async def _raise_upstream(self, resp: aiohttp.ClientResponse) -> None:
        try:
            payload = orjson.loads(await resp.read())
            error = payload.get("error", payload) if isinstance(payload, dict) else {}
            message = str(error.get("message") or error) if isinstance(error, dict) else str(error)
            code = error.get("code") if isinstance(error, dict) else None
        except (TimeoutError, aiohttp.ClientError, ValueError):
            message, code = f"HTTP {resp.status}", None
        finally:
            resp.release()
        if code == "context_length_exceeded":
            raise ContextLengthExceeded(f"upstream {self.cfg.id!r}: {message}")
        raise UpstreamError(f"upstream {self.cfg.id!r} answered {resp.status}: {message}", status=resp.status)

    async def _json(self, path: str, body: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        resp = await self._post(path, body, ctx)
        try:
            async with resp:
                result = orjson.loads(await resp.read())
        except TimeoutError as exc:
            raise BackendTimeout(f"upstream {self.cfg.id!r} timed out mid-reply") from exc
        except (aiohttp.ClientError, ValueError) as exc:
            raise BackendUnavailable(f"upstream {self.cfg.id!r} sent a broken reply") from exc
        if not isinstance(result, dict):
            raise BackendUnavailable(f"upstream {self.cfg.id!r} sent a reply that is not an object")
        return result

    async def _stream(
        self, path: str, body: dict[str, Any], ctx: CallContext
    ) -> AsyncIterator[dict[str, Any]]:
        resp = await self._post(path, body, ctx)
        usage: dict[str, Any] | None = None
        text_parts: list[str] = []
        last: dict[str, Any] | None = None
        try:
            async with resp:
                async for raw in resp.content:
                    line = raw.strip()
                    if not line.startswith(b"data:"):
                        continue
                    data = line[5:].strip()
                    if data == b"[DONE]":
                        break
                    chunk = orjson.loads(data)
                    if chunk.get("usage"):
                        usage = chunk["usage"]
                    if not chunk.get("choices"):
                        continue
                    for choice in chunk["choices"]:
                        delta = choice.get("delta") or {}
                        text_parts.append(delta.get("content") or choice.get("text") or "")
                    chunk.pop("usage", None)
                    last = chunk
                    yield chunk
        except TimeoutError as exc:
            raise BackendTimeout(f"upstream {self.cfg.id!r} stalled mid-stream") from exc
        except (aiohttp.ClientError, ValueError) as exc:
            raise BackendUnavailable(
                f"upstream {self.cfg.id!r} broke the stream: {type(exc).__name__}"
            ) from exc
        if usage is None:
            usage = await asyncio.to_thread(
                count_tokens, self.counter, _prompt_text(body), "".join(text_parts)
            )
        base = last or {"id": f"chatcmpl-{ctx.request_id}", "object": "chat.completion.chunk", "created": 0}
        yield {**base, "choices": [], "usage": usage}

    async def chat(self, request: ChatCompletionRequest, ctx: CallContext) -> dict[str, Any]:
        return await self._json("/chat/completions", self._body(request, False), ctx)

    def chat_stream(self, request: ChatCompletionRequest, ctx: CallContext) -> AsyncIterator[dict[str, Any]]:
        return self._stream("/chat/completions", self._body(request, True), ctx)

    async def complete(self, request: CompletionRequest, ctx: CallContext) -> dict[str, Any]:
        return await self._json("/completions", self._body(request, False), ctx)

    def complete_stream(self, request: CompletionRequest, ctx: CallContext) -> AsyncIterator[dict[str, Any]]:
        return self._stream("/completions", self._body(request, True), ctx)

    async def embed(self, request: EmbeddingRequest, ctx: CallContext) -> dict[str, Any]:
        body = raw_body(request)
        body["model"] = self.upstream_model
        return await self._json("/embeddings", body, ctx)


def _prompt_text(body: dict[str, Any]) -> str:
    """The text of a request's messages or prompt (without the template the upstream wraps it in)."""
    if "messages" in body:
        parts: list[str] = []
        for m in body["messages"]:
            content = m.get("content")
            if isinstance(content, list):
                parts.extend(p.get("text", "") for p in content if isinstance(p, dict))
            elif content:
                parts.append(str(content))
        return "\n".join(parts)
    prompt = body.get("prompt", "")
    return "\n".join(prompt) if isinstance(prompt, list) else str(prompt)
