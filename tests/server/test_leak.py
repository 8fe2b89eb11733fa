"""No sensitive prompt reaches a non-local model, asked for by name or by `auto`.

A recording upstream on loopback plays the cloud model (declared non-local, the default model, and
a heavier tier); real Gemma 3 270M is the local model. Every prompt of the synthetic generator is sent in several places of
a request; the recorder must receive none of them, while ordinary prompts do reach it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tekizai.config import Settings
from tekizai.evaluation.synthetic_pii import generate
from tests.conftest import LiveServer, make_settings, serve
from tests.recorder import Recorder


@pytest.fixture(scope="module")
def gateway(
    gemma_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[LiveServer, Recorder]]:
    with Recorder() as rec, serve(_settings(rec, gemma_path, tmp_path_factory.mktemp("leak"))) as live:
        yield live, rec


def _settings(rec: Recorder, gemma_path: Path, home: Path, **routing: object) -> Settings:
    """The recorder as the cloud model (non-local, the default, tier 1) and Gemma as the local one."""
    models = [
        {"id": "cloud", "backend": "openai", "base_url": f"http://127.0.0.1:{rec.port}/v1", "tier": 1},
        {"id": "local-gemma", "backend": "llamacpp", "path": str(gemma_path), "chat_format": "gemma",
         "context_length": 512, "tier": 0},
    ]  # fmt: skip
    settings = make_settings(home, models)
    return settings.model_copy(
        update={"default_model": "cloud", "routing": settings.routing.model_copy(update=routing)}
    )


def placements(text: str) -> list[list[dict]]:
    """The sensitive text as the user turn, in the system prompt, and in an earlier turn."""
    return [
        [{"role": "user", "content": text}],
        [
            {"role": "system", "content": f"Context:\n{text}"},
            {"role": "user", "content": "Summarise the context."},
        ],
        [
            {"role": "user", "content": text},
            {"role": "assistant", "content": "OK."},
            {"role": "user", "content": "Go on."},
        ],  # fmt: skip
        [
            {
                "role": "user",
                "content": [{"type": "text", "text": "Read this: "}, {"type": "text", "text": text}],
            }
        ],
    ]


def test_no_sensitive_prompt_reaches_the_non_local_model(gateway: tuple[LiveServer, Recorder]) -> None:
    live, rec = gateway
    samples = list(generate(count_per_template=2))
    served_locally = 0
    with httpx.Client(base_url=live.url, timeout=60) as client:
        for sample in samples:
            for messages in placements(sample.text):
                for model in ("auto", "cloud"):
                    body = {"model": model, "messages": messages, "max_tokens": 1}
                    resp = client.post("/v1/chat/completions", json=body)
                    assert resp.status_code == 200, resp.text
                    assert resp.headers["x-tekizai-model"] == "local-gemma", (sample.kind, model)
                    assert f"sensitive:{sample.kind}" in resp.headers["x-tekizai-reason"]
                    served_locally += 1
    assert rec.requests == [], f"{len(rec.requests)} sensitive requests reached the non-local model"
    assert served_locally == len(samples) * 4 * 2

    # the control: an ordinary prompt named for it does reach it, so an empty recorder meant something;
    # by `auto` it goes to the lightest adequate tier, the local model
    question = [{"role": "user", "content": "What is the capital of France?"}]
    with httpx.Client(base_url=live.url, timeout=60) as client:
        named = client.post("/v1/chat/completions", json={"model": "cloud", "messages": question})
        assert named.headers["x-tekizai-model"] == "cloud"
        auto = client.post(
            "/v1/chat/completions", json={"model": "auto", "messages": question, "max_tokens": 1}
        )
        assert auto.headers["x-tekizai-model"] == "local-gemma"
        assert auto.headers["x-tekizai-reason"] == "lightest_adequate"
    assert len(rec.requests) == 1


def test_sensitive_headers_name_kinds_never_values(gateway: tuple[LiveServer, Recorder]) -> None:
    live, _ = gateway
    body = {"model": "cloud", "max_tokens": 1,
            "messages": [{"role": "user", "content": "カード番号 4111-1111-1111-1111 で払えますか"}]}  # fmt: skip
    resp = httpx.post(f"{live.url}/v1/chat/completions", json=body, timeout=60)
    reason = resp.headers["x-tekizai-reason"]
    assert reason == "sensitive:payment_card,rerouted_local"
    assert "4111" not in str(resp.headers)


def test_with_the_ginza_recogniser_a_name_only_it_knows_stays_local(
    gemma_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    pytest.importorskip("ja_ginza", reason="the ja-ner extra is not installed")
    text = "顧客の勅使河原宏から住所変更の連絡があった。返信の文面を考えて"
    with Recorder() as rec:
        settings = _settings(rec, gemma_path, tmp_path_factory.mktemp("ginza"), name_recognizer="ginza")
        with serve(settings) as live, httpx.Client(base_url=live.url, timeout=60) as client:
            body = {"model": "cloud", "max_tokens": 1, "messages": [{"role": "user", "content": text}]}
            resp = client.post("/v1/chat/completions", json=body)
            assert resp.status_code == 200, resp.text
            assert resp.headers["x-tekizai-model"] == "local-gemma"
            assert resp.headers["x-tekizai-reason"] == "sensitive:person_name,rerouted_local"
        assert rec.requests == []
