"""A recording OpenAI-compatible upstream on loopback: what only a recorder can show."""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any, Self

from aiohttp import web

from tests.conftest import free_port

__all__ = ["Recorder", "free_port"]


class Recorder:
    """An aiohttp OpenAI-ish server on loopback that records what it receives."""

    def __init__(self, stall: float = 0.0, usage: bool = True) -> None:
        self.stall, self.usage = stall, usage
        self.requests: list[tuple[dict[str, str], dict[str, Any]]] = []
        self.loop = asyncio.new_event_loop()
        self.port = free_port()

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append((dict(request.headers), body))
        await asyncio.sleep(self.stall)
        base = {"id": "r1", "object": "chat.completion.chunk", "created": 1, "model": body["model"]}
        if not body.get("stream"):
            return web.json_response({**base, "object": "chat.completion", "choices": [
                {"index": 0, "message": {"role": "assistant", "content": "hi there"}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}})  # fmt: skip
        resp = web.StreamResponse(headers={"content-type": "text/event-stream"})
        await resp.prepare(request)
        for word in ("hi", " there"):
            chunk = {**base, "choices": [{"index": 0, "delta": {"content": word}, "finish_reason": None}]}
            await resp.write(f"data: {json.dumps(chunk)}\n\n".encode())
        if self.usage:
            usage = {
                **base,
                "choices": [],
                "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
            }
            await resp.write(f"data: {json.dumps(usage)}\n\n".encode())
        await resp.write(b"data: [DONE]\n\n")
        return resp

    def __enter__(self) -> Self:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self.handle)
        runner = web.AppRunner(app)
        self.loop.run_until_complete(runner.setup())
        self.loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", self.port).start())
        self.runner = runner
        threading.Thread(target=self.loop.run_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self.runner.cleanup(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
