"""One place every finished request goes: cost, the audit log, metrics.

The server builds an ``Outcome`` per request and hands it to ``Governance.finish`` before the response
completes (for a stream, before its last event). Unauthenticated requests are not written one by one:
they are counted per client address and written as one record per address per window, so a flood of
them cannot fill the disk and close a fail-closed gateway.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from tekizai.config import ModelConfig, Settings
from tekizai.errors import AuditUnavailable
from tekizai.governance.audit import AuditLog, load_or_create_key
from tekizai.governance.limits import Limits
from tekizai.governance.outcome import Cost, Outcome
from tekizai.governance.usage import UsageStore
from tekizai.signals.sensitivity import Finding, SensitivityDetector, mask

log = logging.getLogger("tekizai.governance")


def reference_model(settings: Settings) -> ModelConfig | None:
    """The model savings are measured against: the configured one, else the heaviest priced tier."""
    if settings.governance.reference_model is not None:
        return next(m for m in settings.models if m.id == settings.governance.reference_model)
    priced = [m for m in settings.models if m.price_input_per_mtok or m.price_output_per_mtok]
    return max(priced, key=lambda m: (m.tier, m.price_output_per_mtok), default=None)


def price(model: ModelConfig, prompt_tokens: int, completion_tokens: int) -> float:
    return (
        prompt_tokens * model.price_input_per_mtok + completion_tokens * model.price_output_per_mtok
    ) / 1e6


class Governance:
    def __init__(
        self,
        settings: Settings,
        clock: Callable[[], float] = time.monotonic,
        detector: SensitivityDetector | None = None,
    ) -> None:
        """``detector``: the gateway's own (its recognisers and operator terms mask recorded text too)."""
        cfg = settings.governance
        self.settings = settings
        self.clock = clock
        self.on_failure = cfg.audit.on_failure
        self.include_text = cfg.audit.include_text
        self.reference = reference_model(settings)
        self.detector = detector or SensitivityDetector(settings.routing.sensitive_terms)
        self.audit: AuditLog | None = None
        #: records that could not be written (served anyway under on_failure: serve)
        self.lost = 0
        if cfg.audit.enabled:
            key_file = cfg.audit.key_file or settings.data_dir / "audit-key" / "audit.key"
            self.audit = AuditLog(
                cfg.audit.directory or settings.data_dir / "audit",
                load_or_create_key(key_file),
                cfg.audit.head_file or key_file.parent / "audit-head.json",
                max_bytes=cfg.audit.max_bytes,
                fsync_seconds=cfg.audit.fsync_seconds,
                head_seconds=cfg.audit.head_seconds,
                clock=clock,
                rotate_seconds=cfg.audit.rotate_seconds,
            )
        self._window = cfg.audit.auth_failure_window_seconds
        self._auth_failures: Counter[str] = Counter()
        self._window_start = clock()
        self._auth_lock = threading.Lock()
        self.usage = UsageStore(cfg.usage_db or settings.data_dir / "usage.sqlite3", clock=clock)
        self.limits = Limits(clock, seed=self.usage.used)
        self.listeners: list[Callable[[Outcome], None]] = [self.usage.add]  # + metrics

    # -- admission -------------------------------------------------------------------------------

    def admit(self) -> None:
        """Fail closed: refuse a request up front while the audit log cannot be written."""
        if self.audit is not None and not self.audit.healthy and self.on_failure == "refuse":
            try:
                self.audit.reopen()
            except AuditUnavailable as exc:
                raise AuditUnavailable(
                    f"the audit log cannot be written; requests are refused until it can ({exc.message})"
                ) from None

    # -- finishing -------------------------------------------------------------------------------

    def cost(self, outcome: Outcome) -> Cost | None:
        d = outcome.decision
        if d is None or outcome.prompt_tokens is None:
            return None
        prompt, completion = outcome.prompt_tokens or 0, outcome.completion_tokens or 0
        reference = price(self.reference, prompt, completion) if self.reference is not None else None
        return Cost(price(d.model, prompt, completion), reference, self.settings.governance.currency)

    def finish(self, outcome: Outcome) -> None:
        """Cost it, write it, count it. Raises AuditUnavailable when the record cannot be written and
        the policy is to refuse (the caller answers 503 instead of the result, if it still can)."""
        if outcome.total_s is None:
            outcome.total_s = time.monotonic() - outcome.started
        outcome.cost = self.cost(outcome)
        if outcome.reservation is not None:
            used = (outcome.prompt_tokens or 0) + (outcome.completion_tokens or 0)
            self.limits.settle(outcome.reservation, used, outcome.cost.amount if outcome.cost else 0.0)
            outcome.reservation = None
        for listener in self.listeners:
            listener(outcome)
        self._write(outcome.record())

    def _write(self, record: dict[str, Any]) -> None:
        if self.audit is None:
            return
        try:
            self.audit.write(record)
        except AuditUnavailable:
            log.error("audit record %s could not be written", record.get("request_id"))
            self.lost += 1
            if self.on_failure == "refuse":
                raise

    def event(self, record: dict[str, Any]) -> None:
        """A record that is not a model call (an admin action), stamped and chained like the rest."""
        self._write({"time": datetime.now(UTC).isoformat(timespec="milliseconds"), **record})

    def masked(self, texts: Iterable[str], findings: Iterable[Iterable[Finding]] | None = None) -> str | None:
        """The texts with personal data and secrets masked, when text recording is on; else None."""
        if not self.include_text:
            return None
        texts = list(texts)
        spans = list(findings) if findings is not None else [self.detector.scan(t) for t in texts]
        if len(spans) != len(texts):
            spans = [self.detector.scan(t) for t in texts]
        return "\n".join(mask(t, f) for t, f in zip(texts, spans, strict=True))

    # -- unauthenticated floods ------------------------------------------------------------------

    def auth_failure(self, client: str | None) -> None:
        with self._auth_lock:
            self._auth_failures[client or "unknown"] += 1
        self.flush_auth_failures()

    def flush_auth_failures(self, force: bool = False) -> None:
        now = self.clock()
        with self._auth_lock:
            if not self._auth_failures or (not force and now - self._window_start < self._window):
                return
            counts, self._auth_failures = self._auth_failures, Counter()
            started, self._window_start = self._window_start, now
        stamp = datetime.now(UTC).isoformat(timespec="milliseconds")
        for client, count in sorted(counts.items()):
            try:
                self._write({
                    "time": stamp, "event": "auth_failures", "client": client, "count": count,
                    "window_s": round(now - started, 3), "status": 401, "error_type": "authentication_error",
                })  # fmt: skip
            except AuditUnavailable:
                pass  # counted in lost; an aggregate never refuses a request

    def close(self) -> None:
        self.flush_auth_failures(force=True)
        self.usage.close()
        if self.audit is not None:
            self.audit.close()
