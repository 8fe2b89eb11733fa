"""Governance through the real server: one audit record per request under concurrency, masked text,
fail-closed, aggregated unauthenticated floods, streams (real Gemma 3 270M, real uvicorn)."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tekizai.governance.audit import ACTIVE, series, verify
from tekizai.server.security import digest
from tests.conftest import ADMIN_KEY, free_port, gemma_models, make_settings, serve, wait_healthy
from tests.server.test_errors_and_security import assert_openai_error


def _records(home: Path) -> list[dict]:
    return [json.loads(line) for path in series(home / "audit") for line in path.read_text().splitlines()]


def _key(home: Path) -> bytes:
    return bytes.fromhex((home / "audit-key" / "audit.key").read_text().strip())


def test_32_concurrent_clients_one_record_each_and_the_chain_holds(gemma_path: Path, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, gemma_models(gemma_path, max_concurrency=2, max_queue=200))
    ok = {"model": "gemma-chat", "max_tokens": 1, "messages": [{"role": "user", "content": "Hi"}]}
    bad = {"model": "no-such-model", "messages": [{"role": "user", "content": "Hi"}]}

    async def run(url: str) -> list[int]:
        async with httpx.AsyncClient(base_url=url, timeout=120) as client:
            sem = asyncio.Semaphore(32)

            async def one(i: int) -> int:
                async with sem:
                    resp = await client.post("/v1/chat/completions", json=bad if i % 8 == 0 else ok)
                    return resp.status_code

            return await asyncio.gather(*(one(i) for i in range(96)))

    with serve(settings) as live:
        statuses = asyncio.run(run(live.url))
    assert statuses.count(200) == 84 and statuses.count(404) == 12
    records = _records(tmp_path)
    assert len(records) == 96
    assert sorted(r["seq"] for r in records) == list(range(1, 97))
    served = [r for r in records if r["status"] == 200]
    assert len(served) == 84
    for r in served:
        assert r["model"] == "gemma-chat" and r["key_id"] == "local" and r["client"] == "127.0.0.1"
        assert r["tokens"]["completion"] == 1 and r["tokens"]["prompt"] > 0
        assert r["latency_ms"]["total"] > 0 and r["reasons"] == ["explicit"]
        assert r["signals"]["sensitive"] is False and r["cost"]["amount"] == 0.0
        assert r["cost"]["reference"] is None  # no priced model: savings not configured, not 0
    refused = [r for r in records if r["status"] == 404]
    assert len(refused) == 12 and all(r["error_type"] == "model_not_found" for r in refused)
    assert verify(series(tmp_path / "audit"), _key(tmp_path), tmp_path / "audit-key" / "audit-head.json").ok


PLANTED = {
    "card": "4111 1111 1111 1111",
    "my_number": "123456789018",
    "secret": "sk-proj-Zq8XvN3tLr5WmP2kYd7Hc9Bf4Gs6Jt1",
    "email": "hanako.suzuki@example.co.jp",
    "phone": "090-8765-4321",
}


def test_planted_personal_data_and_secrets_appear_nowhere_the_gateway_writes(
    gemma_path: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make_settings(tmp_path, gemma_models(gemma_path), governance={"audit": {"include_text": True}})
    prompt = (f"鈴木花子さんのカード {PLANTED['card']}、マイナンバー {PLANTED['my_number']}、"
              f"メール {PLANTED['email']}、携帯 {PLANTED['phone']} を確認して")  # fmt: skip
    caplog.set_level(logging.DEBUG)
    with serve(settings) as live:
        for stream in (False, True):
            body = {"model": "gemma-chat", "max_tokens": 8, "stream": stream, "messages": [
                {"role": "system", "content": f"API key: {PLANTED['secret']}"},
                {"role": "user", "content": prompt},
            ]}  # fmt: skip
            resp = httpx.post(f"{live.url}/v1/chat/completions", json=body, timeout=60)
            assert resp.status_code == 200, resp.text
        metrics = httpx.get(
            f"{live.url}/metrics", headers={"authorization": f"Bearer {ADMIN_KEY}"}, timeout=30
        ).text
    assert 'kind="payment_card"' in metrics
    records = _records(tmp_path)
    assert len(records) == 2
    for r in records:
        assert "[PAYMENT_CARD]" in r["prompt"] and "[MY_NUMBER]" in r["prompt"] and "[SECRET]" in r["prompt"]
        assert r["signals"]["sensitive_kinds"] and "response" in r
    written = "".join(p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file()
                      and p.suffix != ".gguf")  # fmt: skip
    logs = caplog.text
    for kind, value in PLANTED.items():
        for haystack, where in ((written, "files"), (logs, "logs"), (metrics, "metrics")):
            assert value not in haystack, f"{kind} found in {where}"
            assert value.replace(" ", "").replace("-", "") not in haystack.replace(" ", "").replace(
                "-", ""
            ), (kind, where)
    assert "鈴木" not in written  # the name went with its honorific


def test_fail_closed_refuses_and_serve_counts_the_loss(gemma_path: Path, tmp_path: Path) -> None:
    body = {"model": "gemma-chat", "max_tokens": 1, "messages": [{"role": "user", "content": "Hi"}]}
    for policy in ("refuse", "serve"):
        home = tmp_path / policy
        (home / "audit").mkdir(parents=True)
        (home / "audit" / ACTIVE).symlink_to("/dev/full")  # a full disk: every write fails
        settings = make_settings(home, gemma_models(gemma_path), governance={"audit": {"on_failure": policy}})
        with serve(settings) as live:
            first = httpx.post(f"{live.url}/v1/chat/completions", json=body, timeout=60)
            second = httpx.post(f"{live.url}/v1/chat/completions", json=body, timeout=60)
            lost = live.gateway.governance.lost  # type: ignore[union-attr]
        if policy == "refuse":
            assert_openai_error(first, 503, "audit_unavailable")  # the result is withheld
            # later requests are refused before any generation, until a retry finds the log writable
            assert "refused until it can" in assert_openai_error(second, 503, "audit_unavailable")["message"]
            assert lost == 2  # neither record could be written
        else:
            assert first.status_code == 200 and second.status_code == 200
            assert lost == 2


def test_an_unauthenticated_flood_is_one_record_per_address(gemma_path: Path, tmp_path: Path) -> None:
    settings = make_settings(
        tmp_path, gemma_models(gemma_path), api_keys=[{"id": "team-a", "sha256": digest("sk-a")}]
    )
    body = {"model": "gemma-chat", "max_tokens": 1, "messages": [{"role": "user", "content": "Hi"}]}
    with serve(settings) as live, httpx.Client(base_url=live.url, timeout=60) as client:
        for _ in range(50):
            assert (
                client.post(
                    "/v1/chat/completions", json=body, headers={"authorization": "Bearer wrong"}
                ).status_code
                == 401
            )
        good = client.post("/v1/chat/completions", json=body, headers={"authorization": "Bearer sk-a"})
        assert good.status_code == 200
    records = _records(tmp_path)
    floods = [r for r in records if r.get("event") == "auth_failures"]
    assert len(floods) == 1 and floods[0]["count"] == 50 and floods[0]["client"] == "127.0.0.1"
    served = [r for r in records if r.get("status") == 200]
    assert len(served) == 1 and served[0]["key_id"] == "team-a"
    assert len(records) == 2


def test_a_stream_is_recorded_with_its_usage_and_first_token_time(gemma_path: Path, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, gemma_models(gemma_path))
    body = {
        "model": "gemma-chat",
        "max_tokens": 5,
        "stream": True,
        "messages": [{"role": "user", "content": "Hi"}],
    }
    with serve(settings) as live:
        with httpx.stream("POST", f"{live.url}/v1/chat/completions", json=body, timeout=60) as resp:
            events = [line for line in resp.iter_lines() if line.startswith("data: ")]
        assert events[-1] == "data: [DONE]"
        records = _records(tmp_path)  # written before the last event went out
    assert len(records) == 1
    r = records[0]
    assert r["stream"] is True and r["status"] == 200 and r["tokens"]["completion"] == 5
    assert 0 < r["latency_ms"]["first_token"] <= r["latency_ms"]["total"]


def test_admin_actions_are_audited(gemma_path: Path, tmp_path: Path) -> None:
    with serve(make_settings(tmp_path, gemma_models(gemma_path))) as live:
        auth = {"authorization": f"Bearer {ADMIN_KEY}"}
        assert (
            httpx.post(
                f"{live.url}/admin/models/load", json={"model": "g"}, headers=auth, timeout=60
            ).status_code
            == 200
        )
        assert (
            httpx.post(
                f"{live.url}/admin/models/unload", json={"model": "gemma-chat"}, headers=auth, timeout=60
            ).status_code
            == 200
        )
        assert (
            httpx.post(
                f"{live.url}/admin/models/load", json={"model": "nope"}, headers=auth, timeout=60
            ).status_code
            == 404
        )
    events = [(r["action"], r["model"], r["status"]) for r in _records(tmp_path) if r.get("event") == "admin"]
    assert events == [("load", "gemma-chat", 200), ("unload", "gemma-chat", 200), ("load", None, 404)]


def test_a_killed_gateway_loses_no_record(gemma_path: Path, tmp_path: Path) -> None:
    """SIGKILL right after the responses: every record was flushed to the OS before its response."""
    config = tmp_path / "config.yaml"
    settings = make_settings(tmp_path, gemma_models(gemma_path))
    config.write_text(json.dumps(settings.model_dump(mode="json", exclude_none=True)))
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tekizai.cli.main", "serve", "--config", str(config), "--port", str(port)],
        env={**os.environ, "TEKIZAI_HOME": str(tmp_path)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        assert wait_healthy(url), "serve did not start"
        body = {"model": "gemma-chat", "max_tokens": 1, "messages": [{"role": "user", "content": "Hi"}]}
        for _ in range(7):
            assert httpx.post(f"{url}/v1/chat/completions", json=body, timeout=60).status_code == 200
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    assert len(_records(tmp_path)) == 7
    # the chain holds; the head was not exported (no clean shutdown), which verify does not need
    assert verify(series(tmp_path / "audit"), _key(tmp_path)).ok
