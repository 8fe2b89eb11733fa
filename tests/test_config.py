"""Configuration: the embedded default, errors that name the field, the schema and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from tekizai.catalog.sources import CATALOG
from tekizai.cli.main import main
from tekizai.config import load_settings, parse_settings
from tekizai.errors import ConfigError


def test_embedded_default_has_two_local_tiers_from_the_catalog(tmp_path: Path) -> None:
    settings = load_settings(None, env={"TEKIZAI_HOME": str(tmp_path)})
    assert settings.data_dir == tmp_path
    tiers = {m.tier for m in settings.models}
    assert len(tiers) >= 2
    for m in settings.models:
        assert m.local and m.verified and m.source in CATALOG
    assert settings.server.host == "127.0.0.1" and settings.server.port not in (8080, 11434, 4000)


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "tekizai.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def base(**model: object) -> dict:
    return {"default_model": "m", "models": [{"id": "m", "backend": "llamacpp", "path": "m.gguf", **model}]}


@pytest.mark.parametrize(
    ("model", "field", "problem"),
    [
        ({"tier": -1}, "models.0.tier", "greater than or equal to 0"),
        ({"backend": "grpc"}, "models.0.backend", "'llamacpp' or 'openai'"),
        ({"local": False}, "models.0", "always local"),
        ({"source": "x"}, "models.0", "exactly one of `path` or `source`"),
        ({"context_length": "big"}, "models.0.context_length", "valid integer"),
        ({"colour": "blue"}, "models.0.colour", "Extra inputs are not permitted"),
    ],
)
def test_errors_name_the_field_and_the_problem(tmp_path: Path, model: dict, field: str, problem: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_settings(write(tmp_path, base(**model)), env={})
    assert field in err.value.message and problem in err.value.message


def test_openai_backend_needs_a_url_and_is_not_local_by_default() -> None:
    with pytest.raises(ConfigError, match="needs `base_url`"):
        parse_settings({"data_dir": "/x", "default_model": "r", "models": [{"id": "r", "backend": "openai"}]})
    s = parse_settings({"data_dir": "/x", "default_model": "r",
                        "models": [{"id": "r", "backend": "openai", "base_url": "http://10.0.0.5:8000/v1"}]})  # fmt: skip
    assert s.models[0].local is False and not s.models[0].verified


def test_duplicate_names_and_reserved_auto_are_refused() -> None:
    models = [
        {"id": "a", "backend": "llamacpp", "path": "/a"},
        {"id": "b", "aliases": ["a"], "backend": "llamacpp", "path": "/b"},
    ]
    with pytest.raises(ConfigError, match="used by both"):
        parse_settings({"data_dir": "/x", "default_model": "a", "models": models})
    with pytest.raises(ConfigError, match="reserved"):
        parse_settings({"data_dir": "/x", "default_model": "auto",
                        "models": [{"id": "auto", "backend": "llamacpp", "path": "/a"}]})  # fmt: skip
    with pytest.raises(ConfigError, match="default_model 'zz'"):
        parse_settings({"data_dir": "/x", "default_model": "zz", "models": models[:1]})


def test_relative_paths_are_relative_to_the_config_file(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, base()), env={})
    assert settings.models[0].path == tmp_path / "m.gguf"
    assert not settings.models[0].verified


def test_yaml_syntax_error_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("models: [unclosed")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_settings(path, env={})


def test_cli_config_schema_and_check(tmp_path: Path) -> None:
    runner = CliRunner()
    schema = json.loads(runner.invoke(main, ["config", "schema"]).output)
    assert "models" in schema["properties"] and "ModelConfig" in schema["$defs"]
    ok = runner.invoke(main, ["config", "check", str(write(tmp_path, base()))])
    assert ok.exit_code == 0 and "ok" in ok.output
    bad = runner.invoke(main, ["config", "check", str(write(tmp_path, base(tier=99)))])
    assert bad.exit_code == 1 and "models.0.tier" in bad.output


@pytest.mark.parametrize(
    ("url", "override", "ok"),
    [
        ("http://127.0.0.1:8080/v1", False, True),
        ("http://localhost:8080/v1", False, True),
        ("http://[::1]:8080/v1", False, True),
        ("http://10.1.2.3:8000/v1", False, True),
        ("http://192.168.0.7/v1", False, True),
        ("https://api.openai.com/v1", False, False),  # a typo must not make a cloud API "local"
        ("http://8.8.8.8/v1", False, False),
        ("http://llm.corp.internal/v1", False, False),
        ("http://llm.corp.internal/v1", True, True),
    ],
)
def test_an_http_backend_is_local_only_on_loopback_or_private_addresses(
    url: str, override: bool, ok: bool
) -> None:
    model = {"id": "r", "backend": "openai", "base_url": url, "local": True, "local_override": override}
    raw = {"data_dir": "/x", "default_model": "r", "models": [model]}
    if ok:
        assert parse_settings(raw).models[0].local is True
    else:
        with pytest.raises(ConfigError, match="local_override"):
            parse_settings(raw)


def test_cli_route_explains_without_loading_a_model(tmp_path: Path) -> None:
    config = write(tmp_path, {
        "default_model": "cloud",
        "models": [
            {"id": "cloud", "backend": "openai", "base_url": "https://api.example/v1"},
            {"id": "local", "backend": "llamacpp", "path": "/nonexistent.gguf", "tier": 1},
        ],
    })  # fmt: skip
    runner = CliRunner()
    plain = json.loads(
        runner.invoke(main, ["route", "--config", str(config), "--json", "What is 17*23?"]).output
    )
    assert plain["model"] == "cloud" and plain["reasons"] == ["default"]
    # every signal is shown: what the prompt is, not only where it goes
    assert plain["signals"]["task"] == "math" and plain["signals"]["language"] == "en"
    assert (
        plain["signals"]["domain"] in ("general", "math_science") and 0 <= plain["signals"]["complexity"] <= 1
    )
    shown = runner.invoke(
        main, ["route", "--config", str(config), "Translate into French: good morning"]
    ).output
    assert "task       translation" in shown and "complexity " in shown
    secret = runner.invoke(
        main, ["route", "--config", str(config), "--json", "カード番号 4111 1111 1111 1111"]
    )
    result = json.loads(secret.output)
    assert result["model"] == "local" and "sensitive:payment_card" in result["reasons"]
    assert result["candidates"]["cloud"] == {"kept": False, "why": "not_local", "tier": 0, "local": False}
    assert result["signals"]["spans"] == [{"kind": "payment_card", "start": 6, "end": 25}]
    assert "4111" not in secret.output
    text = runner.invoke(
        main, ["route", "--config", str(config), "--model", "cloud", "極秘：買収計画"]
    ).output
    assert "dropped cloud" in text and "rerouted_local" in text
