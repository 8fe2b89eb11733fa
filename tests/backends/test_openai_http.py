"""The OpenAI-compatible HTTP backend.

Against a real upstream: another tekizai gateway serving Gemma 3 270M on loopback. A small recording
upstream (aiohttp on loopback) shows what only a recorder can: the headers and body we send, a stream
without usage, a stalled reply.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from tests.conftest import LiveServer, gemma_models, make_settings, serve
from tests.recorder import Recorder, free_port


@pytest.fixture(scope="module")
def upstream(gemma_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    models = gemma_models(gemma_path)
    models.append({"id": "gemma-embed", "backend": "llamacpp", "path": str(gemma_path), "chat_format": None,
                   "context_length": 512, "llama": {"embedding": True}})  # fmt: skip
    with serve(make_settings(tmp_path_factory.mktemp("upstream"), models)) as live:
        yield live


def remote(model_id: str, url: str, upstream_model: str, **kw: Any) -> dict[str, Any]:
    return {
        "id": model_id,
        "backend": "openai",
        "base_url": f"{url}/v1",
        "upstream_model": upstream_model,
        **kw,
    }


@pytest.fixture(scope="module")
def front(upstream: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    models = [
        remote("remote-chat", upstream.url, "gemma-chat", tier=2),
        remote("remote-base", upstream.url, "gemma-base"),
        remote("remote-embed", upstream.url, "gemma-embed"),
        remote("remote-missing", upstream.url, "no-such-model"),
        remote("remote-down", f"http://127.0.0.1:{free_port()}", "x", timeouts={"connect": 1}),
    ]
    with serve(make_settings(tmp_path_factory.mktemp("front"), models)) as live:
        yield live


def client(live: LiveServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{live.url}/v1", api_key="unused", max_retries=0)


CHAT = [{"role": "user", "content": "Say hello."}]


def test_chat_through_real_upstream(front: LiveServer, upstream: LiveServer) -> None:
    raw = client(front).chat.completions.with_raw_response.create(model="remote-chat", messages=CHAT, max_tokens=5,
                                                                    temperature=0)  # fmt: skip
    reply = raw.parse()
    assert reply.model == "remote-chat" and raw.headers["x-tekizai-tier"] == "2"
    direct = client(upstream).chat.completions.create(
        model="gemma-chat", messages=CHAT, max_tokens=5, temperature=0
    )
    assert reply.choices[0].message.content == direct.choices[0].message.content
    assert reply.usage is not None and reply.usage.completion_tokens == 5


def test_stream_through_real_upstream(front: LiveServer) -> None:
    c = client(front)
    plain = list(c.chat.completions.create(model="remote-chat", messages=CHAT, max_tokens=5, stream=True))
    assert plain and all(ch.model == "remote-chat" for ch in plain) and all(ch.usage is None for ch in plain)
    counted = list(c.chat.completions.create(model="remote-chat", messages=CHAT, max_tokens=5, stream=True,
                                             stream_options={"include_usage": True}))  # fmt: skip
    assert counted[-1].usage is not None and counted[-1].usage.completion_tokens == 5


def test_completions_and_embeddings_pass_through(front: LiveServer) -> None:
    c = client(front)
    done = c.completions.create(
        model="remote-base", prompt="The capital of France is", max_tokens=4, temperature=0
    )
    assert done.model == "remote-base" and done.choices[0].text
    emb = c.embeddings.create(model="remote-embed", input=["hello", "world"])
    assert len(emb.data) == 2 and len(emb.data[0].embedding) == 640  # Gemma 3 270M's width


def test_upstream_errors_are_translated(front: LiveServer) -> None:
    with pytest.raises(openai.NotFoundError) as err:
        client(front).chat.completions.create(model="remote-missing", messages=CHAT)
    assert "upstream" in err.value.message
    long_text = "word " * 2000
    with pytest.raises(openai.BadRequestError) as err2:
        client(front).chat.completions.create(
            model="remote-chat", messages=[{"role": "user", "content": long_text}]
        )
    assert err2.value.code == "context_length_exceeded"


def test_unreachable_upstream_is_503(front: LiveServer) -> None:
    resp = httpx.post(
        f"{front.url}/v1/chat/completions", json={"model": "remote-down", "messages": CHAT}, timeout=30
    )
    assert resp.status_code == 503 and resp.json()["error"]["code"] == "backend_unavailable"


def test_what_we_send_upstream(tmp_path: Path) -> None:
    with Recorder() as rec:
        model = remote("r", f"http://127.0.0.1:{rec.port}", "upstream-name", api_key_env="R_KEY")
        from tekizai.gateway import Gateway
        from tekizai.server.app import create_app
        from tekizai.server.security import digest

        gateway = Gateway.build(make_settings(tmp_path, [model]), env={"R_KEY": "sk-upstream-secret"})
        with LiveServer(create_app(gateway, digest("admin"))) as live:
            headers = {"x-request-id": "req-42"}
            httpx.post(f"{live.url}/v1/chat/completions", headers=headers,
                       json={"model": "r", "messages": CHAT, "stream": True}).raise_for_status()  # fmt: skip
            sent_headers, sent_body = rec.requests[-1]
            assert sent_headers["X-Request-ID"] == "req-42"
            assert sent_headers["Authorization"] == "Bearer sk-upstream-secret"
            assert sent_body["model"] == "upstream-name"
            assert sent_body["stream_options"] == {
                "include_usage": True
            }  # we count, whatever the client asked


def test_usage_is_counted_when_upstream_omits_it(tmp_path: Path, gemma_path: Path) -> None:
    from llama_cpp import Llama

    with Recorder(usage=False) as rec:
        url = f"http://127.0.0.1:{rec.port}"
        models = [remote("r", url, "u"), remote("t", url, "u", tokenizer=str(gemma_path))]
        with serve(make_settings(tmp_path, models)) as live:
            counted = {}
            for model in ("r", "t"):
                chunks = list(client(live).chat.completions.create(model=model, messages=CHAT, stream=True,
                                                                   stream_options={"include_usage": True}))  # fmt: skip
                counted[model] = chunks[-1].usage
    vocab = Llama(model_path=str(gemma_path), vocab_only=True, verbose=False)

    def gemma_count(text: str) -> int:
        return len(vocab.tokenize(text.encode(), add_bos=False, special=True))

    assert counted["t"].model_extra["counted_by"] == "tokenizer"
    assert counted["t"].completion_tokens == gemma_count("hi there")  # the recorder's reply
    assert counted["t"].prompt_tokens == gemma_count("Say hello.")
    assert counted["r"].model_extra["counted_by"] == "bytes"
    assert counted["r"].completion_tokens == len("hi there") // 4


def test_stalled_upstream_times_out(tmp_path: Path) -> None:
    model = remote("slow", "", "u", timeouts={"connect": 1, "first_token": 0.5, "total": 5})
    with Recorder(stall=3) as rec:
        model["base_url"] = f"http://127.0.0.1:{rec.port}/v1"
        with serve(make_settings(tmp_path, [model])) as live:
            resp = httpx.post(
                f"{live.url}/v1/chat/completions", json={"model": "slow", "messages": CHAT}, timeout=30
            )
            assert resp.status_code == 504 and resp.json()["error"]["code"] == "backend_timeout"
            streamed = httpx.post(f"{live.url}/v1/chat/completions",
                                  json={"model": "slow", "messages": CHAT, "stream": True}, timeout=30)  # fmt: skip
            assert streamed.status_code == 504


def test_tools_and_tool_messages_reach_a_model_that_supports_them(tmp_path: Path) -> None:
    tools = [
        {
            "type": "function",
            "function": {"name": "get_weather", "parameters": {"type": "object", "properties": {}}},
        }
    ]
    messages = [
        {"role": "user", "content": "Weather in Tokyo?"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "sunny"},
    ]  # fmt: skip
    with Recorder() as rec:
        url = f"http://127.0.0.1:{rec.port}"
        models = [remote("plain", url, "u"), remote("tooled", url, "u", supports_tools=True)]
        with serve(make_settings(tmp_path, models)) as live:
            body = {"model": "auto", "messages": messages, "tools": tools, "tool_choice": "auto"}
            resp = httpx.post(f"{live.url}/v1/chat/completions", json=body, timeout=30)
            assert resp.status_code == 200 and resp.headers["x-tekizai-model"] == "tooled"
            _, sent = rec.requests[-1]
            assert sent["tools"] == tools and sent["tool_choice"] == "auto"
            assert sent["messages"][1]["tool_calls"][0]["id"] == "call_1"
            assert sent["messages"][2] == {"role": "tool", "tool_call_id": "call_1", "content": "sunny"}
            refused = httpx.post(
                f"{live.url}/v1/chat/completions", json={**body, "model": "plain"}, timeout=30
            )
            assert refused.status_code == 400 and "no_tools" in refused.json()["error"]["message"]
