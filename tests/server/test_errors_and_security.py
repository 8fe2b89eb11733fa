"""Bad input gets OpenAI-shaped errors; browser-borne requests and missing keys are refused."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import ADMIN_KEY, LiveServer, gemma_models, make_settings, serve


def post(live: LiveServer, path: str, **kwargs: object) -> httpx.Response:
    return httpx.post(f"{live.url}{path}", timeout=60, **kwargs)  # type: ignore[arg-type]


def assert_openai_error(resp: httpx.Response, status: int, code: str | None = None) -> dict:
    assert resp.status_code == status, resp.text
    error = resp.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["message"]
    if code is not None:
        assert error["code"] == code
    return error


def test_malformed_json_is_400(gemma_server: LiveServer) -> None:
    resp = post(
        gemma_server,
        "/v1/chat/completions",
        content=b"{not json",
        headers={"content-type": "application/json"},
    )
    assert_openai_error(resp, 400, "invalid_request")


def test_missing_messages_is_400_naming_the_field(gemma_server: LiveServer) -> None:
    error = assert_openai_error(post(gemma_server, "/v1/chat/completions", json={"model": "auto"}), 400)
    assert error["param"] == "messages"


def test_wrong_type_is_400(gemma_server: LiveServer) -> None:
    resp = post(gemma_server, "/v1/chat/completions", json={"model": "auto", "messages": "hi"})
    assert_openai_error(resp, 400)
    resp = post(gemma_server, "/v1/chat/completions", json=["not", "an", "object"])
    assert_openai_error(resp, 400)


def test_unknown_fields_are_ignored(gemma_server: LiveServer) -> None:
    body = {
        "model": "auto",
        "messages": [{"role": "user", "content": "hi"}],
        "max_tokens": 1,
        "vendor_x": {"a": 1},
    }
    assert post(gemma_server, "/v1/chat/completions", json=body).status_code == 200


def test_body_over_limit_is_413(gemma_server: LiveServer) -> None:
    big = b'{"model":"auto","messages":[{"role":"user","content":"' + b"a" * (9 * 1024 * 1024) + b'"}]}'
    resp = post(
        gemma_server, "/v1/chat/completions", content=big, headers={"content-type": "application/json"}
    )
    assert_openai_error(resp, 413, "request_too_large")


def test_prompt_longer_than_context_is_400(gemma_server: LiveServer) -> None:
    long_text = "word " * 2000  # the models run with a 512-token context
    body = {"model": "gemma-chat", "messages": [{"role": "user", "content": long_text}]}
    assert_openai_error(post(gemma_server, "/v1/chat/completions", json=body), 400, "context_length_exceeded")
    body = {"model": "gemma-base", "prompt": long_text, "stream": True}
    assert_openai_error(post(gemma_server, "/v1/completions", json=body), 400, "context_length_exceeded")


def test_unknown_path_is_openai_shaped_404(gemma_server: LiveServer) -> None:
    assert_openai_error(httpx.get(f"{gemma_server.url}/v1/nothing"), 404)


def test_request_id_is_returned(gemma_server: LiveServer) -> None:
    body = {"model": "auto", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 1}
    resp = post(gemma_server, "/v1/chat/completions", json=body, headers={"x-request-id": "abc-123"})
    assert resp.headers["x-request-id"] == "abc-123"
    generated = post(gemma_server, "/v1/chat/completions", json=body).headers["x-request-id"]
    assert len(generated) == 32
    bad = post(gemma_server, "/v1/chat/completions", json=body, headers={"x-request-id": "a b<script>"})
    assert bad.headers["x-request-id"] != "a b<script>"


def test_health(gemma_server: LiveServer) -> None:
    assert httpx.get(f"{gemma_server.url}/health").json() == {"status": "ok"}


# -- browser-borne attacks ---------------------------------------------------------------------------


def test_foreign_host_header_is_refused(gemma_server: LiveServer) -> None:
    resp = httpx.get(f"{gemma_server.url}/v1/models", headers={"host": "attacker.example:80"})
    assert_openai_error(resp, 403, "forbidden")
    for host in ("localhost", f"127.0.0.1:{gemma_server.port}", f"[::1]:{gemma_server.port}"):
        assert httpx.get(f"{gemma_server.url}/health", headers={"host": host}).status_code == 200


def test_cross_origin_request_is_refused(gemma_server: LiveServer) -> None:
    body = {"model": "auto", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 1}
    resp = post(gemma_server, "/v1/chat/completions", json=body, headers={"origin": "https://evil.example"})
    assert_openai_error(resp, 403, "forbidden")


def test_configured_origin_gets_cors(gemma_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = make_settings(tmp_path, gemma_models(gemma_path),
                             server={"cors_origins": ["http://app.internal:3000"]})  # fmt: skip
    with serve(settings) as live:
        pre = httpx.options(f"{live.url}/v1/models", headers={
            "origin": "http://app.internal:3000", "access-control-request-method": "GET"})  # fmt: skip
        assert pre.status_code == 204
        assert pre.headers["access-control-allow-origin"] == "http://app.internal:3000"
        ok = httpx.get(f"{live.url}/v1/models", headers={"origin": "http://app.internal:3000"})
        assert (
            ok.status_code == 200 and ok.headers["access-control-allow-origin"] == "http://app.internal:3000"
        )
        assert httpx.get(f"{live.url}/v1/models", headers={"origin": "http://other:3000"}).status_code == 403


# -- keys ------------------------------------------------------------------------------------------


def test_admin_needs_the_admin_key(gemma_server: LiveServer) -> None:
    assert_openai_error(httpx.get(f"{gemma_server.url}/admin/models"), 401, "invalid_api_key")
    wrong = httpx.get(f"{gemma_server.url}/admin/models", headers={"authorization": "Bearer nope"})
    assert_openai_error(wrong, 401)
    ok = httpx.get(f"{gemma_server.url}/admin/models", headers={"authorization": f"Bearer {ADMIN_KEY}"})
    assert ok.status_code == 200
    assert {m["id"] for m in ok.json()["models"]} == {"gemma-chat", "gemma-base"}


def test_admin_load_and_unload(gemma_server: LiveServer) -> None:
    auth = {"authorization": f"Bearer {ADMIN_KEY}"}
    loaded = post(gemma_server, "/admin/models/load", json={"model": "gemma-base"}, headers=auth)
    assert loaded.status_code == 200 and loaded.json()["state"] == "loaded"
    assert loaded.json()["memory_bytes"] > 250_000_000
    unloaded = post(gemma_server, "/admin/models/unload", json={"model": "gemma-base"}, headers=auth)
    assert unloaded.json()["state"] == "unloaded" and unloaded.json()["memory_bytes"] == 0
    assert_openai_error(post(gemma_server, "/admin/models/load", json={"model": "nope"}, headers=auth), 404)
    assert_openai_error(post(gemma_server, "/admin/models/load", json={"model": "gemma-base"}), 401)


def test_api_keys_when_configured(gemma_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tekizai.server.security import digest

    settings = make_settings(
        tmp_path, gemma_models(gemma_path), api_keys=[{"id": "team-a", "sha256": digest("sk-a")}]
    )
    with serve(settings) as live:
        assert_openai_error(httpx.get(f"{live.url}/v1/models"), 401)
        assert httpx.get(f"{live.url}/v1/models", headers={"authorization": "Bearer sk-a"}).status_code == 200
        body = {"model": "auto", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 1}
        assert_openai_error(
            post(live, "/v1/chat/completions", json=body, headers={"authorization": "Bearer x"}), 401
        )


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10"])
def test_serve_refuses_to_bind_beyond_loopback_without_keys(host: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from tekizai.cli.main import main

    result = CliRunner().invoke(main, ["serve", "--host", host], env={"TEKIZAI_HOME": str(tmp_path)})
    assert result.exit_code != 0
    assert "API keys are required" in result.output


def test_failed_load_is_503_with_its_reason_and_shows_in_models(gemma_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    truncated = tmp_path / "broken.gguf"
    truncated.write_bytes(gemma_path.read_bytes()[:5_000_000])  # a real header, most tensors missing
    models = [
        {"id": "broken", "backend": "llamacpp", "path": str(truncated), "chat_format": None},
        {"id": "no-template", "backend": "llamacpp", "path": str(gemma_path)},  # chat_format defaults to gguf
    ]
    with serve(make_settings(tmp_path, models)) as live:
        first = post(live, "/v1/completions", json={"model": "broken", "prompt": "hi"})
        assert_openai_error(first, 503, "model_load_failed")
        again = post(live, "/v1/completions", json={"model": "broken", "prompt": "hi"})
        assert "failed to load" in assert_openai_error(again, 503, "backend_unavailable")["message"]
        nt = post(
            live,
            "/v1/chat/completions",
            json={"model": "no-template", "messages": [{"role": "user", "content": "hi"}]},
        )
        assert "no chat template" in assert_openai_error(nt, 503)["message"]
        states = {m["id"]: m for m in httpx.get(f"{live.url}/admin/models",
                                                headers={"authorization": f"Bearer {ADMIN_KEY}"}).json()["models"]}  # fmt: skip
        assert states["broken"]["state"] == "failed" and states["broken"]["error"]
        assert states["no-template"]["state"] == "failed"


def test_auto_routes_around_a_model_that_failed_and_around_a_short_context(gemma_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    truncated = tmp_path / "broken.gguf"
    truncated.write_bytes(gemma_path.read_bytes()[:5_000_000])
    models = [
        {"id": "broken", "backend": "llamacpp", "path": str(truncated), "chat_format": "gemma", "tier": 0},
        {"id": "gemma", "backend": "llamacpp", "path": str(gemma_path), "chat_format": "gemma", "tier": 1,
         "context_length": 1024},
    ]  # fmt: skip
    body = {"model": "auto", "max_tokens": 1, "messages": [{"role": "user", "content": "Say hi."}]}
    with serve(make_settings(tmp_path, models)) as live:
        # the first auto request goes to the default, whose load fails: that request fails, clearly
        assert_openai_error(post(live, "/v1/chat/completions", json=body), 503, "model_load_failed")
        # from then on routing leaves the failed model out
        routed = post(live, "/v1/chat/completions", json=body)
        assert routed.status_code == 200, routed.text
        assert routed.headers["x-tekizai-model"] == "gemma"
        # a request no model left can hold is refused before any model runs, naming each constraint
        long = {**body, "messages": [{"role": "user", "content": "word " * 3000}], "max_tokens": 200}
        message = assert_openai_error(post(live, "/v1/chat/completions", json=long), 400)["message"]
        assert "broken (failed)" in message and "gemma (context_1024_too_small)" in message
