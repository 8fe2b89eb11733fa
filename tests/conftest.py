"""Shared fixtures: real model files, real servers on loopback."""

from __future__ import annotations

import asyncio
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Self

import httpx
import pytest
import uvicorn

from tekizai.catalog.fetch import is_verified
from tekizai.catalog.sources import CATALOG
from tekizai.config import Settings, default_data_dir, parse_settings
from tekizai.gateway import Gateway
from tekizai.server.app import create_app
from tekizai.server.security import digest

ADMIN_KEY = "tkz-admin-test-key"
GEMMA = "gemma-3-270m-q4_k_m"
QWEN_05 = "qwen2.5-coder-0.5b-instruct-q4_k_m"
QWEN_15 = "qwen2.5-coder-1.5b-instruct-q4_k_m"
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def model_path(catalog_id: str) -> Path:
    """The verified model file, or a skip that says how to get it."""
    model = CATALOG[catalog_id]
    path = default_data_dir(dict(os.environ)) / "models" / model.filename
    if not is_verified(model, path):
        pytest.skip(f"{catalog_id} is not fetched: run `tekizai fetch {catalog_id}` (make test does)")
    return path


@pytest.fixture(scope="session")
def gemma_path() -> Path:
    return model_path(GEMMA)


@pytest.fixture(scope="session")
def qwen05_path() -> Path:
    return model_path(QWEN_05)


@pytest.fixture(scope="session")
def qwen15_path() -> Path:
    return model_path(QWEN_15)


def gemma_models(gemma_path: Path, **overrides: Any) -> list[dict[str, Any]]:
    """Two views of the same Gemma 3 270M file: a chat model (forced gemma format) and a base one."""
    common = {"backend": "llamacpp", "path": str(gemma_path), "context_length": 512}
    return [
        {"id": "gemma-chat", "aliases": ["g"], "chat_format": "gemma", "tier": 0, **common, **overrides},
        {"id": "gemma-base", "chat_format": None, "tier": 1, **common, **overrides},
    ]


def make_settings(tmp_path: Path, models: list[dict[str, Any]], **extra: Any) -> Settings:
    raw = {
        "data_dir": str(tmp_path),
        "models": models,
        "default_model": models[0]["id"],
        "admin_key_sha256": digest(ADMIN_KEY),
        **extra,
    }
    return parse_settings(raw, "test")


class LiveServer:
    """A real uvicorn server on an ephemeral loopback port, in a thread of its own."""

    gateway: Gateway

    def __init__(self, app: Any) -> None:
        self.config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(self.config)
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        asyncio.run(self.server.serve())

    def __enter__(self) -> Self:
        self.thread.start()
        for _ in range(500):
            if self.server.started:
                break
            self.thread.join(0.02)
        else:
            raise RuntimeError("server did not start")
        sock = self.server.servers[0].sockets[0]
        self.port = sock.getsockname()[1]
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(30)


def serve(settings: Settings, **gateway_kwargs: Any) -> LiveServer:
    gateway = Gateway.build(settings, env={}, **gateway_kwargs)
    live = LiveServer(create_app(gateway, digest(ADMIN_KEY)))
    live.gateway = gateway
    return live


@pytest.fixture(scope="module")
def gemma_server(gemma_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    settings = make_settings(tmp_path_factory.mktemp("gemma"), gemma_models(gemma_path))
    with serve(settings) as live:
        yield live


def wait_healthy(url: str, seconds: float = 30.0) -> bool:
    """Poll ``url``/health until it answers 200 (a server started in another process)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health").status_code == 200:
                return True
        except httpx.HTTPError:
            time.sleep(0.1)
    return False
