"""Prometheus metrics: what was served, by which model and why, how fast, at what cost.

One registry per gateway (not the process-global one), so several gateways in one process (tests)
do not share counters. Label values are bounded: model ids and tiers from the config, the main reason
code, HTTP status, sensitive kinds, endpoints. No prompt text, no key, no request id is a label.
Fleet state (loaded models, memory) is read at scrape time.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

from tekizai.governance.outcome import Outcome

if TYPE_CHECKING:
    from tekizai.fleet.fleet import Fleet
    from tekizai.governance.recorder import Governance

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
_LATENCY = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
_DECISION = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.25, 1, 5)
_LOAD = (0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120)


def main_reason(reasons: tuple[str, ...] | list[str]) -> str:
    """The one reason code a metric carries: sensitive kinds collapse to ``sensitive``."""
    for reason in reasons:
        if not reason.startswith("sensitive:"):
            return reason
    return "sensitive" if reasons else "none"


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self._children: dict[tuple[Any, ...], Any] = {}
        r = self.registry
        self.requests = Counter(
            "tekizai_requests", "Requests answered, by endpoint, serving model, tier, main routing reason and status.",
            ["endpoint", "model", "tier", "reason", "status"], registry=r,
        )  # fmt: skip
        self.tokens = Counter(
            "tekizai_tokens", "Tokens processed, by model and direction (input, output).",
            ["model", "direction"], registry=r,
        )  # fmt: skip
        self.first_token = Histogram(
            "tekizai_time_to_first_token_seconds", "Time from request to first streamed token.",
            ["model"], buckets=_LATENCY, registry=r,
        )  # fmt: skip
        self.duration = Histogram(
            "tekizai_request_duration_seconds", "Time from request to last byte.",
            ["model"], buckets=_LATENCY, registry=r,
        )  # fmt: skip
        self.decision = Histogram(
            "tekizai_routing_decision_seconds", "Time to read the signals and choose a model.",
            buckets=_DECISION, registry=r,
        )  # fmt: skip
        self.cost = Counter(
            "tekizai_cost",
            "Cost of the tokens served, in the configured currency.",
            ["model", "currency"],
            registry=r,
        )
        self.savings = Counter(
            "tekizai_savings",
            "Reference-model cost minus actual cost (only when a priced reference exists).",
            ["currency"], registry=r,
        )  # fmt: skip
        self.sensitive = Counter(
            "tekizai_sensitive_requests", "Requests carrying sensitive data, by kind.", ["kind"], registry=r
        )
        self.loads = Counter("tekizai_model_loads", "Model loads.", ["model"], registry=r)
        self.unloads = Counter("tekizai_model_unloads", "Model unloads.", ["model"], registry=r)
        self.load_seconds = Histogram(
            "tekizai_model_load_seconds", "Time to load a model.", ["model"], buckets=_LOAD, registry=r
        )

    def attach(self, fleet: Fleet, governance: Governance) -> None:
        fleet.listeners.append(self.on_fleet_event)
        governance.listeners.append(self.observe)
        self.registry.register(_StateCollector(fleet, governance))

    def on_fleet_event(self, event: str, model: str, seconds: float) -> None:
        if event == "load":
            self.loads.labels(model).inc()
            self.load_seconds.labels(model).observe(seconds)
        else:
            self.unloads.labels(model).inc()

    def _child(self, metric: Any, *labels: str) -> Any:
        """``metric.labels(*labels)``, remembered: the lookup costs more than the increment."""
        key = (id(metric), *labels)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*labels)
        return child

    def observe(self, outcome: Outcome) -> None:
        d = outcome.decision
        model = d.model.id if d is not None else "none"
        tier = str(d.model.tier) if d is not None else "none"
        reason = main_reason(d.reasons) if d is not None else "none"
        self._child(self.requests, outcome.endpoint, model, tier, reason, str(outcome.status)).inc()
        if outcome.prompt_tokens:
            self._child(self.tokens, model, "input").inc(outcome.prompt_tokens)
        if outcome.completion_tokens:
            self._child(self.tokens, model, "output").inc(outcome.completion_tokens)
        if outcome.first_token_s is not None:
            self._child(self.first_token, model).observe(outcome.first_token_s)
        if outcome.total_s is not None and d is not None:
            self._child(self.duration, model).observe(outcome.total_s)
        if outcome.decide_s is not None:
            self.decision.observe(outcome.decide_s)
        if outcome.cost is not None:
            self.cost.labels(model, outcome.cost.currency).inc(outcome.cost.amount)
            if (saved := outcome.cost.savings) is not None and saved > 0:
                self.savings.labels(outcome.cost.currency).inc(saved)
        if d is not None and d.signals is not None:
            for kind in d.signals.sensitive_kinds:
                self.sensitive.labels(kind).inc()

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


class _StateCollector(Collector):
    """Read at scrape time: loaded models, their memory, audit health."""

    def __init__(self, fleet: Fleet, governance: Governance) -> None:
        self.fleet = fleet
        self.governance = governance

    def collect(self) -> Iterator[GaugeMetricFamily | CounterMetricFamily]:
        loaded = GaugeMetricFamily("tekizai_models_loaded", "Models loaded now.")
        loaded.add_metric([], sum(m.state.value == "loaded" for m in self.fleet.models.values()))
        yield loaded
        memory = GaugeMetricFamily(
            "tekizai_model_memory_bytes", "Memory a loaded model holds.", labels=["model"]
        )
        for m in self.fleet.models.values():
            memory.add_metric([m.cfg.id], m.memory_bytes)
        yield memory
        budget = GaugeMetricFamily("tekizai_memory_budget_bytes", "The fleet's memory budget.")
        budget.add_metric([], self.fleet.budget_bytes)
        yield budget
        audit = self.governance.audit
        written = CounterMetricFamily("tekizai_audit_records", "Audit records written.")
        written.add_metric([], audit.written if audit is not None else 0)
        yield written
        failures = CounterMetricFamily(
            "tekizai_audit_write_failures", "Audit records that could not be written."
        )
        failures.add_metric([], self.governance.lost)
        yield failures
