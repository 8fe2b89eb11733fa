"""Backend registry: adding a backend is one module and one line in ``BACKENDS``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from tekizai.backends.base import Backend
from tekizai.config import ModelConfig, Settings
from tekizai.fleet.compute import ComputeSlots


def model_file(cfg: ModelConfig, settings: Settings) -> Path:
    """The GGUF file of a llamacpp model: its `path`, or its catalog `source` in the models folder."""
    from tekizai.catalog.fetch import catalog_model

    return (
        cfg.path if cfg.path is not None else settings.models_dir / catalog_model(cfg.source or "").filename
    )


def _llamacpp(cfg: ModelConfig, settings: Settings, env: Mapping[str, str], compute: ComputeSlots) -> Backend:
    from tekizai.backends.llamacpp import LlamaCppBackend

    return LlamaCppBackend(cfg, model_file(cfg, settings), compute)


def _openai(cfg: ModelConfig, settings: Settings, env: Mapping[str, str], compute: ComputeSlots) -> Backend:
    from tekizai.backends.openai_http import OpenAIHTTPBackend
    from tekizai.backends.tokens import TokenCounter
    from tekizai.catalog.sources import CATALOG

    counter = None
    if cfg.tokenizer is not None:
        known = CATALOG.get(cfg.tokenizer)
        counter = TokenCounter(settings.models_dir / known.filename if known else Path(cfg.tokenizer))
    return OpenAIHTTPBackend(cfg, env.get(cfg.api_key_env) if cfg.api_key_env else None, counter)


BackendFactory = Callable[[ModelConfig, Settings, Mapping[str, str], ComputeSlots], Backend]
BACKENDS: dict[str, BackendFactory] = {"llamacpp": _llamacpp, "openai": _openai}


def build_backend(
    cfg: ModelConfig, settings: Settings, env: Mapping[str, str], compute: ComputeSlots
) -> Backend:
    return BACKENDS[cfg.backend](cfg, settings, env, compute)
