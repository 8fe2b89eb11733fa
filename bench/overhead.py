"""Gateway overhead against a trivial upstream on loopback, with every feature that exists switched on.

    python bench/overhead.py [--seconds 10] [--connections 32]

Needs wrk (Debian: apt-get install wrk). Prints requests/s and latency p50/p99 for the upstream called
directly and through the gateway (API keys on, Host/Origin checks, request ids, model resolution,
request validation, usage counting), one uvicorn worker.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import free_port, serve_gateway, start, wait_http

from tekizai.server.security import digest

BODY = {"model": "upstream", "messages": [{"role": "user", "content": "Say hello in one short sentence."}],
        "max_tokens": 32}  # fmt: skip
KEY = "sk-bench-0123456789abcdef0123456789abcdef"

LUA = """
wrk.method = "POST"
wrk.body = [[%s]]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer %s"
"""


def wrk(url: str, seconds: int, connections: int, script: Path) -> dict[str, float]:
    out = subprocess.run(["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(script), url],
                         capture_output=True, text=True, check=True).stdout  # fmt: skip

    def ms(label: str) -> float:
        m = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)", out, re.MULTILINE)
        assert m, out
        return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": rps,
        "p50_ms": ms("50"),
        "p99_ms": ms("99"),
        "non2xx": int(errors.group(1)) if errors else 0,
    }


def median(runs: list[dict[str, float]]) -> dict[str, float]:
    """Per-figure median of repeated runs, with the range of requests/s (the VM is noisy)."""
    result = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    result["rps_min"], result["rps_max"] = min(r["rps"] for r in runs), max(r["rps"] for r in runs)
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each; the median is reported")
    ap.add_argument("--model", default="upstream", help="'auto' also reads every routing signal")
    args = ap.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        up_port, gw_port = free_port(), free_port()
        upstream = start([sys.executable, "bench/trivial_upstream.py", str(up_port)])
        config = tmp / "bench.yaml"
        config.write_text(yaml.safe_dump({
            "default_model": "upstream",
            "api_keys": [{"id": "bench", "sha256": digest(KEY)}],
            "admin_key_sha256": digest("admin"),
            "models": [{"id": "upstream", "backend": "openai", "base_url": f"http://127.0.0.1:{up_port}/v1",
                        "local": True, "max_concurrency": 256, "max_queue": 1024}],
        }))  # fmt: skip
        gateway = serve_gateway(config, tmp, gw_port, tmp / "gateway.log")
        try:
            wait_http(f"http://127.0.0.1:{up_port}/")
            script = tmp / "post.lua"
            script.write_text(LUA % (json.dumps({**BODY, "model": args.model}), KEY))
            results = {}
            for name, url in (("direct", f"http://127.0.0.1:{up_port}/v1/chat/completions"),
                              ("gateway", f"http://127.0.0.1:{gw_port}/v1/chat/completions")):  # fmt: skip
                wrk(url, 2, args.connections, script)  # warm up
                results[name] = median(
                    [wrk(url, args.seconds, args.connections, script) for _ in range(args.repeat)]
                )
                results[f"{name}_c1"] = median([wrk(url, max(3, args.seconds // 2), 1, script)
                                                for _ in range(args.repeat)])  # fmt: skip
        finally:
            gateway.terminate()
            upstream.terminate()
    d, g = results["direct"], results["gateway"]
    d1, g1 = results["direct_c1"], results["gateway_c1"]
    print(f"model {args.model!r}")
    print(
        f"upstream direct   : {d['rps']:8.0f} req/s  p50 {d['p50_ms']:.2f} ms  p99 {d['p99_ms']:.2f} ms "
        f"({args.connections} connections)"
    )
    print(
        f"through tekizai   : {g['rps']:8.0f} req/s  p50 {g['p50_ms']:.2f} ms  p99 {g['p99_ms']:.2f} ms "
        f"(non-2xx: {g['non2xx']})"
    )
    print(
        f"added latency, 1 connection: p50 {g1['p50_ms'] - d1['p50_ms']:.2f} ms, "
        f"p99 {g1['p99_ms'] - d1['p99_ms']:.2f} ms"
    )
    print(json.dumps(results))


if __name__ == "__main__":
    main()
