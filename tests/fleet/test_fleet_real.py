"""Lifecycle on real llama.cpp and real GGUF files."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest

from tekizai.backends.base import CallContext
from tekizai.errors import LoadFailed
from tekizai.fleet.fleet import ModelState
from tekizai.gateway import Gateway
from tekizai.protocol import CompletionRequest
from tests.conftest import make_settings, serve


def mapped(path: Path) -> bool:
    return str(path) in Path("/proc/self/maps").read_text()


def two_models(gemma_path: Path, qwen05_path: Path, **gemma_extra: object) -> list[dict]:
    return [
        {"id": "gemma", "backend": "llamacpp", "path": str(gemma_path), "chat_format": None,
         "context_length": 256, **gemma_extra},
        {"id": "qwen", "backend": "llamacpp", "path": str(qwen05_path), "context_length": 256},
    ]  # fmt: skip


def budget_for_one(gateway: Gateway) -> int:
    sizes = [m.backend.memory_estimate() for m in gateway.fleet.models.values()]
    return max(sizes) + min(sizes) // 2  # room for either model, never both


def test_budget_eviction_unmaps_the_file(gemma_path: Path, qwen05_path: Path, tmp_path: Path) -> None:
    async def run() -> None:
        gw = Gateway.build(make_settings(tmp_path, two_models(gemma_path, qwen05_path)), env={})
        gw.fleet.budget_bytes = budget_for_one(gw)
        ctx = CallContext("t")
        await gw.complete(CompletionRequest(model="gemma", prompt="Hello", max_tokens=2), ctx)
        assert mapped(gemma_path)
        await gw.complete(CompletionRequest(model="qwen", prompt="Hello", max_tokens=2), ctx)
        assert gw.fleet.get("gemma").state == ModelState.UNLOADED
        assert not mapped(gemma_path), "the evicted model's file is still mapped"
        assert mapped(qwen05_path)
        await gw.close()
        assert not mapped(qwen05_path)

    asyncio.run(run())


def test_pinned_model_survives_and_blocks(gemma_path: Path, qwen05_path: Path, tmp_path: Path) -> None:
    async def run() -> None:
        settings = make_settings(tmp_path, two_models(gemma_path, qwen05_path, pinned=True))
        gw = Gateway.build(settings, env={})
        gw.fleet.budget_bytes = budget_for_one(gw)
        await gw.start(reap_interval=None)  # pinned models load at start-up
        assert gw.fleet.get("gemma").state == ModelState.LOADED
        with pytest.raises(LoadFailed, match="pinned or busy"):
            await gw.complete(CompletionRequest(model="qwen", prompt="Hello", max_tokens=2), CallContext("t"))
        assert gw.fleet.get("gemma").state == ModelState.LOADED and mapped(gemma_path)
        await gw.close()

    asyncio.run(run())


def test_ttl_unloads_a_real_model(gemma_path: Path, tmp_path: Path) -> None:
    now = [0.0]

    async def run() -> None:
        models = [{"id": "gemma", "backend": "llamacpp", "path": str(gemma_path), "chat_format": None,
                   "context_length": 256}]  # fmt: skip
        gw = Gateway.build(
            make_settings(tmp_path, models, fleet={"idle_ttl_seconds": 30}), env={}, clock=lambda: now[0]
        )
        await gw.complete(CompletionRequest(model="gemma", prompt="Hi", max_tokens=1), CallContext("t"))
        now[0] += 31
        assert await gw.fleet.unload_idle() == ["gemma"]
        assert not mapped(gemma_path)
        await gw.close()

    asyncio.run(run())


def test_client_disconnect_stops_generation(gemma_path: Path, tmp_path: Path) -> None:
    models = [{"id": "gemma", "backend": "llamacpp", "path": str(gemma_path), "chat_format": None,
               "context_length": 1024}]  # fmt: skip
    with serve(make_settings(tmp_path, models)) as live:
        gateway = live.gateway
        backend = gateway.fleet.get("gemma").backend
        body = {"model": "gemma", "prompt": "Once upon a time", "max_tokens": 900, "stream": True,
                "temperature": 0.8, "seed": 3}  # fmt: skip
        with httpx.Client(timeout=60) as c, c.stream("POST", f"{live.url}/v1/completions", json=body) as resp:
            assert resp.status_code == 200
            lines = resp.iter_lines()
            received = sum(1 for _, line in zip(range(6), lines, strict=False) if line.startswith("data:"))
        assert received >= 3
        deadline = time.monotonic() + 20
        while (gateway.fleet.get("gemma").in_use or backend.generating) and time.monotonic() < deadline:  # type: ignore[attr-defined]
            time.sleep(0.05)
        assert gateway.fleet.get("gemma").in_use == 0, "the request still holds the model"
        assert not backend.generating, "the generation did not stop"  # type: ignore[attr-defined]
        produced = backend.tokens_generated  # type: ignore[attr-defined]
        time.sleep(0.5)
        assert backend.tokens_generated == produced  # type: ignore[attr-defined]
        assert produced < 300, f"{produced} tokens generated after the client left"
        print(f"tokens generated before the stop: {produced}")


def _stream_times(url: str, model: str, max_tokens: int) -> tuple[float, float]:
    """(time of the first token, time of the last) for one streamed completion."""
    body = {
        "model": model,
        "prompt": "Once upon a time",
        "max_tokens": max_tokens,
        "stream": True,
        "temperature": 0,
    }
    first = last = 0.0
    with httpx.Client(timeout=120) as c, c.stream("POST", f"{url}/v1/completions", json=body) as resp:
        for line in resp.iter_lines():
            if line.startswith("data: {"):
                last = time.monotonic()
                first = first or last
    return first, last


def test_compute_cap_runs_generations_of_two_models_one_at_a_time(gemma_path: Path, tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    models = [{"id": m, "backend": "llamacpp", "path": str(gemma_path), "chat_format": None, "context_length": 256}
              for m in ("one", "two")]  # fmt: skip
    # two threads per generation on two threads in all: one generation at a time across models
    settings = make_settings(tmp_path, models, fleet={"compute_threads": 2, "threads_per_generation": 2})
    with serve(settings) as live:
        assert live.gateway.compute.slots == 1
        for m in ("one", "two"):
            _stream_times(live.url, m, 1)  # load both first: measure generation, not loading
        with ThreadPoolExecutor(2) as pool:
            a, b = pool.map(lambda m: _stream_times(live.url, m, 60), ("one", "two"))
    first, second = sorted([a, b])
    assert second[0] >= first[1] - 0.05, f"generations overlapped: {first} {second}"


def test_compute_slots_allow_parallel_generations_when_threads_allow(
    gemma_path: Path, tmp_path: Path
) -> None:
    models = [{"id": "one", "backend": "llamacpp", "path": str(gemma_path), "chat_format": None}]
    settings = make_settings(tmp_path, models, fleet={"compute_threads": 2, "threads_per_generation": 1})
    gw = Gateway.build(settings, env={})
    assert gw.compute.slots == 2 and gw.compute.threads_per_generation == 1


def test_eight_concurrent_first_requests_load_a_real_model_once(gemma_path: Path, tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    models = [{"id": "g", "backend": "llamacpp", "path": str(gemma_path), "chat_format": None,
               "context_length": 256, "max_queue": 16}]  # fmt: skip
    with serve(make_settings(tmp_path, models)) as live:
        body = {"model": "g", "prompt": "Hello", "max_tokens": 2}
        with ThreadPoolExecutor(8) as pool:
            codes = list(pool.map(lambda _: httpx.post(f"{live.url}/v1/completions", json=body, timeout=120).status_code,
                                  range(8)))  # fmt: skip
        assert codes == [200] * 8
        assert live.gateway.fleet.get("g").loads == 1


def test_full_queue_is_429(gemma_path: Path, tmp_path: Path) -> None:
    models = [{"id": "g", "backend": "llamacpp", "path": str(gemma_path), "chat_format": None,
               "context_length": 512, "max_queue": 0}]  # fmt: skip
    with serve(make_settings(tmp_path, models)) as live:
        body = {"model": "g", "prompt": "1, 2, 3, 4,", "max_tokens": 400, "stream": True, "temperature": 0}
        with httpx.Client(timeout=60) as c, c.stream("POST", f"{live.url}/v1/completions", json=body) as resp:
            lines = resp.iter_lines()  # keep it: a dropped iterator closes the response (a disconnect)
            next(lines)
            assert live.gateway.fleet.get("g").in_use == 1  # the first request is generating
            busy = httpx.post(f"{live.url}/v1/completions", json={"model": "g", "prompt": "Hi"}, timeout=30)
        assert busy.status_code == 429 and busy.json()["error"]["type"] == "rate_limit_error"


def test_unloading_during_a_generation_stops_it_first(gemma_path: Path, tmp_path: Path) -> None:
    async def run() -> None:
        models = [{"id": "g", "backend": "llamacpp", "path": str(gemma_path), "chat_format": None,
                   "context_length": 512}]  # fmt: skip
        gw = Gateway.build(make_settings(tmp_path, models), env={})
        request = CompletionRequest(
            model="g", prompt="1, 2, 3, 4,", max_tokens=400, temperature=0, stream=True
        )
        stream = await gw.complete_stream(request, CallContext("t"))
        await anext(stream.chunks)  # the worker thread is generating now
        backend = gw.fleet.get("g").backend
        assert backend.generating  # type: ignore[attr-defined]
        await backend.stop()  # must stop the thread and wait for it before freeing the model
        assert not backend.generating  # type: ignore[attr-defined]
        assert backend.tokens_generated < 400  # type: ignore[attr-defined]
        assert not mapped(gemma_path)
        rest = [chunk async for chunk in stream.chunks]
        assert len(rest) < 400

    asyncio.run(run())


def test_client_leaving_a_non_streaming_request_stops_generation(gemma_path: Path, tmp_path: Path) -> None:
    models = [{"id": "g", "backend": "llamacpp", "path": str(gemma_path), "chat_format": None,
               "context_length": 512}]  # fmt: skip
    with serve(make_settings(tmp_path, models)) as live:
        _stream_times(live.url, "g", 1)  # loaded
        backend = live.gateway.fleet.get("g").backend
        before = backend.tokens_generated  # type: ignore[attr-defined]
        body = {"model": "g", "prompt": "1, 2, 3, 4,", "max_tokens": 450, "temperature": 0}
        with pytest.raises(httpx.ReadTimeout):
            httpx.post(f"{live.url}/v1/completions", json=body, timeout=httpx.Timeout(30, read=0.5))
        deadline = time.monotonic() + 20
        while (live.gateway.fleet.get("g").in_use or backend.generating) and time.monotonic() < deadline:  # type: ignore[attr-defined]
            time.sleep(0.05)
        assert not backend.generating  # type: ignore[attr-defined]
        produced = backend.tokens_generated - before  # type: ignore[attr-defined]
        assert produced < 300, f"{produced} tokens generated for a client that left"
