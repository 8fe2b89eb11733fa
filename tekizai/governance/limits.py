"""Per-key rate limits and budgets, safe under concurrency.

A token budget is charged at admission with the most the request can use (its prompt estimate plus
``max_tokens``, or the model's whole context when it sets none), and settled with the real count
when the request ends, so concurrent requests cannot overrun it together. Money budgets work the
same with the serving model's prices. Exhausted: 429 naming the limit and when it resets (UTC).
Counters start from the usage database, so a restart does not reset a budget.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tekizai.config import ApiKey, ModelConfig
from tekizai.errors import LimitExceeded


def _period_end(period: str, now: datetime) -> datetime:
    if period == "day":
        return datetime(now.year, now.month, now.day, tzinfo=UTC) + timedelta(days=1)
    return datetime(now.year + (now.month == 12), now.month % 12 + 1, 1, tzinfo=UTC)


def period_key(period: str, now: datetime) -> str:
    return now.strftime("%Y-%m-%d" if period == "day" else "%Y-%m")


@dataclass
class Reservation:
    key_id: str
    tokens: int
    cost: float
    periods: dict[str, str]  # "day" -> "2026-11-23", "month" -> "2026-11"


class Limits:
    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
        seed: Callable[[str, str, str], tuple[int, float]] | None = None,
    ) -> None:
        """``seed(key_id, period, period_key)`` -> (tokens, cost) already used (from the usage store)."""
        self.clock, self.wall, self.seed = clock, wall, seed
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}  # key id -> (tokens left, at)
        self._used: dict[tuple[str, str, str], list[float]] = {}  # (key, period, pkey) -> [tokens, cost]

    # -- rate ------------------------------------------------------------------------------------

    def check_rate(self, key: ApiKey) -> None:
        if key.requests_per_minute is None:
            return
        rate = key.requests_per_minute / 60.0
        now = self.clock()
        with self._lock:
            left, at = self._buckets.get(key.id, (float(key.requests_per_minute), now))
            left = min(float(key.requests_per_minute), left + (now - at) * rate)
            if left < 1.0:
                wait = math.ceil((1.0 - left) / rate)
                self._buckets[key.id] = (left, now)
                raise LimitExceeded(
                    f"rate limit of {key.requests_per_minute} requests per minute for key {key.id!r} "
                    f"reached; retry in {wait} s",
                    retry_after=wait,
                )
            self._buckets[key.id] = (left - 1.0, now)

    # -- budgets ---------------------------------------------------------------------------------

    def _counter(self, key_id: str, period: str, pkey: str) -> list[float]:
        slot = (key_id, period, pkey)
        if slot not in self._used:
            tokens, cost = self.seed(key_id, period, pkey) if self.seed else (0, 0.0)
            self._used[slot] = [float(tokens), cost]
        return self._used[slot]

    def reserve(self, key: ApiKey, model: ModelConfig, tokens: int) -> Reservation:
        """Charge the most this request can use against every budget of ``key``, or raise."""
        now = datetime.fromtimestamp(self.wall(), UTC)
        cost = tokens * max(model.price_input_per_mtok, model.price_output_per_mtok) / 1e6
        limits = [
            ("day", "tokens", key.tokens_per_day), ("month", "tokens", key.tokens_per_month),
            ("day", "cost", key.cost_per_day), ("month", "cost", key.cost_per_month),
        ]  # fmt: skip
        periods = {p: period_key(p, now) for p in ("day", "month")}
        with self._lock:
            for period, unit, limit in limits:
                if limit is None:
                    continue
                used = self._counter(key.id, period, periods[period])
                have, asked = (used[0], tokens) if unit == "tokens" else (used[1], cost)
                if have + asked > limit:
                    resets = _period_end(period, now)
                    shown = f"{have:.0f} used" if unit == "tokens" else f"{have:.4f} used"
                    raise LimitExceeded(
                        f"the {unit} budget of {limit:g} per {period} for key {key.id!r} cannot cover this "
                        f"request ({shown}, up to {asked:g} asked); it resets at {resets.isoformat()}",
                        retry_after=int((resets - now).total_seconds()) + 1,
                    )
            for period in ("day", "month"):
                used = self._counter(key.id, period, periods[period])
                used[0] += tokens
                used[1] += cost
        return Reservation(key.id, tokens, cost, periods)

    def settle(self, reservation: Reservation, tokens: int, cost: float) -> None:
        """Replace the reservation by what the request really used."""
        with self._lock:
            for period, pkey in reservation.periods.items():
                used = self._counter(reservation.key_id, period, pkey)
                used[0] += tokens - reservation.tokens
                used[1] += cost - reservation.cost
