"""Which model serves a request, and why.

Hard constraints first: models that cannot serve the request's kind (chat on a completion-only model,
tools on a model without them, embeddings on a model not loaded for them), models the caller may not
use, models that failed to load and models whose context is smaller than the request are not
candidates, and a sensitive request has only local models as candidates. An explicit id or alias is honoured unless the
policy forbids it: a sensitive request named for a non-local model is rerouted to a local one, or
refused if the operator chose ``refuse``; it is never sent out as a last resort. ``auto`` goes to the
configured default model when it qualifies, else to the lightest qualifying tier.

Reasons are short ASCII codes (``explicit``, ``default``, ``sensitive:my_number``, ``rerouted_local``)
that go to response headers and the audit log; they never quote request text.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from tekizai.config import ModelConfig, Settings
from tekizai.errors import (
    ContextLengthExceeded,
    Forbidden,
    NoRoute,
    PolicyRefused,
    RequestError,
    UnknownModel,
)
from tekizai.signals import Signals


class Need(StrEnum):
    CHAT = "chat"
    COMPLETION = "completion"
    EMBEDDING = "embedding"
    TOOLS = "tools"


@dataclass(frozen=True)
class Decision:
    model: ModelConfig
    requested: str
    reasons: tuple[str, ...]
    dropped: dict[str, str] = field(default_factory=dict)
    #: what the request was read as (kept for the audit log; the gateway attaches it)
    signals: Signals | None = field(default=None, compare=False, repr=False)

    @property
    def reason_header(self) -> str:
        return ",".join(self.reasons)


def _unmet(cfg: ModelConfig, needs: set[Need]) -> str | None:
    if Need.CHAT in needs and cfg.completion_only:
        return "completion_only"
    if Need.TOOLS in needs and not cfg.supports_tools:
        return "no_tools"
    if Need.EMBEDDING in needs and cfg.backend == "llamacpp" and not cfg.llama.embedding:
        return "no_embeddings"
    return None


@dataclass(frozen=True)
class _Limits:
    """What rules a model out for this caller and this request, beyond what the model can do."""

    tokens: int
    allowed: Collection[str] | None
    unavailable: Mapping[str, str]

    def excludes(self, cfg: ModelConfig) -> str | None:
        if self.allowed is not None and cfg.id not in self.allowed:
            return "not_allowed"
        if cfg.id in self.unavailable:
            return "failed"
        if self.tokens > cfg.context_length:
            return f"context_{cfg.context_length}_too_small"
        return None


class Resolver:
    def __init__(self, settings: Settings) -> None:
        self.models = settings.models
        self._by_name = {name: m for m in settings.models for name in m.names}
        self.default = self._by_name[settings.default_model]
        self.on_sensitive = settings.routing.on_sensitive
        self.rules = settings.routing

    def lookup(self, name: str) -> ModelConfig:
        try:
            return self._by_name[name]
        except KeyError:
            raise UnknownModel(f"the model {name!r} does not exist", param="model") from None

    def decide(
        self,
        requested: str,
        needs: set[Need],
        signals: Signals | None = None,
        *,
        tokens: int = 0,
        allowed: Collection[str] | None = None,
        unavailable: Mapping[str, str] | None = None,
    ) -> Decision:
        """Where the request goes, and why.

        ``tokens``: the prompt's estimated size plus the output it asks for (``auto`` drops models whose
        context is smaller); ``allowed``: the caller's permitted model ids (None: all); ``unavailable``:
        models that cannot serve now (failed to load), with the reason.
        """
        kinds = signals.sensitive_kinds if signals is not None else ()
        sensitive = bool(kinds)
        why_sensitive = tuple(f"sensitive:{k}" for k in kinds)
        limits = _Limits(tokens, allowed, unavailable or {})
        if requested != "auto":
            cfg = self.lookup(requested)
            if allowed is not None and cfg.id not in allowed:
                raise Forbidden(f"this API key may not use model {cfg.id!r}")
            if (why := _unmet(cfg, needs)) is not None:
                raise RequestError(f"model {cfg.id!r} cannot serve this request ({why})", param="model")
            named = "explicit" if requested == cfg.id else "alias"
            if not sensitive or cfg.local:
                return Decision(cfg, requested, (named, *why_sensitive))
            if self.on_sensitive == "refuse":
                raise PolicyRefused(
                    f"this request carries sensitive data ({', '.join(kinds)}) "
                    f"and model {cfg.id!r} is not local; the policy refuses to send it"
                )
            chosen = self._choose(needs, limits, local_only=True, signals=signals, named=cfg.id)
            return Decision(chosen.model, requested, (*why_sensitive, "rerouted_local"), chosen.dropped)
        chosen = self._choose(needs, limits, local_only=sensitive, signals=signals)
        return Decision(chosen.model, requested, (*chosen.reasons, *why_sensitive), chosen.dropped)

    def _inadequate(self, cfg: ModelConfig, signals: Signals | None) -> str | None:
        """Why ``cfg``'s declared capability does not cover the request, or None if it does."""
        if signals is None or signals.task is None or signals.complexity is None or signals.language is None:
            return None
        rules = self.rules
        ceiling = rules.max_complexity.get(cfg.tier)
        if ceiling is not None and signals.complexity > ceiling:
            return f"complexity_over_{ceiling:g}"
        if cfg.tier < rules.min_tier_for_task.get(signals.task, 0):
            return f"task_{signals.task}_needs_tier{rules.min_tier_for_task[signals.task]}"
        if cfg.tier < rules.min_tier_for_language.get(signals.language, 0):
            return f"language_{signals.language}_needs_tier{rules.min_tier_for_language[signals.language]}"
        if rules.require_language_label and cfg.languages and signals.language not in cfg.languages:
            return f"no_language_{signals.language}"
        return None

    def _choose(
        self,
        needs: set[Need],
        limits: _Limits,
        local_only: bool,
        signals: Signals | None = None,
        named: str | None = None,
    ) -> Decision:
        """The lightest tier (then the lowest price) whose capability covers the request.

        Hard constraints drop models outright (they cannot serve, or the data may not go there); then
        capability rules pass over lighter models. If no model is adequate, the strongest left serves.
        The default model wins a tie within a tier.
        """
        dropped: dict[str, str] = {}
        candidates = []
        for cfg in self.models:
            if (why := _unmet(cfg, needs) or limits.excludes(cfg)) is not None:
                dropped[cfg.id] = why
            elif local_only and not cfg.local:
                dropped[cfg.id] = "not_local"
            else:
                candidates.append(cfg)
        if not candidates and dropped and all(why.startswith("context_") for why in dropped.values()):
            largest = max(self.models, key=lambda c: c.context_length)
            raise ContextLengthExceeded(
                f"the request needs about {limits.tokens} tokens (prompt and max_tokens); the largest "
                f"context configured is {largest.context_length} ({largest.id!r})",
                param="messages",
            )
        if not candidates:
            raise NoRoute(
                ("this request carries sensitive data and no local model can serve it: " if local_only else
                 "no configured model can serve this request: ")
                + ", ".join(f"{m} ({why})" for m, why in dropped.items())
            )  # fmt: skip
        passed_over: dict[str, str] = {}
        adequate = []
        for cfg in candidates:
            if (why := self._inadequate(cfg, signals)) is None:
                adequate.append(cfg)
            else:
                passed_over[cfg.id] = why
        reasons: tuple[str, ...] = ()
        if not adequate:
            adequate = [max(candidates, key=lambda c: c.tier)]
            reasons = ("best_available",)

        def rank(c: ModelConfig) -> tuple[int, bool, float]:
            return (c.tier, c is not self.default, c.price_input_per_mtok + c.price_output_per_mtok)

        chosen = min(adequate, key=rank)
        if not reasons:
            reasons = ("default",) if chosen is self.default else ("lightest_adequate",)
        if chosen.tier > min(c.tier for c in candidates):
            reasons += ("escalated", *sorted(set(passed_over.values())))
        return Decision(chosen, named or "auto", reasons, {**dropped, **passed_over})
