"""The audit log: one JSON line per request, numbered and chained with a keyed hash (HMAC-SHA256).

Each record carries ``seq`` (1, 2, 3, … across rotations) and ``mac`` = HMAC(key, previous mac + the
record's canonical JSON without ``mac``). The key lives in its own file outside the log directory,
so whoever can edit the log cannot recompute the chain. The chain head (last seq and mac, itself
MACed) is written to a separate file periodically and at shutdown: a log cut short behind the head
is detected too. ``verify`` checks a file or a rotated series and names the first broken record.

Flush policy: every record is written with one ``write`` and flushed to the operating system before
the response completes, so a crash of the gateway loses nothing; ``fsync`` runs at most every
``fsync_seconds`` (default 1), so a power loss loses at most that much. Rotation by size or age: the
active ``audit.jsonl`` becomes ``audit-<first seq>.jsonl`` and the chain continues into the next file.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from tekizai.errors import AuditUnavailable

ACTIVE = "audit.jsonl"
_GENESIS = "0" * 64


def canonical(record: dict[str, Any]) -> bytes:
    return orjson.dumps(record, option=orjson.OPT_SORT_KEYS)


def chain_mac(key: bytes, previous: str, record: dict[str, Any]) -> str:
    body = {k: v for k, v in record.items() if k != "mac"}
    return hmac.new(key, previous.encode("ascii") + b"\n" + canonical(body), hashlib.sha256).hexdigest()


def _head_mac(key: bytes, seq: int, mac: str) -> str:
    return hmac.new(key, f"head:{seq}:{mac}".encode("ascii"), hashlib.sha256).hexdigest()


def load_or_create_key(path: Path) -> bytes:
    """The chain key: 32 random bytes, hex in a 0600 file created on first use."""
    if path.is_file():
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(key.hex() + "\n")
    return key


def series(directory: Path) -> list[Path]:
    """The log files of a directory in chain order: rotated ones by first seq, then the active one."""
    rotated = sorted(directory.glob("audit-*.jsonl"))
    active = directory / ACTIVE
    return rotated + ([active] if active.is_file() else [])


def _tail(path: Path, size: int = 1 << 16) -> bytes:
    """The last ``size`` bytes of a file (a record is far shorter): a restart need not read 64 MiB."""
    with path.open("rb") as f:
        f.seek(max(0, f.seek(0, os.SEEK_END) - size))
        return f.read()


def _last_record(paths: list[Path]) -> dict[str, Any] | None:
    for path in reversed(paths):
        lines = _tail(path).splitlines()
        for line in reversed(lines):
            if line.strip():
                try:
                    return dict(orjson.loads(line))
                except orjson.JSONDecodeError:
                    return None  # a torn last line: verify will name it
    return None


class AuditLog:
    """Appends chained records; thread-safe; one per gateway."""

    def __init__(
        self,
        directory: Path,
        key: bytes,
        head_path: Path,
        max_bytes: int = 64 << 20,
        fsync_seconds: float = 1.0,
        head_seconds: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        rotate_seconds: float | None = None,
    ) -> None:
        self.directory = directory
        self.key = key
        self.head_path = head_path
        self.max_bytes = max_bytes
        self.fsync_seconds = fsync_seconds
        self.head_seconds = head_seconds
        self.rotate_seconds = rotate_seconds
        self.clock = clock
        self.written = 0
        self.failures = 0
        self._lock = threading.Lock()
        self._file: BinaryIO | None = None
        self._seq, self._mac = 0, _GENESIS
        self._first_in_file = 1
        self._last_sync = self._last_head = clock()
        self._failed_at = float("-inf")
        directory.mkdir(parents=True, exist_ok=True)
        last = _last_record(series(directory))
        if last is not None and isinstance(last.get("seq"), int) and isinstance(last.get("mac"), str):
            self._seq, self._mac = last["seq"], last["mac"]
        self._open()

    def _open(self) -> None:
        path = self.directory / ACTIVE
        self._file = open(path, "ab")  # noqa: SIM115 - held open for the gateway's life
        self._opened_at = self.clock()
        if self._file.tell() == 0:
            self._first_in_file = self._seq + 1

    @property
    def healthy(self) -> bool:
        return self._file is not None

    def reopen(self, retry_seconds: float = 5.0) -> None:
        """Open the log again after a failure, at most once every ``retry_seconds`` (a request between
        tries is refused without spending a generation on it). Raises AuditUnavailable."""
        with self._lock:
            if self._file is not None:
                return
            if self.clock() - self._failed_at < retry_seconds:
                raise AuditUnavailable("the audit log failed moments ago; retrying shortly")
            try:
                self._open()
            except OSError as exc:
                self._failed_at = self.clock()
                raise AuditUnavailable(f"the audit log cannot be opened: {exc.strerror or exc}") from exc

    def write(self, record: dict[str, Any]) -> int:
        """Append ``record`` (given seq and mac here); returns its seq. Raises AuditUnavailable."""
        with self._lock:
            try:
                if self._file is None:
                    self._open()
                assert self._file is not None
                seq = self._seq + 1
                entry = {**record, "seq": seq}
                entry["mac"] = chain_mac(self.key, self._mac, entry)
                self._file.write(canonical(entry) + b"\n")
                self._file.flush()
                self._seq, self._mac = seq, entry["mac"]
                self.written += 1
                now = self.clock()
                if now - self._last_sync >= self.fsync_seconds:
                    os.fsync(self._file.fileno())
                    self._last_sync = now
                if now - self._last_head >= self.head_seconds:
                    self._export_head()
                aged = self.rotate_seconds is not None and now - self._opened_at >= self.rotate_seconds
                if self._file.tell() >= self.max_bytes or aged:
                    self._rotate()
                return seq
            except OSError as exc:
                self.failures += 1
                self._failed_at = self.clock()
                self._drop_file()
                raise AuditUnavailable(f"the audit log cannot be written: {exc.strerror or exc}") from exc

    def _drop_file(self) -> None:
        if self._file is not None:
            try:
                self._file.close()
            except OSError:
                pass
        self._file = None

    def _rotate(self) -> None:
        assert self._file is not None
        os.fsync(self._file.fileno())
        self._file.close()
        (self.directory / ACTIVE).rename(self.directory / f"audit-{self._first_in_file:012d}.jsonl")
        self._file = None
        self._open()

    def _export_head(self) -> None:
        head = {"seq": self._seq, "mac": self._mac, "time": time.time()}
        head["head_mac"] = _head_mac(self.key, self._seq, self._mac)
        tmp = self.head_path.with_suffix(".tmp")
        tmp.write_bytes(orjson.dumps(head))
        os.replace(tmp, self.head_path)
        self._last_head = self.clock()

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.flush()
                os.fsync(self._file.fileno())
            self._export_head()
            self._drop_file()


# -- verification --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    ok: bool
    records: int
    problem: str | None = None


def verify(paths: list[Path], key: bytes, head_path: Path | None = None, from_start: bool = True) -> Verdict:
    """Check the chain over ``paths`` (in chain order) and, if given, against the exported head.

    ``from_start``: the series must begin at record 1 (set False when older rotated files were
    removed on purpose; the first record present is then taken as given).
    """
    previous: str | None = _GENESIS
    expected: int | None = None
    count = 0
    for path in paths:
        for number, line in enumerate(path.read_bytes().splitlines(), 1):
            where = f"{path.name}:{number}"
            try:
                record = dict(orjson.loads(line))
            except orjson.JSONDecodeError:
                return Verdict(False, count, f"{where}: not a JSON record (torn or edited)")
            seq = record.get("seq")
            if not isinstance(seq, int):
                return Verdict(False, count, f"{where}: no seq")
            if expected is not None and seq != expected:
                if seq > expected:
                    problem = f"{where}: records {expected}..{seq - 1} are missing"
                else:
                    problem = f"{where}: record {seq} out of order (expected {expected})"
                return Verdict(False, count, problem)
            if expected is None and seq != 1:
                if from_start:
                    return Verdict(
                        False, count, f"{where}: the series starts at record {seq}; 1..{seq - 1} are missing"
                    )
                previous = None  # a series that starts mid-chain: its first mac is taken as given
            if previous is not None and not hmac.compare_digest(
                str(record.get("mac", "")), chain_mac(key, previous, record)
            ):
                return Verdict(False, count, f"{where}: record {seq} was altered (its mac does not match)")
            previous, expected, count = str(record.get("mac")), seq + 1, count + 1
    if head_path is not None and head_path.is_file():
        head = orjson.loads(head_path.read_bytes())
        if not hmac.compare_digest(str(head.get("head_mac", "")), _head_mac(key, head["seq"], head["mac"])):
            return Verdict(False, count, f"{head_path.name}: the exported head was altered")
        last = (expected or 1) - 1
        if head["seq"] > last:
            return Verdict(False, count, f"the log ends at record {last} but the head says {head['seq']}: "
                                         f"records {last + 1}..{head['seq']} were cut off")  # fmt: skip
    return Verdict(True, count)
