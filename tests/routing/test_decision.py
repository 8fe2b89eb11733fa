"""Which model serves: explicit, alias, auto to the default, and capability filtering."""

from __future__ import annotations

import pytest

from tekizai.config import parse_settings
from tekizai.errors import ContextLengthExceeded, Forbidden, NoRoute, RequestError, UnknownModel
from tekizai.protocol import ChatCompletionRequest, EmbeddingRequest
from tekizai.routing.decision import Need, Resolver
from tekizai.routing.size import estimate_tokens, request_tokens
from tekizai.signals import Signals


def resolver(default: str = "small", **tools_model: object) -> Resolver:
    models = [
        {"id": "small", "aliases": ["s"], "backend": "llamacpp", "path": "/s", "tier": 0},
        {"id": "base", "backend": "llamacpp", "path": "/b", "tier": 0, "chat_format": None},
        {"id": "big", "backend": "llamacpp", "path": "/g", "tier": 2, **tools_model},
        {"id": "cloud", "backend": "openai", "base_url": "https://api.example/v1", "tier": 3,
         "supports_tools": True, "price_input_per_mtok": 2.5},
    ]  # fmt: skip
    return Resolver(parse_settings({"data_dir": "/x", "default_model": default, "models": models}))


def test_explicit_alias_and_auto() -> None:
    r = resolver()
    assert r.decide("small", {Need.CHAT}).reasons == ("explicit",)
    alias = r.decide("s", {Need.CHAT})
    assert alias.model.id == "small" and alias.reasons == ("alias",)
    auto = r.decide("auto", {Need.CHAT})
    assert auto.model.id == "small" and auto.reasons == ("default",)
    assert auto.dropped == {"base": "completion_only"}


def test_unknown_model_is_an_error_not_a_substitute() -> None:
    with pytest.raises(UnknownModel):
        resolver().decide("gpt-4o", {Need.CHAT})


def test_tools_need_a_model_that_supports_them() -> None:
    r = resolver()
    with pytest.raises(RequestError, match="no_tools"):
        r.decide("small", {Need.CHAT, Need.TOOLS})
    auto = r.decide("auto", {Need.CHAT, Need.TOOLS})
    assert auto.model.id == "cloud" and auto.reasons[0] == "lightest_adequate"
    # the cheapest capable tier wins over a pricier one
    assert resolver(supports_tools=True).decide("auto", {Need.CHAT, Need.TOOLS}).model.id == "big"


def test_no_candidate_names_what_removed_each() -> None:
    models = [
        {"id": "small", "backend": "llamacpp", "path": "/s"},
        {"id": "base", "backend": "llamacpp", "path": "/b", "chat_format": None},
    ]
    r = Resolver(parse_settings({"data_dir": "/x", "default_model": "small", "models": models}))
    with pytest.raises(NoRoute) as err:
        r.decide("auto", {Need.CHAT, Need.TOOLS})
    assert "small (no_tools)" in err.value.message and "base (completion_only)" in err.value.message


def test_completion_only_model_serves_completions() -> None:
    assert resolver().decide("base", {Need.COMPLETION}).model.id == "base"


def sensitive(*kinds: str) -> Signals:

    return Signals(language="ja", sensitive=bool(kinds), sensitive_kinds=kinds)


def test_sensitive_auto_stays_local_and_says_why() -> None:
    models = [
        {"id": "cloud", "backend": "openai", "base_url": "https://api.example/v1", "tier": 0},
        {"id": "local", "backend": "llamacpp", "path": "/l", "tier": 1},
    ]
    r = Resolver(parse_settings({"data_dir": "/x", "default_model": "cloud", "models": models}))
    plain = r.decide("auto", {Need.CHAT}, sensitive())
    assert plain.model.id == "cloud"
    d = r.decide("auto", {Need.CHAT}, sensitive("my_number", "phone_number"))
    assert d.model.id == "local" and d.dropped["cloud"] == "not_local"
    assert "sensitive:my_number" in d.reasons and "sensitive:phone_number" in d.reasons


def test_sensitive_explicit_non_local_is_rerouted_or_refused() -> None:
    from tekizai.errors import PolicyRefused

    models = [
        {"id": "local", "backend": "llamacpp", "path": "/l"},
        {"id": "cloud", "backend": "openai", "base_url": "https://api.example/v1"},
    ]
    base = {"data_dir": "/x", "default_model": "local", "models": models}
    r = Resolver(parse_settings(base))
    d = r.decide("cloud", {Need.CHAT}, sensitive("secret"))
    assert d.model.id == "local" and d.reasons == ("sensitive:secret", "rerouted_local")
    assert r.decide("cloud", {Need.CHAT}, sensitive()).model.id == "cloud"  # nothing sensitive: honoured
    refusing = Resolver(parse_settings({**base, "routing": {"on_sensitive": "refuse"}}))
    with pytest.raises(PolicyRefused, match="secret"):
        refusing.decide("cloud", {Need.CHAT}, sensitive("secret"))
    assert refusing.decide("local", {Need.CHAT}, sensitive("secret")).reasons == (
        "explicit",
        "sensitive:secret",
    )


def test_sensitive_with_no_local_model_is_never_sent_out() -> None:
    models = [{"id": "cloud", "backend": "openai", "base_url": "https://api.example/v1"}]
    r = Resolver(parse_settings({"data_dir": "/x", "default_model": "cloud", "models": models}))
    with pytest.raises(NoRoute, match="sensitive data and no local model"):
        r.decide("auto", {Need.CHAT}, sensitive("payment_card"))
    with pytest.raises(NoRoute):
        r.decide("cloud", {Need.CHAT}, sensitive("payment_card"))


