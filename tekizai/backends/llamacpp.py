"""Embedded llama.cpp through llama-cpp-python, in the gateway's process.

Generation runs in a worker thread so the event loop keeps serving health checks and other models.
A stopping criterion called once per sampled token both counts tokens (streams carry usage) and stops
generation when the consumer goes away, so a client that disconnects frees the CPU within a token.
A ``Llama`` object is not thread-safe: the fleet gives each embedded model one generation at a time,
and the process-wide ``ComputeSlots`` keeps threads x concurrent generations within the cores.
"""

from __future__ import annotations

import asyncio
import gc
import os
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

from tekizai.backends.base import CallContext
from tekizai.config import ModelConfig
from tekizai.errors import ContextLengthExceeded, LoadFailed, RequestError
from tekizai.fleet.compute import ComputeSlots
from tekizai.fleet.gguf import kv_cache_bytes, read_metadata
from tekizai.protocol import (
    ChatCompletionRequest,
    CompletionRequest,
    EmbeddingRequest,
    usage_dict,
)

_END = object()


_OVERHEAD = 64 << 20  # llama.cpp's own allocations besides weights, cache and scratch
_MARGIN = 32 << 20


def runtime_bytes(meta: dict[str, Any], cfg: ModelConfig) -> int:
    """Memory a generation touches beyond the weights: KV cache and attention scratch at full context."""
    arch = meta.get("general.architecture", "")
    heads = int(meta.get(f"{arch}.attention.head_count", 1))
    ubatch = min(cfg.llama.n_batch, 512)
    attention = 0 if cfg.llama.flash_attn else cfg.context_length * ubatch * heads * 4
    return kv_cache_bytes(meta, cfg.context_length) + attention


def estimate_memory_bytes(path: Path, cfg: ModelConfig, meta: dict[str, Any] | None = None) -> int:
    """Before a load: file + KV cache + attention scratch + overhead.

    Measured against resident memory after a full-context generation (bench/load_memory.py), this
    misses what llama.cpp copies at load (it repacks some quantized weights into new memory: about
    780 MiB for Qwen2.5-Coder-1.5B Q4_K_M); ``LlamaCppBackend.start`` corrects it from the measured
    growth of resident memory.
    """
    if cfg.memory_mb is not None:
        return cfg.memory_mb << 20
    return path.stat().st_size + runtime_bytes(meta or read_metadata(path), cfg) + _OVERHEAD


def resident_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class _TokenMeter:
    """A llama-cpp-python logits processor, called once per sampled token.

    It counts tokens (a stream's usage) and, once cancelled, leaves only end-of-generation possible so
    the model stops at its next token. ``create_chat_completion`` accepts no stopping criteria, but
    passes logits processors through to every chat handler.
    """

    def __init__(self, cancel: threading.Event, eos_token: int) -> None:
        self.cancel = cancel
        self.eos_token = eos_token
        self.prompt_tokens = 0
        self.sampled = 0

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        if self.sampled == 0:
            self.prompt_tokens = len(input_ids)
        self.sampled += 1
        if self.cancel.is_set():
            eos = scores[self.eos_token]
            scores[:] = -float("inf")
            scores[self.eos_token] = max(eos, 0.0)
        return scores

    def usage(self, finish_reason: str | None) -> dict[str, int]:
        # an end-of-generation token is sampled but not part of the completion
        completion = self.sampled - 1 if finish_reason == "stop" and self.sampled else self.sampled
        return usage_dict(self.prompt_tokens, completion)


