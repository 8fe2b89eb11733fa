"""Model lifecycle: load on first use, a memory budget, LRU eviction, idle TTL, pinning.

Each model has a state (unloaded, loading, loaded, failed + reason). Concurrent first requests share
one load (a per-model lock). A lease keeps a model from eviction while it serves; each model admits
``max_concurrency`` generations and queues at most ``max_queue`` more (beyond: ``Overloaded``, 429).
Time comes from an injectable clock so TTL tests need not sleep.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from tekizai.backends.base import Backend
from tekizai.config import ModelConfig
from tekizai.errors import BackendUnavailable, LoadFailed, Overloaded, UnknownModel

Clock = Callable[[], float]


class ModelState(StrEnum):
    UNLOADED = "unloaded"
    LOADING = "loading"
    LOADED = "loaded"
    FAILED = "failed"


@dataclass
class ManagedModel:
    cfg: ModelConfig
    backend: Backend
    state: ModelState = ModelState.UNLOADED
    error: str | None = None
    last_used: float = 0.0
    in_use: int = 0
    waiting: int = 0
    loads: int = 0
    unloads: int = 0
    load_seconds: float | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    slots: asyncio.Semaphore = field(init=False)

    def __post_init__(self) -> None:
        self.slots = asyncio.Semaphore(self.cfg.max_concurrency)

    @property
    def memory_bytes(self) -> int:
        return self.backend.memory_bytes if self.state == ModelState.LOADED else 0

    def describe(self) -> dict[str, Any]:
        return {
            "id": self.cfg.id,
            "state": self.state.value,
            "error": self.error,
            "tier": self.cfg.tier,
            "local": self.cfg.local,
            "pinned": self.cfg.pinned,
            "memory_bytes": self.memory_bytes,
            "in_use": self.in_use,
            "waiting": self.waiting,
            "loads": self.loads,
            "load_seconds": self.load_seconds,
        }


class Fleet:
    def __init__(
        self,
        models: list[tuple[ModelConfig, Backend]],
        budget_bytes: int,
        idle_ttl_seconds: float | None,
        clock: Clock = time.monotonic,
    ) -> None:
        self.models = {cfg.id: ManagedModel(cfg, backend) for cfg, backend in models}
        self.budget_bytes = budget_bytes
        self.idle_ttl_seconds = idle_ttl_seconds
        self.clock = clock
        self._budget_lock = asyncio.Lock()  # one load or eviction decision at a time
        #: called with ("load" | "unload", model id, seconds) after each (metrics)
        self.listeners: list[Callable[[str, str, float], None]] = []

    def failed(self) -> dict[str, str]:
        """Models in the failed state, with why: routing leaves them out until an admin reloads them."""
        return {m.cfg.id: m.error or "failed" for m in self.models.values() if m.state == ModelState.FAILED}

    def get(self, model_id: str) -> ManagedModel:
        try:
            return self.models[model_id]
        except KeyError:
            raise UnknownModel(f"model {model_id!r} does not exist") from None

    @property
    def used_bytes(self) -> int:
        return sum(m.memory_bytes for m in self.models.values())

    # -- loading ---------------------------------------------------------------------------------

    async def ensure_loaded(self, model_id: str) -> ManagedModel:
        m = self.get(model_id)
        if m.state == ModelState.LOADED:
            return m
        async with m.lock:
            if m.state == ModelState.LOADED:
                return m
            await self._load(m)
        return m

    async def _load(self, m: ManagedModel) -> None:
        m.state, m.error = ModelState.LOADING, None
        started = time.perf_counter()
        try:
            async with self._budget_lock:
                await self._make_room(m, extra=m.backend.memory_estimate())
                await m.backend.start()
                # a backend may learn its real size only once loaded: make room for the difference
                m.state = ModelState.LOADED
                await self._make_room(m, extra=0)
        except LoadFailed as exc:
            m.state, m.error = ModelState.FAILED, exc.message
            await m.backend.stop()
            raise
        except Exception as exc:
            m.state, m.error = ModelState.FAILED, f"{type(exc).__name__}: {exc}"
            await m.backend.stop()
            raise LoadFailed(f"model {m.cfg.id!r} failed to load: {m.error}") from exc
        m.loads += 1
        m.load_seconds = time.perf_counter() - started
        m.last_used = self.clock()
        for listener in self.listeners:
            listener("load", m.cfg.id, m.load_seconds)

    async def _make_room(self, incoming: ManagedModel, extra: int) -> None:
        """Evict least-recently-used idle, unpinned models until ``incoming`` fits with ``extra`` more.

        ``incoming`` may already hold memory (a backend that learned its real size once loaded).
        """
        need = incoming.memory_bytes + extra
        if need > self.budget_bytes:
            raise LoadFailed(
                f"model {incoming.cfg.id!r} needs {need >> 20} MiB, more than the whole "
                f"memory budget of {self.budget_bytes >> 20} MiB"
            )
        while self.used_bytes + extra > self.budget_bytes:
            victims = [
                m for m in self.models.values()
                if m is not incoming and m.state == ModelState.LOADED and not m.cfg.pinned and m.in_use == 0
            ]  # fmt: skip
            if not victims:
                raise LoadFailed(
                    f"model {incoming.cfg.id!r} needs {need >> 20} MiB; the budget of "
                    f"{self.budget_bytes >> 20} MiB is held by pinned or busy models"
                )
            await self._unload(min(victims, key=lambda v: v.last_used))

    async def _unload(self, m: ManagedModel) -> None:
        started = time.perf_counter()
        await m.backend.stop()
        m.state = ModelState.UNLOADED
        m.unloads += 1
        for listener in self.listeners:
            listener("unload", m.cfg.id, time.perf_counter() - started)

    async def unload(self, model_id: str) -> ManagedModel:
        m = self.get(model_id)
        async with m.lock:
            if m.in_use:
                raise BackendUnavailable(f"model {model_id!r} is serving {m.in_use} request(s)")
            if m.state in (ModelState.LOADED, ModelState.FAILED):
                await self._unload(m)
                m.error = None
        return m

    async def load(self, model_id: str) -> ManagedModel:
        """Admin load: also retries a model in the failed state."""
        m = self.get(model_id)
        async with m.lock:
            if m.state != ModelState.LOADED:
                await self._load(m)
        return m

    async def unload_idle(self) -> list[str]:
        """Unload unpinned models idle longer than the TTL; returns their ids."""
        if self.idle_ttl_seconds is None:
            return []
        now, unloaded = self.clock(), []
        for m in self.models.values():
            if (
                m.state == ModelState.LOADED and not m.cfg.pinned and m.in_use == 0 and m.waiting == 0
                and now - m.last_used >= self.idle_ttl_seconds and m.backend.memory_bytes > 0
            ):  # fmt: skip
                async with m.lock:
                    await self._unload(m)
                unloaded.append(m.cfg.id)
        return unloaded

    async def close(self) -> None:
        for m in self.models.values():
            if m.state == ModelState.LOADED:
                await self._unload(m)

    # -- serving ---------------------------------------------------------------------------------

    @asynccontextmanager
    async def lease(self, model_id: str) -> AsyncIterator[Backend]:
        """Admit a request to a model (queue-bounded), load it if needed, hold it while serving."""
        m = self.get(model_id)
        if m.state == ModelState.FAILED:
            raise BackendUnavailable(f"model {model_id!r} failed to load: {m.error}")
        if m.slots.locked() and m.waiting >= m.cfg.max_queue:
            raise Overloaded(f"model {model_id!r} is busy: {m.waiting} requests already waiting")
        m.waiting += 1
        try:
            await m.slots.acquire()
        finally:
            m.waiting -= 1
        m.in_use += 1
        try:
            await self.ensure_loaded(model_id)
            m.last_used = self.clock()
            yield m.backend
        finally:
            m.in_use -= 1
            m.last_used = self.clock()
            m.slots.release()

    async def run_reaper(self, interval: float = 5.0) -> None:
        while True:
            await asyncio.sleep(interval)
            await self.unload_idle()
