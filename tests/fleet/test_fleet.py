"""Fleet lifecycle: single-flight loads, budget eviction, pinning, TTL, queue bound, failed loads.

The mechanics run on a scripted backend (fast, exact); ``test_fleet_real.py`` repeats what matters on
real llama.cpp.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tekizai.config import ModelConfig
from tekizai.errors import BackendUnavailable, LoadFailed, Overloaded
from tekizai.fleet.fleet import Fleet, ModelState

MiB = 1 << 20


class ScriptedBackend:
    """Takes ``size`` bytes when started; ``start`` waits on an event so tests control its timing."""

    def __init__(self, size: int, fail: str | None = None, actual: int | None = None) -> None:
        self.size = size
        self.actual = actual or size  # what start() turns out to take
        self.fail = fail
        self.memory_bytes = 0
        self.starts = 0
        self.release = asyncio.Event()
        self.release.set()

    def memory_estimate(self) -> int:
        return self.size

    async def start(self) -> None:
        self.starts += 1
        await self.release.wait()
        if self.fail:
            raise LoadFailed(self.fail)
        self.memory_bytes = self.actual

    async def stop(self) -> None:
        self.memory_bytes = 0


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def cfg(model_id: str, **kw: Any) -> ModelConfig:
    return ModelConfig(id=model_id, backend="llamacpp", path="/x.gguf", **kw)  # type: ignore[arg-type]


def make_fleet(specs: dict[str, tuple[int, dict[str, Any]]], budget_mib: int, ttl: float | None = 60,
               clock: FakeClock | None = None) -> tuple[Fleet, dict[str, ScriptedBackend]]:  # fmt: skip
    backends = {name: ScriptedBackend(size * MiB) for name, (size, _) in specs.items()}
    fleet = Fleet([(cfg(name, **kw), backends[name]) for name, (_, kw) in specs.items()],
                  budget_bytes=budget_mib * MiB, idle_ttl_seconds=ttl, clock=clock or FakeClock())  # fmt: skip
    return fleet, backends


async def use(fleet: Fleet, model_id: str) -> None:
    async with fleet.lease(model_id):
        pass


def test_eight_concurrent_first_requests_cause_one_load() -> None:
    async def run() -> None:
        fleet, backends = make_fleet({"a": (100, {"max_concurrency": 8})}, budget_mib=1000)
        backends["a"].release.clear()
        tasks = [asyncio.create_task(use(fleet, "a")) for _ in range(8)]
        await asyncio.sleep(0.01)
        assert fleet.get("a").state == ModelState.LOADING
        backends["a"].release.set()
        await asyncio.gather(*tasks)
        assert backends["a"].starts == 1 and fleet.get("a").loads == 1

    asyncio.run(run())


def test_budget_evicts_least_recently_used() -> None:
    async def run() -> None:
        clock = FakeClock()
        fleet, _ = make_fleet({"a": (400, {}), "b": (400, {}), "c": (400, {})}, budget_mib=900, clock=clock)
        await use(fleet, "a")
        clock.now += 1
        await use(fleet, "b")
        clock.now += 1
        await use(fleet, "a")  # a is now more recent than b
        clock.now += 1
        await use(fleet, "c")
        states = {m: fleet.get(m).state for m in "abc"}
        assert states == {"a": ModelState.LOADED, "b": ModelState.UNLOADED, "c": ModelState.LOADED}
        assert fleet.used_bytes == 800 * MiB

    asyncio.run(run())


def test_pinned_model_is_never_evicted() -> None:
    async def run() -> None:
        fleet, _ = make_fleet({"p": (400, {"pinned": True}), "b": (400, {}), "c": (400, {})}, budget_mib=900)
        for m in "pbc":
            await use(fleet, m)
        assert fleet.get("p").state == ModelState.LOADED
        assert fleet.get("b").state == ModelState.UNLOADED

    asyncio.run(run())


def test_no_room_when_budget_is_pinned_or_busy() -> None:
    async def run() -> None:
        fleet, _ = make_fleet({"p": (600, {"pinned": True}), "b": (600, {})}, budget_mib=1000)
        await use(fleet, "p")
        with pytest.raises(LoadFailed, match="pinned or busy"):
            await use(fleet, "b")
        assert fleet.get("b").state == ModelState.FAILED

    asyncio.run(run())


def test_model_larger_than_budget_fails_with_reason() -> None:
    async def run() -> None:
        fleet, _ = make_fleet({"big": (2000, {})}, budget_mib=1000)
        with pytest.raises(LoadFailed, match="more than the whole memory budget"):
            await use(fleet, "big")
        with pytest.raises(BackendUnavailable, match="failed to load"):
            await use(fleet, "big")  # failed state answers at once, with its reason

    asyncio.run(run())


def test_idle_ttl_unloads_with_injected_clock() -> None:
    async def run() -> None:
        clock = FakeClock()
        fleet, _ = make_fleet(
            {"a": (100, {}), "p": (100, {"pinned": True})}, budget_mib=1000, ttl=60, clock=clock
        )
        await use(fleet, "a")
        await use(fleet, "p")
        clock.now += 59
        assert await fleet.unload_idle() == []
        clock.now += 2
        assert await fleet.unload_idle() == ["a"]
        assert fleet.get("a").state == ModelState.UNLOADED
        assert fleet.get("p").state == ModelState.LOADED

    asyncio.run(run())


def test_queue_bound_answers_overloaded() -> None:
    async def run() -> None:
        fleet, _ = make_fleet({"a": (100, {"max_concurrency": 1, "max_queue": 2})}, budget_mib=1000)
        gate = asyncio.Event()

        async def hold() -> None:
            async with fleet.lease("a"):
                await gate.wait()

        holders = [asyncio.create_task(hold()) for _ in range(3)]  # 1 serving + 2 queued
        await asyncio.sleep(0.01)
        assert fleet.get("a").waiting == 2
        with pytest.raises(Overloaded):
            await use(fleet, "a")
        gate.set()
        await asyncio.gather(*holders)
        await use(fleet, "a")  # room again

    asyncio.run(run())


def test_busy_model_is_not_evicted_or_unloaded() -> None:
    async def run() -> None:
        fleet, _ = make_fleet({"a": (600, {}), "b": (600, {})}, budget_mib=1000)
        async with fleet.lease("a"):
            with pytest.raises(LoadFailed):
                await use(fleet, "b")
            with pytest.raises(BackendUnavailable, match="serving"):
                await fleet.unload("a")
        await fleet.load("b")  # admin load retries a failed model; a is idle now and is evicted
        assert fleet.get("b").state == ModelState.LOADED and fleet.get("a").state == ModelState.UNLOADED

    asyncio.run(run())


def test_a_model_larger_than_estimated_evicts_more_after_loading() -> None:
    async def run() -> None:
        clock = FakeClock()
        fleet, backends = make_fleet(
            {"a": (300, {}), "b": (300, {}), "c": (300, {})}, budget_mib=1000, clock=clock
        )
        backends["c"].actual = 500 * MiB
        await use(fleet, "a")
        clock.now += 1
        await use(fleet, "b")
        clock.now += 1
        await use(fleet, "c")  # the estimate (300) fits beside a and b; the real size (500) does not
        assert fleet.get("a").state == ModelState.UNLOADED
        assert fleet.get("b").state == ModelState.LOADED and fleet.get("c").state == ModelState.LOADED
        assert fleet.used_bytes == 800 * MiB

    asyncio.run(run())
