"""Which model serves a request, and why.

Today: an explicit id or alias is honoured; ``auto`` goes to the configured default model. Models that
cannot serve the request's kind (chat on a completion-only model, tools on a model without them,
embeddings on a model not loaded for them) are not candidates. Reasons are short ASCII codes that go
to response headers and, later, the audit log; they never quote request text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from tekizai.config import ModelConfig, Settings
from tekizai.errors import NoRoute, RequestError, UnknownModel


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

    def lookup(self, name: str) -> ModelConfig:
        try:
            return self._by_name[name]
        except KeyError:
            raise UnknownModel(f"the model {name!r} does not exist", param="model") from None

    def decide(self, requested: str, needs: set[Need]) -> Decision:
        if requested != "auto":
            cfg = self.lookup(requested)
            if (why := _unmet(cfg, needs)) is not None:
                raise RequestError(f"model {cfg.id!r} cannot serve this request ({why})", param="model")
            return Decision(cfg, requested, ("explicit" if requested == cfg.id else "alias",))
        dropped: dict[str, str] = {}
        candidates = []
        for cfg in self.models:
            if (why := _unmet(cfg, needs)) is None:
                candidates.append(cfg)
            else:
                dropped[cfg.id] = why
        if self.default in candidates:
            return Decision(self.default, requested, ("default",), dropped)
        if not candidates:
            raise NoRoute(
                "no configured model can serve this request: "
                + ", ".join(f"{m} ({why})" for m, why in dropped.items())
            )
        cheapest = min(candidates, key=lambda c: (c.tier, c.price_input_per_mtok + c.price_output_per_mtok))
        return Decision(cheapest, requested, ("capability", f"needs_{'_'.join(sorted(needs))}"), dropped)
