"""The core: request -> decision -> fleet lease -> backend -> response.

One ``Gateway`` serves the HTTP server, the CLI and (later) the evaluation alike. It knows nothing of
FastAPI. Every response is stamped with the model that actually served; streams always end with a
usage chunk from the backend, which the gateway passes on only when the client asked for it.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from tekizai.backends import build_backend
from tekizai.backends.base import CallContext
from tekizai.config import Settings
from tekizai.fleet.compute import ComputeSlots
from tekizai.fleet.fleet import Clock, Fleet, ModelState
from tekizai.governance.metrics import Metrics
from tekizai.governance.recorder import Governance
from tekizai.protocol import ChatCompletionRequest, CompletionRequest, EmbeddingRequest
from tekizai.routing.decision import Decision, Need, Resolver
from tekizai.routing.size import request_tokens
from tekizai.signals import SignalReader, Signals


def available_memory_bytes() -> int:
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")


@dataclass
class Result:
    decision: Decision
    body: dict[str, Any]


@dataclass
class Stream:
    decision: Decision
    chunks: AsyncIterator[dict[str, Any]]
    #: filled when the stream ends: the token counts, whether or not the client asked for them
    usage: dict[str, Any] = field(default_factory=dict)


class Gateway:
    def __init__(
        self, settings: Settings, fleet: Fleet, compute: ComputeSlots, clock: Clock = time.monotonic
    ) -> None:
        self.settings = settings
        self.fleet = fleet
        self.compute = compute
        self.clock = clock
        self.resolver = Resolver(settings)
        self.signals = SignalReader.from_config(settings, compute.threads_per_generation)
        #: audit, cost and metrics; opened by ``start`` (``tekizai route`` and ``score`` serve nothing)
        self.governance: Governance | None = None
        self.metrics = Metrics()
        self._reaper: asyncio.Task[None] | None = None

    @classmethod
    def build(
        cls, settings: Settings, env: Mapping[str, str] | None = None, clock: Clock = time.monotonic
    ) -> Gateway:
        env = os.environ if env is None else env
        compute = ComputeSlots(settings.fleet.compute_threads, settings.fleet.threads_per_generation)
        budget = settings.fleet.memory_budget_mb
        budget_bytes = budget << 20 if budget else int(available_memory_bytes() * 0.75)
        fleet = Fleet(
            [(cfg, build_backend(cfg, settings, env, compute)) for cfg in settings.models],
            budget_bytes=budget_bytes,
            idle_ttl_seconds=settings.fleet.idle_ttl_seconds,
            clock=clock,
        )
        return cls(settings, fleet, compute, clock)

    # -- lifecycle -------------------------------------------------------------------------------

    async def start(self, reap_interval: float | None = 5.0) -> None:
        self.governance = Governance(self.settings, self.clock, self.signals.sensitivity)
        self.metrics.attach(self.fleet, self.governance)
        for m in self.fleet.models.values():
            if m.cfg.backend != "llamacpp":
                await m.backend.start()  # remote backends: open the pool; nothing to load
                m.state = ModelState.LOADED
        for m in self.fleet.models.values():
            if m.cfg.preload or m.cfg.pinned:
                await self.fleet.ensure_loaded(m.cfg.id)
        if reap_interval and self.settings.fleet.idle_ttl_seconds:
            self._reaper = asyncio.create_task(self.fleet.run_reaper(reap_interval))

    async def close(self) -> None:
        if self._reaper is not None:
            self._reaper.cancel()
        await self.fleet.close()
        if self.governance is not None:
            self.governance.close()

    # -- requests --------------------------------------------------------------------------------

    def explain(
        self, request: ChatCompletionRequest | CompletionRequest | EmbeddingRequest
    ) -> tuple[Signals, Decision]:
        """What the request is and where it would go, without serving it (``tekizai route``)."""
        signals = self.signals.read(request)
        decision = self.resolver.decide(
            request.model,
            _needs(request),
            signals,
            tokens=request_tokens(request),
            unavailable=self.fleet.failed(),
        )
        return signals, decision

    async def decide(
        self, request: ChatCompletionRequest | CompletionRequest | EmbeddingRequest, ctx: CallContext
    ) -> Decision:
        """Where the request goes and why (signals attached). The serving methods call it unless
        given a decision already made (the server decides first, to record it even if serving fails)."""
        if not isinstance(request, EmbeddingRequest):
            request.check_supported()
        # task, domain, complexity and language steer only `auto`; sensitivity is checked always
        full = request.model == "auto"
        if self.signals.heavy:  # a model-based extractor: off the event loop, which serves everyone
            signals = await asyncio.to_thread(self.signals.read, request, full)
        else:
            signals = self.signals.read(request, full)
        decision = self.resolver.decide(
            request.model,
            _needs(request),
            signals,
            tokens=request_tokens(request),
            allowed=ctx.allowed_models,
            unavailable=self.fleet.failed(),
        )
        return dataclasses.replace(decision, signals=signals)

    async def chat(
        self, request: ChatCompletionRequest, ctx: CallContext, decision: Decision | None = None
    ) -> Result:
        decision = decision or await self.decide(request, ctx)
        async with self.fleet.lease(decision.model.id) as backend:
            body = await backend.chat(request, ctx)
        return Result(decision, self._stamp(body, decision))

    async def complete(
        self, request: CompletionRequest, ctx: CallContext, decision: Decision | None = None
    ) -> Result:
        decision = decision or await self.decide(request, ctx)
        async with self.fleet.lease(decision.model.id) as backend:
            body = await backend.complete(request, ctx)
        return Result(decision, self._stamp(body, decision))

    async def embed(
        self, request: EmbeddingRequest, ctx: CallContext, decision: Decision | None = None
    ) -> Result:
        decision = decision or await self.decide(request, ctx)
        async with self.fleet.lease(decision.model.id) as backend:
            body = await backend.embed(request, ctx)
        return Result(decision, self._stamp(body, decision))

    async def chat_stream(
        self, request: ChatCompletionRequest, ctx: CallContext, decision: Decision | None = None
    ) -> Stream:
        decision = decision or await self.decide(request, ctx)
        return await self._open_stream(decision, request, ctx, chat=True)

    async def complete_stream(
        self, request: CompletionRequest, ctx: CallContext, decision: Decision | None = None
    ) -> Stream:
        decision = decision or await self.decide(request, ctx)
        return await self._open_stream(decision, request, ctx, chat=False)

    async def _open_stream(self, decision: Decision, request: Any, ctx: CallContext, chat: bool) -> Stream:
        """Start the stream and wait for its first chunk, so that errors before it are plain errors."""
        usage: dict[str, Any] = {}
        chunks = self._stream(decision, request, ctx, chat, usage)
        try:
            first = await anext(chunks)
        except StopAsyncIteration:
            first = None
        return Stream(decision, _prepend(first, chunks), usage)

    async def _stream(
        self, decision: Decision, request: Any, ctx: CallContext, chat: bool, usage: dict[str, Any]
    ) -> AsyncIterator[dict[str, Any]]:
        model_id = decision.model.id
        async with self.fleet.lease(model_id) as backend:
            source = backend.chat_stream(request, ctx) if chat else backend.complete_stream(request, ctx)
            try:
                async for chunk in source:
                    chunk["model"] = model_id
                    if chunk.get("usage") is not None and not chunk.get("choices"):
                        usage.update(chunk["usage"])
                        if request.include_usage:
                            yield chunk
                        continue
                    chunk.pop("usage", None)
                    yield chunk
            finally:
                await source.aclose()  # type: ignore[attr-defined]

    @staticmethod
    def _stamp(body: dict[str, Any], decision: Decision) -> dict[str, Any]:
        body["model"] = decision.model.id
        return body


def _needs(request: ChatCompletionRequest | CompletionRequest | EmbeddingRequest) -> set[Need]:
    if isinstance(request, ChatCompletionRequest):
        return {Need.CHAT, Need.TOOLS} if request.uses_tools else {Need.CHAT}
    if isinstance(request, CompletionRequest):
        return {Need.COMPLETION}
    return {Need.EMBEDDING}


async def _prepend(
    first: dict[str, Any] | None, rest: AsyncIterator[dict[str, Any]]
) -> AsyncIterator[dict[str, Any]]:
    try:
        if first is not None:
            yield first
        async for chunk in rest:
            yield chunk
    finally:
        await rest.aclose()  # type: ignore[attr-defined]