class LlamaCppBackend:
    def __init__(self, cfg: ModelConfig, model_path: Path, compute: ComputeSlots) -> None:
        self.cfg = cfg
        self.model_path = model_path
        self.compute = compute
        self.memory_bytes = 0
        self._llm: Any = None
        self._meta: tuple[tuple[int, int], dict[str, Any]] | None = None
        # Held by the worker thread for a whole generation. The fleet already admits one request at a
        # time, but a cancelled request's async side may let go before its thread has stopped: the
        # next generation then waits here for at most one token rather than sharing the Llama object.
        self._generation = threading.Lock()
        self._cancels: set[threading.Event] = set()  # of the generations under way
        self.tokens_generated = 0  # lifetime count: lets tests see a cancelled generation stop

    @property
    def generating(self) -> bool:
        """A worker thread is generating (it may outlive a cancelled request by one token)."""
        return self._generation.locked()

    # -- lifecycle -------------------------------------------------------------------------------

    def _metadata(self) -> dict[str, Any]:
        """The GGUF header, read once per file version: reading it takes about 230 ms (vocabulary)."""
        try:
            st = self.model_path.stat()
        except OSError:
            raise LoadFailed(f"model file {self.model_path} does not exist (run `tekizai fetch`)") from None
        version = (st.st_size, st.st_mtime_ns)
        if self._meta is None or self._meta[0] != version:
            self._meta = (version, read_metadata(self.model_path))
        return self._meta[1]

    def memory_estimate(self) -> int:
        return estimate_memory_bytes(self.model_path, self.cfg, self._metadata())

    async def start(self) -> None:
        estimate = self.memory_estimate()
        before = resident_bytes()
        self._llm = await asyncio.to_thread(self._load)
        if self.cfg.memory_mb is not None:
            self.memory_bytes = estimate
            return
        # what the load really took (weights paged in and repacked), plus what generation will touch
        grown = resident_bytes() - before
        measured = int((grown + runtime_bytes(self._metadata(), self.cfg)) * 1.05) + _MARGIN
        self.memory_bytes = max(estimate, measured)

    def _load(self) -> Any:
        try:
            import llama_cpp
            from llama_cpp import Llama
        except ImportError as exc:  # pragma: no cover - install problem
            raise LoadFailed(f"llama-cpp-python is not installed: {exc}") from exc
        if not self.model_path.is_file():
            raise LoadFailed(f"model file {self.model_path} does not exist")
        chat_format = self.cfg.chat_format
        if chat_format == "gguf":
            if "tokenizer.chat_template" not in self._metadata():
                raise LoadFailed(
                    f"{self.model_path.name} has no chat template: set `chat_format` to a "
                    "llama-cpp-python format, or to null to serve it completion-only"
                )
            chat_format = None  # llama-cpp-python renders the file's template in a sandbox
        extra: dict[str, Any] = {}
        if self.cfg.llama.embedding:
            extra["pooling_type"] = getattr(llama_cpp, f"LLAMA_POOLING_TYPE_{self.cfg.llama.pooling.upper()}")
        try:
            return Llama(
                model_path=str(self.model_path),
                n_ctx=self.cfg.context_length,
                n_threads=self.compute.threads_per_generation,
                n_threads_batch=self.compute.threads_per_generation,
                n_batch=self.cfg.llama.n_batch,
                use_mmap=self.cfg.llama.use_mmap,
                flash_attn=self.cfg.llama.flash_attn,
                embedding=self.cfg.llama.embedding,
                chat_format=chat_format,
                verbose=False,
                **extra,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            raise LoadFailed(f"llama.cpp could not load {self.model_path.name}: {exc}") from exc

    async def stop(self) -> None:
        # a cancelled request's thread may still be inside llama.cpp: stop it, and wait for it,
        # before freeing the model under it
        for cancel in list(self._cancels):
            cancel.set()
        await asyncio.to_thread(self._generation.acquire)
        try:
            llm, self._llm = self._llm, None
        finally:
            self._generation.release()
        if llm is not None:
            llm.close()  # frees the context and unmaps the file now, not at garbage collection
            del llm
            gc.collect()
        self.memory_bytes = 0

    # -- requests --------------------------------------------------------------------------------

    def _sampling(self, request: ChatCompletionRequest | CompletionRequest) -> dict[str, Any]:
        args: dict[str, Any] = {"max_tokens": request.output_limit}
        if request.temperature is not None:
            args["temperature"] = request.temperature
        if request.top_p is not None:
            args["top_p"] = request.top_p
        if request.seed is not None:
            args["seed"] = request.seed
        if request.stop:
            args["stop"] = request.stop
        if request.presence_penalty is not None:
            args["presence_penalty"] = request.presence_penalty
        if request.frequency_penalty is not None:
            args["frequency_penalty"] = request.frequency_penalty
        return args

    def _chat_args(self, request: ChatCompletionRequest) -> dict[str, Any]:
        if self.cfg.completion_only:
            raise RequestError(
                f"model {self.cfg.id!r} is completion-only (no chat template): use /v1/completions",
                param="model",
            )
        self._check_context(" ".join(m.text() for m in request.messages))
        args = self._sampling(request)
        args["messages"] = [m.model_dump(exclude_none=True) for m in request.messages]
        for m in args["messages"]:
            if isinstance(m.get("content"), list):
                m["content"] = "".join(p["text"] for p in m["content"])
        if request.response_format and request.response_format.type != "text":
            fmt: dict[str, Any] = {"type": "json_object"}
            schema = (request.response_format.json_schema or {}).get("schema")
            if schema:
                fmt["schema"] = schema
            args["response_format"] = fmt
        if request.tools:
            args["tools"] = request.tools
            args["tool_choice"] = request.tool_choice
        return args

    def _complete_args(self, request: CompletionRequest) -> dict[str, Any]:
        prompt = request.prompt_text()
        self._check_context(prompt)
        args = self._sampling(request)
        args.update(prompt=prompt, echo=request.echo, suffix=request.suffix)
        if args["max_tokens"] is None:
            args["max_tokens"] = 16  # OpenAI's default for /v1/completions
        return args

    def _check_context(self, text: str) -> None:
        """The message text alone is a lower bound on the prompt: refuse early what cannot fit."""
        n_ctx = self.cfg.context_length
        if len(text.encode("utf-8")) < n_ctx:  # fewer bytes than context cannot overflow it
            return
        n = len(self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))
        if n >= n_ctx:
            raise ContextLengthExceeded(
                f"this model's context is {n_ctx} tokens; the messages alone are {n} tokens",
                param="messages",
            )

    async def chat(self, request: ChatCompletionRequest, ctx: CallContext) -> dict[str, Any]:
        args = self._chat_args(request)
        return await self._run_whole(
            lambda stop: self._llm.create_chat_completion(**args, logits_processor=stop)
        )

    def chat_stream(self, request: ChatCompletionRequest, ctx: CallContext) -> AsyncIterator[dict[str, Any]]:
        args = self._chat_args(request)
        return self._run_stream(
            lambda stop: self._llm.create_chat_completion(**args, stream=True, logits_processor=stop)
        )

    async def complete(self, request: CompletionRequest, ctx: CallContext) -> dict[str, Any]:
        args = self._complete_args(request)
        return await self._run_whole(lambda stop: self._llm.create_completion(**args, logits_processor=stop))

    def complete_stream(self, request: CompletionRequest, ctx: CallContext) -> AsyncIterator[dict[str, Any]]:
        args = self._complete_args(request)
        return self._run_stream(
            lambda stop: self._llm.create_completion(**args, stream=True, logits_processor=stop)
        )

    async def embed(self, request: EmbeddingRequest, ctx: CallContext) -> dict[str, Any]:
        if not self.cfg.llama.embedding:
            raise RequestError(f"model {self.cfg.id!r} is not loaded for embeddings", param="model")
        inputs = request.inputs()
        for text in inputs:
            self._check_context(text)
        async with self.compute.slot():
            result = await asyncio.to_thread(self._llm.create_embedding, inputs)
        return dict(result)

    # -- threading -------------------------------------------------------------------------------

    def _processors(self, meter: _TokenMeter) -> Any:
        from llama_cpp import LogitsProcessorList

        return LogitsProcessorList([meter])

    async def _run_whole(self, call: Callable[[Any], dict[str, Any]]) -> dict[str, Any]:
        cancel = threading.Event()
        meter = _TokenMeter(cancel, self._llm.token_eos())
        async with self.compute.slot():
            self._cancels.add(cancel)
            future = asyncio.get_running_loop().run_in_executor(None, self._guarded, call, meter)
            try:
                return await asyncio.shield(future)
            except asyncio.CancelledError:
                cancel.set()  # the client went away: the thread stops at its next token
                raise
            finally:
                future.add_done_callback(lambda _: self._cancels.discard(cancel))

    def _guarded(self, call: Callable[[Any], Any], meter: _TokenMeter) -> Any:
        with self._generation:
            try:
                return call(self._processors(meter))
            except ValueError as exc:
                # llama-cpp-python's only ValueError before sampling is a prompt over n_ctx
                raise ContextLengthExceeded(str(exc), param="messages") from exc
            finally:
                self.tokens_generated += meter.sampled

    async def _run_stream(
        self, call: Callable[[Any], Iterator[dict[str, Any]]]
    ) -> AsyncIterator[dict[str, Any]]:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        cancel = threading.Event()
        meter = _TokenMeter(cancel, self._llm.token_eos())
        stopping = self._processors(meter)

        def produce() -> None:
            try:
                with self._generation:
                    try:
                        for chunk in call(stopping):
                            if cancel.is_set():
                                break
                            loop.call_soon_threadsafe(queue.put_nowait, chunk)
                    finally:
                        self.tokens_generated += meter.sampled
            except ValueError as exc:
                error = ContextLengthExceeded(str(exc), param="messages")
                loop.call_soon_threadsafe(queue.put_nowait, error)
            except BaseException as exc:  # noqa: BLE001 - handed to the consumer
                loop.call_soon_threadsafe(queue.put_nowait, exc)
            finally:
                loop.call_soon_threadsafe(queue.put_nowait, _END)

        async with self.compute.slot():
            self._cancels.add(cancel)
            future = loop.run_in_executor(None, produce)
            finish_reason = None
            last: dict[str, Any] | None = None
            try:
                while (item := await queue.get()) is not _END:
                    if isinstance(item, BaseException):
                        raise item
                    choice = item["choices"][0]
                    finish_reason = choice.get("finish_reason") or finish_reason
                    last = item
                    yield item
                if last is not None:
                    yield {**last, "choices": [], "usage": meter.usage(finish_reason)}
            finally:
                cancel.set()  # stops the thread at its next token, however this generator ends
                future.add_done_callback(lambda _: self._cancels.discard(cancel))
                if not future.done():
                    await asyncio.shield(asyncio.wait([future]))
