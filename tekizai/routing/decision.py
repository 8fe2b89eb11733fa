"""Which model serves a request, and why.

Hard constraints first: models that cannot serve the request's kind (chat on a completion-only model,
tools on a model without them, embeddings on a model not loaded for them) are not candidates, and a
sensitive request has only local models as candidates. An explicit id or alias is honoured unless the
policy forbids it: a sensitive request named for a non-local model is rerouted to a local one, or
refused if the operator chose ``refuse``; it is never sent out as a last resort. ``auto`` goes to the
configured default model when it qualifies, else to the lightest qualifying tier.

Reasons are short ASCII codes (``explicit``, ``default``, ``sensitive:my_number``, ``rerouted_local``)
that go to response headers and the audit log; they never quote request text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from tekizai.config import ModelConfig, Settings
from tekizai.errors import NoRoute, PolicyRefused, RequestError, UnknownModel
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


class Resolver:
    def __init__(self, settings: Settings) -> None:
        self.models = settings.models
        self._by_name = {name: m for m in settings.models for name in m.names}
        self.default = self._by_name[settings.default_model]
        self.on_sensitive = settings.routing.on_sensitive

    def lookup(self, name: str) -> ModelConfig:
        try:
            return self._by_name[name]
        except KeyError:
            raise UnknownModel(f"the model {name!r} does not exist", param="model") from None

    def decide(self, requested: str, needs: set[Need], signals: Signals | None = None) -> Decision:
        kinds = signals.sensitive_kinds if signals is not None else ()
        sensitive = bool(kinds)
        why_sensitive = tuple(f"sensitive:{k}" for k in kinds)
        if requested != "auto":
            cfg = self.lookup(requested)
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
            chosen = self._choose(needs, local_only=True, named=cfg.id)
            return Decision(chosen.model, requested, (*why_sensitive, "rerouted_local"), chosen.dropped)
        chosen = self._choose(needs, local_only=sensitive)
        return Decision(chosen.model, requested, (*chosen.reasons, *why_sensitive), chosen.dropped)

    def _choose(self, needs: set[Need], local_only: bool, named: str | None = None) -> Decision:
        dropped: dict[str, str] = {}
        candidates = []
        for cfg in self.models:
            if (why := _unmet(cfg, needs)) is not None:
                dropped[cfg.id] = why
            elif local_only and not cfg.local:
                dropped[cfg.id] = "not_local"
            else:
                candidates.append(cfg)
        if not candidates:
            raise NoRoute(
                ("this request carries sensitive data and no local model can serve it: " if local_only else
                 "no configured model can serve this request: ")
                + ", ".join(f"{m} ({why})" for m, why in dropped.items())
            )  # fmt: skip
        if self.default in candidates:
            return Decision(self.default, named or "auto", ("default",), dropped)
        cheapest = min(candidates, key=lambda c: (c.tier, c.price_input_per_mtok + c.price_output_per_mtok))
        return Decision(
            cheapest, named or "auto", ("capability", f"needs_{'_'.join(sorted(needs))}"), dropped
        )
