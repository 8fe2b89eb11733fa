"""The official openai client against a real gateway serving real Gemma 3 270M weights."""

from __future__ import annotations

import asyncio

import httpx
import openai
import pytest

from tests.conftest import LiveServer

CHAT = [{"role": "user", "content": "Count from one to five."}]


def client(live: LiveServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{live.url}/v1", api_key="unused", max_retries=0)


def test_sync_chat_names_the_model_and_counts_usage(gemma_server: LiveServer) -> None:
    raw = client(gemma_server).chat.completions.with_raw_response.create(
        model="auto", messages=CHAT, max_tokens=8, temperature=0
    )
    reply = raw.parse()
    assert reply.model == "gemma-chat"
    assert raw.headers["x-tekizai-model"] == "gemma-chat"
    assert raw.headers["x-tekizai-reason"] == "default"
    assert raw.headers["x-tekizai-tier"] == "0"
    assert reply.choices[0].message.content
    assert reply.usage is not None
    assert reply.usage.completion_tokens == 8 and reply.choices[0].finish_reason == "length"
    assert reply.usage.prompt_tokens > 5


def test_alias_and_explicit_reasons(gemma_server: LiveServer) -> None:
    raw = client(gemma_server).chat.completions.with_raw_response.create(
        model="g", messages=CHAT, max_tokens=2
    )
    assert raw.headers["x-tekizai-reason"] == "alias"
    assert raw.parse().model == "gemma-chat"


def test_stream_chunks_name_the_model_and_usage_only_on_request(gemma_server: LiveServer) -> None:
    c = client(gemma_server)
    chunks = list(c.chat.completions.create(model="gemma-chat", messages=CHAT, max_tokens=6, stream=True,
                                            temperature=0))  # fmt: skip
    assert chunks and all(ch.model == "gemma-chat" for ch in chunks)
    assert all(ch.usage is None for ch in chunks)
    text = "".join(ch.choices[0].delta.content or "" for ch in chunks if ch.choices)

    with_usage = list(c.chat.completions.create(
        model="gemma-chat", messages=CHAT, max_tokens=6, stream=True, temperature=0,
        stream_options={"include_usage": True},
    ))  # fmt: skip
    last = with_usage[-1]
    assert last.choices == [] and last.usage is not None
    assert last.usage.completion_tokens == 6
    # same prompt, same count as the non-streaming reply
    whole = c.chat.completions.create(model="gemma-chat", messages=CHAT, max_tokens=6, temperature=0)
    assert whole.usage is not None and last.usage.prompt_tokens == whole.usage.prompt_tokens
    assert text == whole.choices[0].message.content


def test_async_client_concurrent_requests(gemma_server: LiveServer) -> None:
    async def run() -> list[str]:
        ac = openai.AsyncOpenAI(base_url=f"{gemma_server.url}/v1", api_key="unused", max_retries=0)
        replies = await asyncio.gather(*[
            ac.chat.completions.create(model="gemma-chat", messages=CHAT, max_tokens=4, temperature=0, seed=1)
            for _ in range(3)
        ])  # fmt: skip
        await ac.close()
        return [r.choices[0].message.content or "" for r in replies]

    texts = asyncio.run(run())
    assert len(texts) == 3 and len(set(texts)) == 1  # temperature 0: the same answer each time


def test_stop_sequence_ends_generation(gemma_server: LiveServer) -> None:
    c = client(gemma_server)
    free = c.completions.create(model="gemma-base", prompt="1, 2, 3, 4,", max_tokens=12, temperature=0)
    text = free.choices[0].text
    assert "6" in text, text  # the base model continues the count
    stopped = c.completions.create(
        model="gemma-base", prompt="1, 2, 3, 4,", max_tokens=12, temperature=0, stop=["6"]
    )
    assert stopped.choices[0].text == text[: text.index("6")]
    assert stopped.choices[0].finish_reason == "stop"


def test_completions_stream_on_base_model(gemma_server: LiveServer) -> None:
    chunks = list(client(gemma_server).completions.create(
        model="gemma-base", prompt="The capital of France is", max_tokens=5, stream=True, temperature=0
    ))  # fmt: skip
    assert chunks and all(ch.model == "gemma-base" for ch in chunks)
    assert "".join(ch.choices[0].text for ch in chunks if ch.choices).strip()


def test_completion_only_model_refuses_chat(gemma_server: LiveServer) -> None:
    with pytest.raises(openai.BadRequestError) as err:
        client(gemma_server).chat.completions.create(model="gemma-base", messages=CHAT)
    assert "completion_only" in str(err.value)


def test_unknown_model_is_404_never_a_substitute(gemma_server: LiveServer) -> None:
    with pytest.raises(openai.NotFoundError) as err:
        client(gemma_server).chat.completions.create(model="gpt-4o", messages=CHAT)
    assert err.value.body["code"] == "model_not_found"  # type: ignore[index]


def test_n_greater_than_one_is_named(gemma_server: LiveServer) -> None:
    with pytest.raises(openai.BadRequestError) as err:
        client(gemma_server).chat.completions.create(model="auto", messages=CHAT, n=2)
    assert err.value.body["param"] == "n"  # type: ignore[index]


def test_models_list_shows_states(gemma_server: LiveServer) -> None:
    models = client(gemma_server).models.list()
    ids = [m.id for m in models.data]
    assert ids[0] == "auto" and {"gemma-chat", "gemma-base"} <= set(ids)
    raw = httpx.get(f"{gemma_server.url}/v1/models").json()
    states = {m["id"]: m["tekizai"].get("state") for m in raw["data"]}
    assert states["gemma-chat"] in ("unloaded", "loaded")
    assert raw["data"][1]["tekizai"]["verified"] is False  # loaded from a plain path


def test_content_as_text_parts(gemma_server: LiveServer) -> None:
    parts = [{"type": "text", "text": "Count from one "}, {"type": "text", "text": "to five."}]
    joined = client(gemma_server).chat.completions.create(
        model="gemma-chat", messages=[{"role": "user", "content": parts}], max_tokens=5, temperature=0
    )
    plain = client(gemma_server).chat.completions.create(
        model="gemma-chat", messages=CHAT, max_tokens=5, temperature=0
    )
    assert joined.choices[0].message.content == plain.choices[0].message.content
