"""API keys: created with 192 random bits and shown once, stored as SHA-256 digests, revocable live.

Keys come from the config (``api_keys``) and from the key file (``<data_dir>/keys.json``, 0600) that
``tekizai keys create|list|revoke`` edits. A running gateway re-reads the file when it changes,
checking at most once a second, so a revocation takes effect within a second or two.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import threading
import time
from collections.abc import Callable
from pathlib import Path

from tekizai.config import ApiKey, ModelConfig, Settings
from tekizai.errors import ConfigError

PREFIX = "tkz-"


def digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def new_key() -> str:
    return PREFIX + secrets.token_urlsafe(24)  # 192 bits


def key_file(settings: Settings) -> Path:
    return settings.data_dir / "keys.json"


def read_keys(path: Path) -> list[ApiKey]:
    if not path.is_file():
        return []
    try:
        return [ApiKey.model_validate(k) for k in json.loads(path.read_text(encoding="utf-8"))["keys"]]
    except (ValueError, KeyError, TypeError) as e:
        raise ConfigError(f"{path}: not a valid key file: {e}") from e


def write_keys(path: Path, keys: list[ApiKey]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump({"keys": [k.model_dump(exclude_defaults=True) for k in keys]}, f, indent=2)
    os.replace(tmp, path)


def allowed_models(key: ApiKey, models: list[ModelConfig]) -> frozenset[str] | None:
    """The model ids a key may use; None when it may use all."""
    if key.models is None and key.max_tier is None and key.allow_non_local:
        return None
    return frozenset(
        m.id for m in models
        if (key.models is None or m.id in key.models or bool(set(m.aliases) & set(key.models)))
        and (key.max_tier is None or m.tier <= key.max_tier)
        and (key.allow_non_local or m.local)
    )  # fmt: skip


class KeyRing:
    """The keys a gateway accepts. Empty: single-user mode (the server binds only to loopback)."""

    def __init__(self, settings: Settings, clock: Callable[[], float] = time.monotonic) -> None:
        self.static = list(settings.api_keys)
        self.path = key_file(settings)
        self.clock = clock
        self._lock = threading.Lock()
        self._checked = float("-inf")
        self._mtime: float | None = None
        self._by_digest: dict[str, ApiKey] = {}
        self._load()

    def _load(self) -> None:
        keys = self.static + read_keys(self.path)
        self._by_digest = {k.sha256: k for k in keys}

    def refresh(self) -> None:
        """Re-read the key file if it changed; at most once a second."""
        now = self.clock()
        if now - self._checked < 1.0:
            return
        with self._lock:
            self._checked = now
            try:
                mtime: float | None = self.path.stat().st_mtime_ns / 1e9
            except FileNotFoundError:
                mtime = None
            if mtime != self._mtime:
                self._mtime = mtime
                self._load()

    @property
    def enabled(self) -> bool:
        self.refresh()
        return bool(self._by_digest)

    def identify(self, key: str | None) -> ApiKey | None:
        """The key's policy, or None when it is unknown or revoked."""
        if key is None:
            return None
        self.refresh()
        d = digest(key)
        policy = self._by_digest.get(d)  # one lookup, however many keys; then a constant-time check
        if policy is None or not hmac.compare_digest(policy.sha256, d) or policy.revoked:
            return None
        return policy
