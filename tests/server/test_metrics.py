"""/metrics through the real server: parses with prometheus_client, moves as requests are served, needs
a key, bounded labels; the Grafana dashboard queries only metrics that exist."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families

from tekizai.server.security import digest
from tests.conftest import ADMIN_KEY, gemma_models, make_settings, serve

DASHBOARD = Path(__file__).parents[2] / "deploy" / "grafana" / "tekizai.json"


def _scrape(url: str, key: str = ADMIN_KEY) -> dict[str, list]:
    resp = httpx.get(f"{url}/metrics", headers={"authorization": f"Bearer {key}"}, timeout=30)
    assert resp.status_code == 200, resp.text
    samples: dict[str, list] = {}
    for family in text_string_to_metric_families(resp.text):
        for sample in family.samples:
            samples.setdefault(sample.name, []).append(sample)
    return samples


def _value(samples: dict[str, list], name: str, **labels: str) -> float:
    return sum(s.value for s in samples.get(name, []) if all(s.labels.get(k) == v for k, v in labels.items()))


def test_metrics_move_as_requests_are_served(gemma_path: Path, tmp_path: Path) -> None:
    models = gemma_models(gemma_path, price_input_per_mtok=0.0)
    models.append({"id": "priced", "backend": "llamacpp", "path": str(gemma_path), "chat_format": "gemma",
                   "tier": 2, "price_input_per_mtok": 3.0, "price_output_per_mtok": 15.0, "context_length": 512})  # fmt: skip
    settings = make_settings(tmp_path, models, governance={"metrics_key_sha256": digest("sk-metrics")})
    chat = {"model": "gemma-chat", "max_tokens": 3, "messages": [{"role": "user", "content": "Hi"}]}
    with serve(settings) as live:
        assert httpx.get(f"{live.url}/metrics", timeout=30).status_code == 401
        before = _scrape(live.url, "sk-metrics")
        assert _value(before, "tekizai_requests_total") == 0
        for _ in range(3):
            assert httpx.post(f"{live.url}/v1/chat/completions", json=chat, timeout=60).status_code == 200
        stream = {**chat, "stream": True}
        with httpx.stream("POST", f"{live.url}/v1/chat/completions", json=stream, timeout=60) as resp:
            list(resp.iter_lines())
        sensitive = {**chat, "messages": [{"role": "user", "content": "カード 4111-1111-1111-1111"}]}
        httpx.post(f"{live.url}/v1/chat/completions", json=sensitive, timeout=60)
        httpx.post(f"{live.url}/v1/chat/completions", json={**chat, "model": "nope"}, timeout=60)
        after = _scrape(live.url)
    ok = dict(endpoint="chat.completions", model="gemma-chat", tier="0", reason="explicit", status="200")
    assert _value(after, "tekizai_requests_total", **ok) == 5
    assert _value(after, "tekizai_requests_total", status="404", model="none") == 1
    assert _value(after, "tekizai_tokens_total", model="gemma-chat", direction="output") == 15
    assert _value(after, "tekizai_tokens_total", model="gemma-chat", direction="input") > 0
    assert _value(after, "tekizai_time_to_first_token_seconds_count", model="gemma-chat") == 1
    assert _value(after, "tekizai_request_duration_seconds_count", model="gemma-chat") == 5
    assert _value(after, "tekizai_routing_decision_seconds_count") == 5
    assert _value(after, "tekizai_model_loads_total", model="gemma-chat") == 1
    assert _value(after, "tekizai_models_loaded") == 1
    assert _value(after, "tekizai_model_memory_bytes", model="gemma-chat") > 100 << 20
    assert _value(after, "tekizai_sensitive_requests_total", kind="payment_card") == 1
    assert _value(after, "tekizai_audit_records_total") == 6
    assert _value(after, "tekizai_audit_write_failures_total") == 0
    # local tokens cost 0; the priced tier is the reference, so savings are its price for those tokens
    assert _value(after, "tekizai_cost_total", model="gemma-chat") == 0
    assert _value(after, "tekizai_savings_total", currency="USD") > 0
    # bounded labels: no request ids, no prompt text
    for samples in after.values():
        for s in samples:
            assert all(len(v) < 40 and "Hi" != v and "4111" not in v for v in s.labels.values()), s


def test_the_dashboard_queries_only_metrics_that_exist(gemma_path: Path, tmp_path: Path) -> None:
    dashboard = json.loads(DASHBOARD.read_text())
    exprs = [t["expr"] for panel in dashboard["panels"] for t in panel["targets"]]
    assert len(exprs) >= 15
    used = {m for e in exprs for m in re.findall(r"\btekizai_[a-z_]+", e)}
    with serve(make_settings(tmp_path, gemma_models(gemma_path))) as live:
        chat = {
            "model": "gemma-chat",
            "max_tokens": 1,
            "messages": [{"role": "user", "content": "Hi"}],
            "stream": True,
        }
        with httpx.stream("POST", f"{live.url}/v1/chat/completions", json=chat, timeout=60) as resp:
            list(resp.iter_lines())
        resp = httpx.get(f"{live.url}/metrics", headers={"authorization": f"Bearer {ADMIN_KEY}"}, timeout=30)
    exposed = {s.name for f in text_string_to_metric_families(resp.text) for s in f.samples}
    # a family declared but never observed shows no samples; its HELP line still names it
    declared = set(re.findall(r"^# HELP (tekizai_[a-z_]+)", resp.text, re.M))
    known = exposed | {
        f"{d}{suffix}" for d in declared for suffix in ("", "_total", "_bucket", "_count", "_sum")
    }
    assert used <= known, sorted(used - known)
