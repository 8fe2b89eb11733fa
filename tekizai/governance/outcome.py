"""What happened to one request: filled in as it is served, then written, counted and metered.

``record()`` gives the audit record; its field names are documented for SIEM ingestion in
``docs/audit-log.md``. Nothing in it quotes the request or the reply unless the operator turned
``governance.audit.include_text`` on, and then only with personal data and secrets masked.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tekizai.config import ApiKey
from tekizai.governance.limits import Reservation
from tekizai.routing.decision import Decision


@dataclass
class Cost:
    amount: float
    reference: float | None  # the same tokens on the reference model; None: no priced reference
    currency: str

    @property
    def savings(self) -> float | None:
        return None if self.reference is None else self.reference - self.amount


@dataclass
class Outcome:
    request_id: str
    endpoint: str  # chat.completions | completions | embeddings
    client: str | None
    started_wall: float = field(default_factory=time.time)
    started: float = field(default_factory=time.monotonic)
    key_id: str | None = None
    requested_model: str | None = None
    decision: Decision | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    first_token_s: float | None = None
    total_s: float | None = None
    decide_s: float | None = None  # reading the signals and choosing the model
    status: int = 200
    error_type: str | None = None
    cost: Cost | None = None
    prompt_text: str | None = None
    response_text: str | None = None
    stream: bool = False
    #: the caller's key policy and its budget reservation (not recorded: the record keeps key_id)
    key: ApiKey | None = field(default=None, repr=False)
    reservation: Reservation | None = field(default=None, repr=False)

    def take_usage(self, usage: dict[str, Any] | None) -> None:
        if usage:
            self.prompt_tokens = usage.get("prompt_tokens")
            self.completion_tokens = usage.get("completion_tokens")

    def record(self) -> dict[str, Any]:
        d = self.decision
        signals = d.signals if d is not None else None
        record: dict[str, Any] = {
            "time": datetime.fromtimestamp(self.started_wall, UTC).isoformat(timespec="milliseconds"),
            "request_id": self.request_id,
            "endpoint": self.endpoint,
            "key_id": self.key_id,
            "client": self.client,
            "requested_model": self.requested_model,
            "model": d.model.id if d is not None else None,
            "tier": d.model.tier if d is not None else None,
            "local": d.model.local if d is not None else None,
            "reasons": list(d.reasons) if d is not None else [],
            "dropped": dict(d.dropped) if d is not None else {},
            "fallbacks": [],
            "signals": None,
            "tokens": {"prompt": self.prompt_tokens, "completion": self.completion_tokens},
            "latency_ms": {
                "first_token": _ms(self.first_token_s),
                "total": _ms(self.total_s),
                "routing": _ms(self.decide_s),
            },
            "stream": self.stream,
            "status": self.status,
            "error_type": self.error_type,
            "cost": None,
        }
        if signals is not None:
            record["signals"] = {
                "language": signals.language,
                "task": signals.task,
                "domain": signals.domain,
                "complexity": signals.complexity,
                "sensitive": signals.sensitive,
                "sensitive_kinds": list(signals.sensitive_kinds),
            }
        if self.cost is not None:
            record["cost"] = {
                "amount": self.cost.amount,
                "currency": self.cost.currency,
                "reference": self.cost.reference,
                "savings": self.cost.savings,
            }
        if self.prompt_text is not None:
            record["prompt"] = self.prompt_text
        if self.response_text is not None:
            record["response"] = self.response_text
        return record


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000, 2)
