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
        gw = Gateway.build(make_settings(tmp_path, models, fleet={"idle_ttl_seconds": 30}), env={}, clock=lambda: now[0])
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
            received = sum(1 for _, line in zip(range(6), lines) if line.startswith("data:"))
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
