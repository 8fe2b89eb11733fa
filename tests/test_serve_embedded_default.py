"""`tekizai serve` as a user runs it: the embedded default, two real Qwen2.5-Coder tiers."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest

from tests.conftest import QWEN_05, QWEN_15, free_port, model_path, wait_healthy

pytestmark = pytest.mark.instruct


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, str]]:
    small, large = model_path(QWEN_05), model_path(QWEN_15)
    home = tmp_path_factory.mktemp("home")
    (home / "models").mkdir()
    for p in (small, large):  # the verified files and their stamps, without downloading again
        for f in (p, p.with_name(p.name + ".verified")):
            os.link(f, home / "models" / f.name)
    port = free_port()
    env = {**os.environ, "TEKIZAI_HOME": str(home)}
    log = home / "serve.log"
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "tekizai.cli.main", "serve", "--port", str(port)],
                                env=env, stdout=out, stderr=subprocess.STDOUT)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        if not wait_healthy(url):
            pytest.fail(f"serve did not start:\n{log.read_text()}")
        yield url, home, log.read_text()
    finally:
        proc.terminate()
        proc.wait(30)


def test_admin_key_is_generated_once_and_kept_as_a_digest(served: tuple[str, Path, str]) -> None:
    url, home, output = served
    key_line = [line.strip() for line in output.splitlines() if line.strip().startswith("tkz-admin-")]
    assert len(key_line) == 1
    key = key_line[0]
    stored = home / "admin-key.sha256"
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert key not in stored.read_text()  # only the digest is kept
    models = httpx.get(f"{url}/admin/models", headers={"authorization": f"Bearer {key}"})
    assert models.status_code == 200
    assert httpx.get(f"{url}/admin/models").status_code == 401


def test_auto_goes_to_the_default_light_tier_and_says_so(served: tuple[str, Path, str]) -> None:
    url, _, _ = served
    c = openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0)
    raw = c.chat.completions.with_raw_response.create(
        model="auto",
        messages=[{"role": "user", "content": "Reply with the word ok."}],
        max_tokens=5,
        temperature=0,
    )
    assert raw.headers["x-tekizai-model"] == "qwen-0.5b"
    assert raw.headers["x-tekizai-reason"] == "default" and raw.headers["x-tekizai-tier"] == "0"
    assert raw.parse().model == "qwen-0.5b"


def test_the_larger_tier_answers_arithmetic(served: tuple[str, Path, str]) -> None:
    url, _, _ = served
    c = openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0)
    reply = c.chat.completions.create(
        model="qwen-1.5b", temperature=0, max_tokens=40,
        messages=[{"role": "user", "content": "What is 17*23? Answer with the number only."}],
    )  # fmt: skip
    assert "391" in (reply.choices[0].message.content or "")
    assert reply.model == "qwen-1.5b"


def test_json_response_format_is_enforced(served: tuple[str, Path, str]) -> None:
    import json

    url, _, _ = served
    c = openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0)
    reply = c.chat.completions.create(
        model="qwen-0.5b", temperature=0, max_tokens=60, response_format={"type": "json_object"},
        messages=[{"role": "user", "content": "Give the capital of Japan as JSON with a key 'capital'."}],
    )  # fmt: skip
    data = json.loads(reply.choices[0].message.content or "")
    assert isinstance(data, dict)
