"""Rate limits and budgets with an injected clock: exact trips, reservations under concurrency, resets."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tekizai.config import ApiKey, ModelConfig
from tekizai.errors import LimitExceeded
from tekizai.governance.limits import Limits
from tekizai.server.security import client_address

MODEL = ModelConfig.model_validate({"id": "m", "backend": "llamacpp", "path": "/m", "price_input_per_mtok": 1.0,
                                    "price_output_per_mtok": 4.0})  # fmt: skip


class Clock:
    def __init__(self, now: float = 0.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _key(**limits: object) -> ApiKey:
    return ApiKey.model_validate({"id": "team-a", "sha256": "0" * 64, **limits})


def test_rate_limit_trips_at_the_right_request_and_refills() -> None:
    clock = Clock()
    limits = Limits(clock)
    key = _key(requests_per_minute=3)
    for _ in range(3):
        limits.check_rate(key)
    with pytest.raises(LimitExceeded, match="rate limit of 3 requests per minute for key 'team-a'") as err:
        limits.check_rate(key)
    assert err.value.retry_after == 20
    clock.now = 20  # one request's worth refilled
    limits.check_rate(key)
    with pytest.raises(LimitExceeded):
        limits.check_rate(key)


def test_token_budget_reserves_then_settles() -> None:
    wall = datetime(2026, 11, 23, 23, 59, tzinfo=UTC).timestamp()
    limits = Limits(Clock(), wall=lambda: wall)
    key = _key(tokens_per_day=100)
    first = limits.reserve(key, MODEL, 60)
    # while the first runs, its 60 are held: a second of 60 would overrun the day together with it
    with pytest.raises(LimitExceeded) as err:
        limits.reserve(key, MODEL, 60)
    assert "tokens budget of 100 per day for key 'team-a'" in err.value.message
    assert "resets at 2026-11-24T00:00:00+00:00" in err.value.message and err.value.retry_after == 61
    limits.settle(first, tokens=10, cost=0.0)  # it used only 10
    second = limits.reserve(key, MODEL, 60)
    limits.settle(second, tokens=90, cost=0.0)
    with pytest.raises(LimitExceeded, match="100 used"):
        limits.reserve(key, MODEL, 1)


def test_budgets_start_from_recorded_usage_and_reset_with_the_period() -> None:
    wall = Clock(datetime(2026, 11, 30, 12, 0, tzinfo=UTC).timestamp())
    seen = []

    def seed(key_id: str, period: str, pkey: str) -> tuple[int, float]:
        seen.append((period, pkey))
        return (950, 0.0) if pkey == "2026-11" else (0, 0.0)

    limits = Limits(Clock(), wall=wall, seed=seed)
    key = _key(tokens_per_month=1000)
    with pytest.raises(LimitExceeded, match="per month"):
        limits.reserve(key, MODEL, 100)
    assert ("month", "2026-11") in seen
    wall.now = datetime(2026, 12, 1, 0, 0, 1, tzinfo=UTC).timestamp()  # a new month
    limits.reserve(key, MODEL, 100)


def test_money_budget_uses_the_models_price() -> None:
    limits = Limits(Clock())
    key = _key(cost_per_day=0.001)
    limits.reserve(key, MODEL, 200)  # at most 200 * 4 / 1e6 = 0.0008
    with pytest.raises(LimitExceeded, match="cost budget of 0.001 per day"):
        limits.reserve(key, MODEL, 100)


def test_forwarded_for_is_believed_only_from_a_trusted_proxy() -> None:
    assert client_address("203.0.113.9", "10.9.9.9", []) == "203.0.113.9"
    assert client_address("203.0.113.9", "10.9.9.9", ["127.0.0.1"]) == "203.0.113.9"
    assert client_address("127.0.0.1", "198.51.100.7", ["127.0.0.1"]) == "198.51.100.7"
    # a client cannot hide behind a forged left-most entry: the right-most untrusted hop is the client
    assert client_address("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.1", ["10.0.0.0/8"]) == "198.51.100.7"
