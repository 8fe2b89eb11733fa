"""Helpers the benchmarks share: free ports, starting processes, waiting for them."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(args: list[str], env: dict[str, str] | None = None, log: Path | None = None) -> subprocess.Popen:
    out = log.open("w") if log else subprocess.DEVNULL
    return subprocess.Popen(
        args, env={**os.environ, **(env or {})}, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT
    )


def wait_http(url: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


def serve_gateway(config: Path, home: Path, port: int, log: Path) -> subprocess.Popen:
    proc = start([sys.executable, "-m", "tekizai.cli.main", "serve", "--config", str(config), "--port", str(port),
                  "--log-level", "warning"], env={"TEKIZAI_HOME": str(home)}, log=log)  # fmt: skip
    wait_http(f"http://127.0.0.1:{port}/health")
    return proc