def tiered(**routing: object) -> Resolver:
    models = [
        {"id": "light", "backend": "llamacpp", "path": "/l", "tier": 0, "languages": ["en"]},
        {"id": "middle", "backend": "llamacpp", "path": "/m", "tier": 1, "languages": ["en", "ja"]},
        {"id": "heavy", "backend": "openai", "base_url": "http://10.0.0.9/v1", "local": True, "tier": 2},
    ]
    return Resolver(
        parse_settings({"data_dir": "/x", "default_model": "light", "models": models, "routing": routing})
    )


def signals_for(task: str = "qa", language: str = "en", complexity: float = 0.2, *kinds: str) -> Signals:
    return Signals(
        language=language, sensitive=bool(kinds), sensitive_kinds=kinds, task=task, complexity=complexity
    )


def test_auto_takes_the_lightest_adequate_tier() -> None:
    r = tiered(max_complexity={0: 0.5, 1: 0.8}, min_tier_for_task={"code": 1}, min_tier_for_language={"ko": 2},
               require_language_label=True)  # fmt: skip
    easy = r.decide("auto", {Need.CHAT}, signals_for())
    assert easy.model.id == "light" and easy.reasons == ("default",)
    harder = r.decide("auto", {Need.CHAT}, signals_for(complexity=0.6))
    assert harder.model.id == "middle" and harder.reasons == (
        "lightest_adequate",
        "escalated",
        "complexity_over_0.5",
    )
    hardest = r.decide("auto", {Need.CHAT}, signals_for(complexity=0.95))
    assert hardest.model.id == "heavy" and hardest.dropped["middle"] == "complexity_over_0.8"
    code = r.decide("auto", {Need.CHAT}, signals_for(task="code"))
    assert code.model.id == "middle" and "task_code_needs_tier1" in code.reasons
    ja = r.decide("auto", {Need.CHAT}, signals_for(language="ja"))
    assert ja.model.id == "middle" and "no_language_ja" in ja.reasons
    ko = r.decide("auto", {Need.CHAT}, signals_for(language="ko"))
    assert ko.model.id == "heavy"  # heavy lists no languages: it serves any


def test_explicit_models_are_honoured_whatever_the_rules() -> None:
    r = tiered(max_complexity={0: 0.1})
    assert r.decide("light", {Need.CHAT}, signals_for(complexity=0.9)).model.id == "light"


def test_nothing_adequate_falls_to_the_strongest_left() -> None:
    r = tiered(max_complexity={0: 0.1, 1: 0.1, 2: 0.1})
    d = r.decide("auto", {Need.CHAT}, signals_for(complexity=0.9))
    assert d.model.id == "heavy" and d.reasons[0] == "best_available"


def test_unknown_task_in_rules_is_a_config_error() -> None:
    from tekizai.errors import ConfigError

    with pytest.raises(ConfigError, match="unknown task"):
        tiered(min_tier_for_task={"poetry": 1})


def test_embedded_default_escalates_hard_prompts() -> None:
    from tekizai.config import load_settings

    r = Resolver(load_settings(None, env={"TEKIZAI_HOME": "/tmp/x"}))
    assert r.decide("auto", {Need.CHAT}, signals_for(task="chat", complexity=0.1)).model.id == "qwen-0.5b"
    assert r.decide("auto", {Need.CHAT}, signals_for(task="math", complexity=0.6)).model.id == "qwen-1.5b"


def test_callers_allowed_models_bind_auto_and_forbid_the_rest() -> None:
    r = resolver()
    auto = r.decide("auto", {Need.CHAT}, allowed={"big", "cloud"})
    assert auto.model.id == "big" and auto.dropped["small"] == "not_allowed"
    with pytest.raises(Forbidden, match="may not use model 'small'"):
        r.decide("small", {Need.CHAT}, allowed={"big"})


def test_failed_models_are_left_out_of_auto() -> None:
    auto = resolver().decide("auto", {Need.CHAT}, unavailable={"small": "file is not GGUF"})
    assert auto.model.id == "big" and auto.dropped["small"] == "failed"


def test_a_request_larger_than_a_context_goes_to_a_model_it_fits() -> None:
    models = [
        {"id": "short", "backend": "llamacpp", "path": "/s", "tier": 0, "context_length": 2048},
        {"id": "long", "backend": "llamacpp", "path": "/l", "tier": 1, "context_length": 32768},
    ]
    r = Resolver(parse_settings({"data_dir": "/x", "default_model": "short", "models": models}))
    assert r.decide("auto", {Need.CHAT}, tokens=1500).model.id == "short"
    routed = r.decide("auto", {Need.CHAT}, tokens=3000)
    assert routed.model.id == "long" and routed.dropped["short"] == "context_2048_too_small"
    with pytest.raises(ContextLengthExceeded, match="largest context configured is 32768"):
        r.decide("auto", {Need.CHAT}, tokens=40000)
    # a model named explicitly is not second-guessed: its backend counts the tokens exactly
    assert r.decide("short", {Need.CHAT}, tokens=3000).model.id == "short"


def test_token_estimate_errs_low_and_adds_the_output_asked_for() -> None:
    english = "The quick brown fox jumps over the lazy dog. " * 100  # 4,500 characters, ~1,000 tokens
    japanese = "今日はとても良い天気なので、公園を散歩しました。" * 100  # 2,400 characters, ~1,500 tokens
    chat = ChatCompletionRequest(
        model="auto", messages=[{"role": "user", "content": english}], max_tokens=500
    )  # type: ignore[list-item]
    assert 500 + 600 < request_tokens(chat) < 500 + 1000
    assert 1000 < estimate_tokens(japanese) < 1600
    embed = EmbeddingRequest(model="auto", input=["short", japanese])
    assert request_tokens(embed) == estimate_tokens(japanese)
