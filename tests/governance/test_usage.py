"""Usage in SQLite: append-only migrations, reports by key/model/day, and `tekizai usage` after real requests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import httpx
from click.testing import CliRunner

from tekizai.cli.main import main
from tekizai.governance.usage import MIGRATIONS, UsageStore, migrate
from tekizai.server.security import digest
from tests.conftest import gemma_models, make_settings, serve


def test_migrations_run_once_and_only_the_missing_ones(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "u.sqlite3")
    db.execute(MIGRATIONS[0])
    db.execute("PRAGMA user_version = 1")  # a database from an older release
    assert migrate(db) == len(MIGRATIONS)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"requests_key_day", "requests_day"} <= indexes
    assert migrate(db) == len(MIGRATIONS)  # nothing left to run


def test_usage_by_key_and_model_with_savings_after_real_requests(gemma_path: Path, tmp_path: Path) -> None:
    models = gemma_models(gemma_path)
    models.append({"id": "priced", "backend": "llamacpp", "path": str(gemma_path), "chat_format": "gemma",
                   "tier": 2, "price_input_per_mtok": 1.0, "price_output_per_mtok": 2.0, "context_length": 512})  # fmt: skip
    keys = [{"id": "team-a", "sha256": digest("sk-a")}, {"id": "team-b", "sha256": digest("sk-b")}]
    settings = make_settings(tmp_path, models, api_keys=keys)
    body = {"model": "gemma-chat", "max_tokens": 2, "messages": [{"role": "user", "content": "Hi"}]}
    with serve(settings) as live:
        for key, n in (("sk-a", 3), ("sk-b", 1)):
            for _ in range(n):
                resp = httpx.post(f"{live.url}/v1/chat/completions", json=body, timeout=60,
                                  headers={"authorization": f"Bearer {key}"})  # fmt: skip
                assert resp.status_code == 200
    store = UsageStore(tmp_path / "usage.sqlite3")
    rows = {r["key_id"]: r for r in store.report(["key"])}
    store.close()
    assert rows["team-a"]["requests"] == 3 and rows["team-b"]["requests"] == 1
    assert rows["team-a"]["completion_tokens"] == 6 and rows["team-a"]["cost"] == 0
    prompt = rows["team-a"]["prompt_tokens"]
    assert rows["team-a"]["savings"] == (prompt * 1.0 + 6 * 2.0) / 1e6  # the priced tier's price

    config = tmp_path / "c.yaml"
    config.write_text(json.dumps(settings.model_dump(mode="json", exclude_none=True)))
    out = CliRunner().invoke(main, ["usage", "--config", str(config), "--by", "key"])
    assert out.exit_code == 0, out.output
    assert "team-a" in out.output and "TOTAL" in out.output and "vs priced" in out.output


def test_savings_are_not_configured_without_a_priced_model(gemma_path: Path, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, gemma_models(gemma_path))
    body = {"model": "gemma-chat", "max_tokens": 1, "messages": [{"role": "user", "content": "Hi"}]}
    with serve(settings) as live:
        assert httpx.post(f"{live.url}/v1/chat/completions", json=body, timeout=60).status_code == 200
    out = CliRunner().invoke(main, ["usage", "--by", "model"], env={"TEKIZAI_HOME": str(tmp_path)})
    # the embedded default reads TEKIZAI_HOME: same data dir, so the same database
    assert out.exit_code == 0, out.output
    assert "not configured" in out.output and "n/a" in out.output
