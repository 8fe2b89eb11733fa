"""Usage in SQLite: one row per served request, reported by key, model and day with cost and savings.

    tekizai usage [--by key|model|day ...] [--since 2026-11-01]

Rows are buffered and committed once a second or every 200 rows (and at shutdown): a crash loses at
most that second of usage, never an audit record (the audit log is the record of truth). The schema
changes only by appending to ``MIGRATIONS``; ``PRAGMA user_version`` says how many have run.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tekizai.governance.outcome import Outcome

MIGRATIONS = [
    """CREATE TABLE requests (
        id INTEGER PRIMARY KEY,
        time REAL NOT NULL,
        day TEXT NOT NULL,
        month TEXT NOT NULL,
        request_id TEXT NOT NULL,
        key_id TEXT,
        endpoint TEXT NOT NULL,
        model TEXT,
        tier INTEGER,
        status INTEGER NOT NULL,
        prompt_tokens INTEGER NOT NULL DEFAULT 0,
        completion_tokens INTEGER NOT NULL DEFAULT 0,
        cost REAL NOT NULL DEFAULT 0,
        reference_cost REAL,
        currency TEXT
    )""",
    "CREATE INDEX requests_key_day ON requests (key_id, day)",
    "CREATE INDEX requests_day ON requests (day)",
]

GROUPS = {"key": "key_id", "model": "model", "day": "day", "month": "month", "tier": "tier"}


def migrate(db: sqlite3.Connection) -> int:
    """Run the migrations this database has not had; returns the schema version."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for number, statement in enumerate(MIGRATIONS[version:], start=version + 1):
        with db:
            db.execute(statement)
            db.execute(f"PRAGMA user_version = {number}")
    return len(MIGRATIONS)


class UsageStore:
    def __init__(
        self,
        path: Path,
        flush_seconds: float = 1.0,
        flush_rows: int = 200,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        migrate(self.db)
        self.flush_seconds, self.flush_rows, self.clock = flush_seconds, flush_rows, clock
        self._rows: list[tuple[Any, ...]] = []
        self._last_flush = clock()
        self._lock = threading.Lock()
        self._day_number, self._names = -1, ("", "")

    def add(self, outcome: Outcome) -> None:
        if outcome.status == 401:
            return
        d = outcome.decision
        day, month = self._period_names(outcome.started_wall)
        cost = outcome.cost
        row = (
            outcome.started_wall, day, month, outcome.request_id,
            outcome.key_id, outcome.endpoint, d.model.id if d else None, d.model.tier if d else None,
            outcome.status, outcome.prompt_tokens or 0, outcome.completion_tokens or 0,
            cost.amount if cost else 0.0, cost.reference if cost else None, cost.currency if cost else None,
        )  # fmt: skip
        with self._lock:
            self._rows.append(row)
            due = len(self._rows) >= self.flush_rows or self.clock() - self._last_flush >= self.flush_seconds
        if due:
            self.flush()

    def _period_names(self, wall: float) -> tuple[str, str]:
        """("2026-11-23", "2026-11") for a time; formatted once a day, not once a request."""
        number = int(wall // 86400)
        if number != self._day_number:
            stamp = datetime.fromtimestamp(wall, UTC)
            self._day_number, self._names = number, (stamp.strftime("%Y-%m-%d"), stamp.strftime("%Y-%m"))
        return self._names

    def flush(self) -> None:
        with self._lock:
            rows, self._rows = self._rows, []
            self._last_flush = self.clock()
            if rows:
                with self.db:
                    self.db.executemany(
                        "INSERT INTO requests (time, day, month, request_id, key_id, endpoint, model, tier, status,"
                        " prompt_tokens, completion_tokens, cost, reference_cost, currency)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        rows,
                    )

    def report(self, by: list[str], since: str | None = None) -> list[dict[str, Any]]:
        """Totals grouped by ``by`` (key, model, day, month, tier), newest day first."""
        self.flush()
        columns = [GROUPS[b] for b in by]
        select = ", ".join(columns + [
            "COUNT(*) AS requests", "SUM(prompt_tokens) AS prompt_tokens",
            "SUM(completion_tokens) AS completion_tokens", "SUM(cost) AS cost",
            # savings only over rows that had a priced reference; NULL when none had
            "SUM(reference_cost - cost) AS savings", "MAX(currency) AS currency",
        ])  # fmt: skip
        where, params = ("WHERE day >= ?", [since]) if since else ("", [])
        group = f"GROUP BY {', '.join(columns)}" if columns else ""
        order = (
            "ORDER BY " + ", ".join(f"{c} DESC" if c in ("day", "month") else c for c in columns)
            if columns
            else ""
        )
        cursor = self.db.execute(f"SELECT {select} FROM requests {where} {group} {order}", params)
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def used(self, key_id: str, period: str, period_key: str) -> tuple[int, float]:
        """Tokens and cost a key has used in a day (``period`` "day") or month: seeds its budgets."""
        self.flush()
        column = "day" if period == "day" else "month"
        row = self.db.execute(
            f"SELECT SUM(prompt_tokens + completion_tokens), SUM(cost) FROM requests WHERE key_id = ? AND {column} = ?",
            (key_id, period_key),
        ).fetchone()
        return int(row[0] or 0), float(row[1] or 0.0)

    def close(self) -> None:
        self.flush()
        self.db.close()
