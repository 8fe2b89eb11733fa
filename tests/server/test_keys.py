"""Keys through the real server: created by the CLI and shown once, permissions, live revocation,
rate limit and token budget tripping at the right request, no overrun under concurrency."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import httpx
from click.testing import CliRunner

from tekizai.cli.main import main
from tekizai.config import Settings
from tekizai.governance.keys import read_keys
from tekizai.protocol import ChatCompletionRequest
from tekizai.routing.size import most_tokens
from tests.conftest import gemma_models, make_settings, serve
from tests.recorder import Recorder
from tests.server.test_errors_and_security import assert_openai_error

HI = {"max_tokens": 4, "messages": [{"role": "user", "content": "Hi"}]}


def _create(home: Path, key_id: str, *options: str, settings: Settings | None = None) -> str:
    if settings is not None:  # a config of the test's own models, for --model to be checked against
        config = home / "config.yaml"
        config.write_text(json.dumps(settings.model_dump(mode="json", exclude_none=True)))
        options = (*options, "--config", str(config))
    out = CliRunner().invoke(main, ["keys", "create", key_id, *options], env={"TEKIZAI_HOME": str(home)})
    assert out.exit_code == 0, out.output
    secret = out.output.strip().splitlines()[-1]
    assert secret.startswith("tkz-") and len(secret) >= 4 + 32  # 192 random bits, url-safe
    stored = (home / "keys.json").read_text()
    assert secret not in stored and oct((home / "keys.json").stat().st_mode & 0o777) == "0o600"
    return secret


def _chat(client: httpx.Client, key: str, model: str = "gemma-chat", **extra: object) -> httpx.Response:
    return client.post("/v1/chat/completions", json={"model": model, **HI, **extra},
                       headers={"authorization": f"Bearer {key}"})  # fmt: skip


def test_created_key_works_and_revocation_takes_effect_within_seconds(
    gemma_path: Path, tmp_path: Path
) -> None:
    key = _create(tmp_path, "team-a")
    other = _create(tmp_path, "team-b")
    listed = CliRunner().invoke(main, ["keys", "list"], env={"TEKIZAI_HOME": str(tmp_path)})
    assert "team-a" in listed.output and key not in listed.output
    with (
        serve(make_settings(tmp_path, gemma_models(gemma_path))) as live,
        httpx.Client(base_url=live.url, timeout=60) as c,
    ):
        assert _chat(c, key).status_code == 200
        assert_openai_error(_chat(c, "tkz-not-a-key"), 401)
        revoked_at = time.monotonic()
        out = CliRunner().invoke(main, ["keys", "revoke", "team-a"], env={"TEKIZAI_HOME": str(tmp_path)})
        assert out.exit_code == 0, out.output
        while _chat(c, key).status_code == 200:
            assert time.monotonic() - revoked_at < 5, "revocation did not take effect within 5 s"
            time.sleep(0.2)
        assert_openai_error(_chat(c, key), 401)
        assert _chat(c, other).status_code == 200  # the other key is untouched
    assert [k.revoked for k in read_keys(tmp_path / "keys.json")] == [True, False]


def test_a_keys_models_and_cloud_permission_bind_routing(gemma_path: Path, tmp_path: Path) -> None:
    with Recorder() as rec:
        models = [*gemma_models(gemma_path),
                  {"id": "cloud", "backend": "openai", "base_url": f"http://127.0.0.1:{rec.port}/v1", "tier": 3}]  # fmt: skip
        settings = make_settings(tmp_path, models)
        only_chat = _create(tmp_path, "chat-only", "--model", "gemma-chat", settings=settings)
        local = _create(tmp_path, "local-only", "--local-only")
        with serve(settings) as live, httpx.Client(base_url=live.url, timeout=60) as c:
            assert_openai_error(_chat(c, only_chat, "gemma-base"), 403)
            assert _chat(c, only_chat, "auto").headers["x-tekizai-model"] == "gemma-chat"
            refused = _chat(c, local, "cloud")
            assert "may not use model 'cloud'" in assert_openai_error(refused, 403)["message"]
            assert _chat(c, local, "g").status_code == 200  # an alias of an allowed model
            listed = c.get("/v1/models", headers={"authorization": f"Bearer {only_chat}"}).json()["data"]
            assert [m["id"] for m in listed] == ["auto", "gemma-chat"]  # a key sees what it may use
        assert rec.requests == []


def test_rate_limit_is_429_naming_the_limit_with_retry_after(gemma_path: Path, tmp_path: Path) -> None:
    key = _create(tmp_path, "slow", "--rpm", "2")
    with (
        serve(make_settings(tmp_path, gemma_models(gemma_path))) as live,
        httpx.Client(base_url=live.url, timeout=60) as c,
    ):
        assert _chat(c, key).status_code == 200 and _chat(c, key).status_code == 200
        third = _chat(c, key)
        error = assert_openai_error(third, 429, "limit_exceeded")
        assert "rate limit of 2 requests per minute for key 'slow'" in error["message"]
        assert 1 <= int(third.headers["retry-after"]) <= 30


def test_token_budget_trips_at_the_right_request(gemma_path: Path, tmp_path: Path) -> None:
    key = _create(tmp_path, "budget", "--tokens-per-day", "150")
    reservation = most_tokens(ChatCompletionRequest.model_validate({"model": "gemma-chat", **HI}), 512)
    with (
        serve(make_settings(tmp_path, gemma_models(gemma_path))) as live,
        httpx.Client(base_url=live.url, timeout=60) as c,
    ):
        used, served = 0, 0
        while (resp := _chat(c, key)).status_code == 200:
            # admitted: what was used plus the most this request could use fit the budget
            assert used + reservation <= 150
            used += resp.json()["usage"]["total_tokens"]
            served += 1
        error = assert_openai_error(resp, 429, "limit_exceeded")
    # refused at the first request that could have overrun it, and not before
    assert used + reservation > 150 and served >= 2
    assert (
        "tokens budget of 150 per day for key 'budget'" in error["message"]
        and "resets at" in error["message"]
    )


def test_concurrent_requests_cannot_overrun_a_token_budget(gemma_path: Path, tmp_path: Path) -> None:
    key = _create(tmp_path, "busy", "--tokens-per-day", "200")
    settings = make_settings(tmp_path, gemma_models(gemma_path, max_concurrency=4, max_queue=100))

    async def burst(url: str) -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=url, timeout=120) as client:
            body = {"model": "gemma-chat", **HI}
            return await asyncio.gather(*(
                client.post("/v1/chat/completions", json=body, headers={"authorization": f"Bearer {key}"})
                for _ in range(24)
            ))  # fmt: skip

    with serve(settings) as live:
        responses = asyncio.run(burst(live.url))
    ok = [r for r in responses if r.status_code == 200]
    assert ok and len(ok) < 24
    assert all(r.status_code == 429 for r in responses if r.status_code != 200)
    assert sum(r.json()["usage"]["total_tokens"] for r in ok) <= 200
    records = [json.loads(line) for line in (tmp_path / "audit" / "audit.jsonl").read_text().splitlines()]
    assert len(records) == 24 and sum(r["status"] == 429 for r in records) == 24 - len(ok)
